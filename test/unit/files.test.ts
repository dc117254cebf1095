/** Local file access for the file checks: regular files only, absolute paths only, bounded size. */
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { FileAccessBySetting, firstWorkspaceFolder, localFileAccess } from '../../server/src/workspace/files';
import { pathToFileURL } from 'node:url';

describe('local file access', () => {
  test('regular files only, absolute paths only, bounded size', () => {
    const files = localFileAccess();
    assert.equal(files.readFile('/etc', 1000), undefined, 'a directory');
    assert.equal(files.readFile('relative/path.pem', 1000), undefined, 'a relative path');
    assert.equal(files.readFile('/nonexistent/x.pem', 1000), undefined, 'a missing file');
    assert.equal(files.readFile('/dev/null', 1000), undefined, 'a device');
    assert.equal(files.statFile('/dev/null'), undefined);
    const self = __filename;
    assert.ok(files.readFile(self, 1_000_000)!.length > 0);
    assert.equal(files.readFile(self, 1_000_000), files.readFile(self, 1_000_000), 'an unchanged file comes from the cache');
    assert.equal(files.readFile(self, 10), undefined, 'larger than the bound');
    assert.equal(typeof files.statFile(self)?.mode, 'number');
  });

  test('a missing file or a path through a file is no file, and a file changed on disk is read again', () => {
    const files = localFileAccess();
    assert.equal(files.statFile('/nonexistent/x.pem'), undefined);
    assert.equal(files.readFile(`${__filename}/x.pem`, 1000), undefined, 'a path through a regular file');
    assert.equal(files.statFile(`${__filename}/x.pem`), undefined);
    const dir = mkdtempSync(join(tmpdir(), 'files-test-'));
    try {
      const path = join(dir, 'key.pem');
      writeFileSync(path, 'first');
      assert.equal(files.readFile(path, 1000)?.toString(), 'first');
      writeFileSync(path, 'second version');
      assert.equal(files.readFile(path, 1000)?.toString(), 'second version', 'a new size');
      writeFileSync(path, 'third version!');
      utimesSync(path, new Date(), new Date(Date.now() + 5000));
      assert.equal(files.readFile(path, 1000)?.toString(), 'third version!', 'the same size, a new modification time');
      assert.equal(files.readFile(path, 5), undefined, 'a cached file larger than a smaller bound');
      rmSync(path);
      assert.equal(files.readFile(path, 1000), undefined, 'a removed file');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  test('under a root (postfix-lint --file-root): a named path is read below it, and no .. leads above it', () => {
    const root = mkdtempSync(join(tmpdir(), 'files-root-'));
    try {
      mkdirSync(join(root, 'etc'));
      writeFileSync(join(root, 'etc', 'aliases'), 'root: admin\n');
      chmodSync(join(root, 'etc', 'aliases'), 0o640);
      const files = localFileAccess(root);
      assert.equal(files.readFile('/etc/aliases', 1000)?.toString(), 'root: admin\n');
      assert.equal(files.readFile('/../../etc/aliases', 1000)?.toString(), 'root: admin\n', 'as in a chroot, / has no parent');
      assert.equal(files.readFile('/etc/../etc/./aliases', 1000)?.toString(), 'root: admin\n');
      assert.equal(files.statFile('/etc/aliases')?.mode, 0o640);
      // The host's own files are not read through the root.
      assert.equal(files.readFile('/etc/hostname', 1000), undefined);
      assert.equal(files.readFile(__filename, 1_000_000), undefined);
      assert.equal(files.readFile('etc/aliases', 1000), undefined, 'a relative path');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
  test('postfix.fileRoot: this machine, none, a directory (relative to the workspace folder); the same setting, the same access', () => {
    const folder = mkdtempSync(join(tmpdir(), 'files-folder-'));
    try {
      mkdirSync(join(folder, 'tree', 'etc'), { recursive: true });
      writeFileSync(join(folder, 'tree', 'etc', 'aliases'), 'root: admin\n');
      const choice = new FileAccessBySetting(folder);
      const host = choice.get('');
      assert.ok(host.access?.readFile(__filename, 1_000_000), "'' reads this machine's files");
      assert.equal(choice.get('').access, host.access, 'the same setting keeps its access and its cache');
      assert.deepEqual(choice.get('none'), { access: undefined, problem: undefined });
      for (const setting of ['tree', ` ${join(folder, 'tree')} `, `${join(folder, 'tree')}/`]) {
        const under = choice.get(setting);
        assert.equal(under.access?.readFile('/etc/aliases', 1000)?.toString(), 'root: admin\n', setting);
        assert.equal(under.access?.readFile(__filename, 1_000_000), undefined, setting);
      }
      const viaVariable = choice.get('${workspaceFolder}/tree');
      assert.equal(viaVariable.access?.readFile('/etc/aliases', 1000)?.toString(), 'root: admin\n', '${workspaceFolder}');
      assert.deepEqual(new FileAccessBySetting(undefined).get('${workspaceFolder}/tree'), {
        access: undefined,
        problem: "postfix.fileRoot '${workspaceFolder}/tree' names the workspace folder, and there is none: no file is read",
      });
      // ~ is the home directory (here the folder, as HOME for a moment).
      const home = process.env.HOME;
      process.env.HOME = folder;
      try {
        assert.equal(homedir(), folder);
        const tilde = new FileAccessBySetting(undefined).get('~/tree');
        assert.equal(tilde.access?.readFile('/etc/aliases', 1000)?.toString(), 'root: admin\n', '~/...');
      } finally {
        process.env.HOME = home;
      }
      const lost = new FileAccessBySetting(undefined).get('tree');
      assert.equal(lost.access, undefined);
      assert.equal(lost.problem, "postfix.fileRoot 'tree' is relative, and there is no workspace folder to resolve it against: no file is read");
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('the first workspace folder, else rootUri, as a local path; other schemes give none', () => {
    const a = join(tmpdir(), 'a b');
    assert.equal(firstWorkspaceFolder({ workspaceFolders: [{ uri: pathToFileURL(a).href }, { uri: 'file:///other' }] }), a);
    assert.equal(firstWorkspaceFolder({ workspaceFolders: null, rootUri: 'file:///srv/mail' }), '/srv/mail');
    assert.equal(firstWorkspaceFolder({ rootUri: 'vscode-vfs://github/x/y' }), undefined);
    assert.equal(firstWorkspaceFolder({ rootUri: null }), undefined);
    assert.equal(firstWorkspaceFolder({ rootUri: 'file://host%/bad' }), undefined);
  });
});
