/**
 * bin/postfix-lint.js as a user runs it: it prints exactly what run() reports (every line of a
 * large run, in order, standard error before the output it precedes), compiles dist/cli.js with
 * the code cache the build made for it, gives the same output when that cache is from another
 * build or unusable, and writes nothing. Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { run } from '../../server/src/cli/lint';
import { ROOT } from '../helpers/paths';

const dir = mkdtempSync(join(tmpdir(), 'postfix-lint-bin-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const EXAMPLES = join(ROOT, 'examples');

function lint(bin: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of bin/ and dist/ (what postfix-lint needs) whose cache a test may replace. */
function install(name: string): { bin: string; cache: string } {
  const root = join(dir, name);
  mkdirSync(join(root, 'bin'), { recursive: true });
  mkdirSync(join(root, 'dist'));
  copyFileSync(join(ROOT, 'bin/postfix-lint.js'), join(root, 'bin/postfix-lint.js'));
  for (const f of ['cli.js', 'cli.cache', 'docs.json']) copyFileSync(join(ROOT, 'dist', f), join(root, 'dist', f));
  return { bin: join(root, 'bin/postfix-lint.js'), cache: join(root, 'dist/cli.cache') };
}

describe('bin/postfix-lint.js', () => {
  test('a large run: every line run() reports, in order, and the exit status', () => {
    const sub = mkdtempSync(join(dir, 'big-'));
    // Every line after the first sets myhostname again: one duplicate-parameter finding each.
    writeFileSync(join(sub, 'main.cf'), Array.from({ length: 4000 }, (_, i) => `myhostname = host${i}.example.com\n`).join(''));
    const out: string[] = [];
    const rc = run([sub], { out: (s) => out.push(s), err: () => {} });
    const r = lint(join(ROOT, 'bin/postfix-lint.js'), sub);
    assert.ok(out.length > 4000 && r.stdout.length > 1 << 19, `${out.length} lines, ${r.stdout.length} characters`);
    assert.equal(r.stdout, out.map((l) => `${l}\n`).join(''));
    assert.equal(r.status, rc);
  });

  test('standard error comes before the output that follows it', () => {
    const sub = mkdtempSync(join(dir, 'fix-'));
    writeFileSync(join(sub, 'main.cf'), 'smtpd_tls_security_level = may\nsmtpd_tls_security_level = may\n');
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${join(ROOT, 'bin/postfix-lint.js')}" --fix "${sub}" 2>&1`], { encoding: 'utf8' });
    assert.match(r.stdout, /^postfix-lint: fixed .*main\.cf \(\d+ fix(es)?\)\n.*main\.cf:\d+:\d+: /);
  });

  test('output: once a direct write is short or fails, the rest goes to the stream, in order', () => {
    const { output } = require(join(ROOT, 'bin/postfix-lint.js'));
    const lines = Array.from({ length: 10000 }, (_, i) => `line ${i} \u00e9\u{1f600} ${'x'.repeat(i % 300)}`);
    const expected = lines.map((l) => `${l}\n`).join('');
    const failures: [string, (s: string, calls: number) => number][] = [
      ['short', (s, calls) => (calls === 2 ? 1000 : Buffer.byteLength(s))],
      ['EAGAIN', (s, calls) => {
        if (calls === 2) throw Object.assign(new Error('EAGAIN'), { code: 'EAGAIN' });
        return Buffer.byteLength(s);
      }],
    ];
    for (const [name, behave] of failures) {
      const direct: Buffer[] = [];
      const stream: Buffer[] = [];
      let calls = 0;
      const io = output({
        writeSync: (_fd: number, s: string) => {
          const n = behave(s, ++calls);
          direct.push(Buffer.from(s).subarray(0, n));
          return n;
        },
        stdout: (s: string | Buffer) => stream.push(Buffer.from(s)),
        stderr: () => {},
      });
      for (const l of lines) io.out(l);
      io.flush();
      assert.equal(calls, 2, `${name}: no direct write after the first that fails`);
      assert.ok(stream.length >= 2, name);
      assert.equal(Buffer.concat([...direct, ...stream]).toString(), expected, name);
    }
  });

  test('the build leaves a code cache that belongs to dist/cli.js and that this node accepts', () => {
    const script = `const { compile, CLI, CACHE } = require(${JSON.stringify(join(ROOT, 'bin/postfix-lint.js'))});
      const fs = require('fs'); const source = fs.readFileSync(CLI, 'utf8'); const data = fs.readFileSync(CACHE); const nl = data.indexOf(10);
      const key = data.toString('latin1', 0, nl);
      process.stdout.write(JSON.stringify({ key, ends: source.endsWith(key + '\\n'), rejected: compile(source, data.subarray(nl + 1)).script.cachedDataRejected }));`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    const { key, ends, rejected } = JSON.parse(r.stdout);
    assert.match(key, /^\/\/ code cache key [0-9a-f]{32}$/);
    assert.equal(ends, true);
    assert.equal(rejected, false);
  });

  test('a cache of another build, an unusable one or none at all: the same output', () => {
    const expected = lint(join(ROOT, 'bin/postfix-lint.js'), EXAMPLES);
    assert.equal(expected.status, 1);
    const good = readFileSync(join(ROOT, 'dist/cli.cache'));
    const key = good.subarray(0, good.indexOf(10) + 1);
    const variants: [string, Buffer | undefined][] = [
      ['other-build', Buffer.concat([Buffer.from('// code cache key 00000000000000000000000000000000\n'), good.subarray(key.length)])],
      ['rejected', Buffer.concat([key, Buffer.alloc(4096, 0x5a)])],
      ['empty', Buffer.alloc(0)],
      ['none', undefined],
    ];
    for (const [name, cache] of variants) {
      const copy = install(name);
      if (cache) writeFileSync(copy.cache, cache);
      else rmSync(copy.cache);
      assert.deepEqual(lint(copy.bin, EXAMPLES), expected, name);
    }
  });

  test('a run writes nothing beside itself', () => {
    const copy = install('untouched');
    const root = join(copy.bin, '../..');
    const snapshot = () =>
      ['bin', 'dist'].flatMap((d) => readdirSync(join(root, d)).map((f) => `${d}/${f} ${statSync(join(root, d, f)).mtimeMs} ${statSync(join(root, d, f)).size}`));
    const before = snapshot();
    lint(copy.bin, EXAMPLES);
    lint(copy.bin, '--format', 'sarif', EXAMPLES);
    assert.deepEqual(snapshot(), before);
  });
  test('- reads standard input: its kind from --kind or --stdin-name, shown under that name, never paired or fixed', () => {
    const stdin = (input: string, ...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/postfix-lint.js'), ...args], { input, encoding: 'utf8' });
    const only = ['--rule', 'duplicate-parameter=warning', '--min-severity', 'warning', '--fail-on', 'warning'];
    const text = 'biff = yes\nbiff = no\n';
    const keep = (out: string) => out.split('\n').filter((l) => l.includes('[duplicate-parameter]')).map((l) => l.replace(/: warning: .*\[/, ' ['));
    const named = stdin(text, ...only, '--kind', 'main', '-');
    assert.deepEqual([named.status, keep(named.stdout)], [1, ['<stdin>:1:1 [duplicate-parameter]', '<stdin>:2:1 [duplicate-parameter]']]);
    const byName = stdin(text, ...only, '--stdin-name', 'roles/mx/main.cf', '-');
    assert.deepEqual(keep(byName.stdout), ['roles/mx/main.cf:1:1 [duplicate-parameter]', 'roles/mx/main.cf:2:1 [duplicate-parameter]']);
    // A master.cf from standard input is not paired with the main.cf of the directory its name
    // names: the main.cf finding then speaks of the port-25 smtpd without a master.cf.
    const sub = mkdtempSync(join(dir, 'stdin-'));
    writeFileSync(join(sub, 'main.cf'), 'smtpd_sasl_auth_enable = yes\n');
    const master = 'smtp inet n - n - - smtpd\n';
    const sasl = ['--rule', 'sasl-on-port-25=warning', '--format', 'json'];
    const saslMessages = (out: string) => (JSON.parse(out) as { code: string; message: string }[]).filter((f) => f.code === 'sasl-on-port-25').map((f) => f.message.slice(0, f.message.indexOf(' does not turn it off')));
    assert.deepEqual(saslMessages(stdin(master, ...sasl, '--stdin-name', join(sub, 'master.cf'), '-', join(sub, 'main.cf')).stdout), ['main.cf enables SMTP AUTH and the port-25 smtpd (no master.cf given)']);
    writeFileSync(join(sub, 'master.cf'), master);
    assert.deepEqual(saslMessages(lint(join(ROOT, 'bin/postfix-lint.js'), ...sasl, sub).stdout), ["main.cf enables SMTP AUTH and 'smtp' (inet, master.cf line 1)"], 'the same two files read from the directory are paired');
    const unknown = stdin(text, '-');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /^postfix-lint: standard input \(-\): cannot tell whether it is a main\.cf or a master\.cf; use --kind main or --kind master, or --stdin-name with a file name\n/);
    assert.match(stdin(text, '--kind', 'main', '-', '-').stderr, /^postfix-lint: standard input \(-\) can be read only once\n/);
    assert.match(stdin(text, '--kind', 'main', '--fix', '-').stderr, /^postfix-lint: --fix rewrites files in place, and standard input \(-\) is not one\n/);
    // --diff writes nothing, so standard input is fine: the diff names it as --stdin-name says.
    const diff = stdin('smtpd_tls_eecdh_grade = ultra\nbiff = no\n', '--diff', '--stdin-name', 'main.cf', '-');
    assert.deepEqual([diff.status, diff.stdout], [1, '--- main.cf\n+++ main.cf\n@@ -1,2 +1,1 @@\n-smtpd_tls_eecdh_grade = ultra\n biff = no\n']);
  });
});
