/** The server notices when a file a configuration named changes on disk (see workspace/watchedFiles.ts). */
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileSignature, localFileAccess } from '../../server/src/workspace/files';
import { WatchedFileAccess } from '../../server/src/workspace/watchedFiles';

describe('watched file access', () => {
  test('a change of content, permissions or existence of a file read before is seen once, with a new generation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'watched-'));
    try {
      const key = join(dir, 'key.pem');
      const later = join(dir, 'later.pem');
      writeFileSync(key, 'first');
      chmodSync(key, 0o644);
      const files = new WatchedFileAccess(localFileAccess(), fileSignature());
      assert.equal(files.readFile(key, 1000)?.toString(), 'first');
      assert.equal(files.statFile(later), undefined, 'a file that does not exist yet');
      assert.equal(files.checkDisk(), false, 'nothing changed');
      assert.equal(files.generation, 0);
      chmodSync(key, 0o600);
      assert.equal(files.checkDisk(), true, 'chmod');
      assert.equal(files.generation, 1);
      assert.equal(files.checkDisk(), false, 'seen once');
      writeFileSync(key, 'other');
      utimesSync(key, new Date(), new Date(Date.now() + 5000));
      assert.equal(files.checkDisk(), true, 'the same size, new content');
      writeFileSync(later, 'now here');
      assert.equal(files.checkDisk(), true, 'a file that appeared');
      rmSync(key);
      assert.equal(files.checkDisk(), true, 'a file that went');
      assert.equal(files.generation, 4);
      assert.equal(files.readFile(key, 1000), undefined);
      assert.equal(files.readFile('relative.pem', 1000), undefined);
      assert.equal(files.checkDisk(), false, 'a relative path has nothing to watch');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('at most 500 paths are remembered, the oldest forgotten first', () => {
    const asked: string[] = [];
    const signatures = new Map<string, string>();
    const files = new WatchedFileAccess({ readFile: () => undefined, statFile: () => undefined }, (p) => (asked.push(p), signatures.get(p) ?? '-'));
    for (let i = 0; i < 501; i++) files.readFile(`/etc/p${i}`, 10);
    asked.length = 0;
    files.checkDisk();
    assert.equal(asked.length, 500);
    assert.equal(asked[0], '/etc/p1', '/etc/p0, the first, is forgotten');
    signatures.set('/etc/p0', 'changed');
    assert.equal(files.checkDisk(), false, 'a forgotten path is not looked at');
    signatures.set('/etc/p500', 'changed');
    assert.equal(files.checkDisk(), true);
  });
});
