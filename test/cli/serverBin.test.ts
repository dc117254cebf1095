/** bin/postfix-language-server.js answers --version and --help itself instead of waiting for an editor. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers/paths';

const bin = join(ROOT, 'bin/postfix-language-server.js');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input: '', timeout: 10000 });

test('--version prints package.json\'s version and exits; --help the usage', () => {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const v = run('--version');
  assert.deepEqual([v.status, v.stdout, v.stderr], [0, `postfix-language-server ${version}\n`, '']);
  const h = run('--help');
  assert.equal(h.status, 0);
  assert.match(h.stdout, /^usage: postfix-language-server \[--stdio \| --node-ipc \| --socket=PORT\]\n/);
});
