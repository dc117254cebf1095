/**
 * The .vsix: exactly the files the extension needs (both bundles, the grammars, snippets and
 * language configuration, README, CHANGELOG, LICENSE, icon), as `vsce ls` lists them; no
 * node_modules, sources or tests. Needs `npm run build` first (the bundles must exist).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ROOT } from '../helpers/paths';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('packaging', () => {
  test('vsce ls: the exact file list of the .vsix', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    assert.deepEqual(out.split('\n').filter(Boolean).sort(), [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/client.js',
      'dist/docs.json',
      'dist/server.js',
      'images/icon.png',
      'language-configuration.json',
      'package.json',
      'snippets/main.cf.json',
      'snippets/master.cf.json',
      'syntaxes/postfix-main.tmLanguage.json',
      'syntaxes/postfix-master.tmLanguage.json',
    ]);
  });

  test('marketplace metadata: categories, keywords, a 128x128 PNG icon, the entry point', () => {
    assert.deepEqual(manifest.categories, ['Programming Languages', 'Linters', 'Snippets']);
    assert.deepEqual(manifest.keywords, ['postfix', 'mail', 'smtp', 'tls', 'main.cf', 'master.cf']);
    const png = readFileSync(join(ROOT, manifest.icon));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    assert.equal(manifest.main, './dist/client.js');
    assert.ok(existsSync(join(ROOT, 'CHANGELOG.md')));
  });

  test('every file the manifest points at is in the package', () => {
    const c = manifest.contributes;
    const paths = [
      ...c.grammars.map((g: { path: string }) => g.path),
      ...c.snippets.map((s: { path: string }) => s.path),
      ...c.languages.map((l: { configuration: string }) => l.configuration),
    ];
    for (const p of paths) assert.ok(existsSync(join(ROOT, p)), p);
  });

  test('every contributed command is registered by the client, or named by the server (executeCommand)', () => {
    const sources = (dir: string): string =>
      readdirSync(dir, { withFileTypes: true })
        .map((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? readFileSync(join(dir, e.name), 'utf8') : ''))
        .join('\n');
    const client = sources(join(ROOT, 'client/src'));
    const server = sources(join(ROOT, 'server/src'));
    const registered = new Set([...client.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]));
    for (const { command } of manifest.contributes.commands as { command: string }[]) {
      assert.ok(registered.has(command) || server.includes(`'${command}'`), `${command} has no implementation`);
    }
    for (const id of registered) assert.ok(manifest.contributes.commands.some((c: { command: string }) => c.command === id), `${id} is not contributed`);
  });
});
