/** postfix-lint --fix in a temporary directory: what is rewritten, how, and what is not. */
import assert from 'node:assert/strict';
import { chmodSync, chownSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { run } from '../../../server/src/cli/lint';
import { writeFileAtomic, WriteError } from '../../../server/src/cli/writeAtomic';
import { onlyRules } from '../../helpers/rules';

const root = mkdtempSync(join(tmpdir(), 'pfx-fix-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** Only tls-forward-secrecy's fixes are under test here: every other rule is off. */
const ONLY_FS = Object.entries(onlyRules('tls-forward-secrecy')).flatMap(([id, s]) => ['--rule', `${id}=${s}`]);

function lint(args: string[]): { rc: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const rc = run(args.includes('--dump') ? args : [...ONLY_FS, ...args], { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { rc, out, err };
}

let n = 0;
function dirWith(files: Record<string, string | Buffer>): string {
  const dir = join(root, `case${n++}`);
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const FIXABLE = 'smtpd_tls_cert_file = /etc/postfix/cert.pem\r\nsmtpd_tls_security_level = may\r\nsmtp_tls_security_level = may\r\nsmtp_tls_ciphers = export\r\nsmtpd_tls_exclude_ciphers = aNULL, kEECDH, RC4\r\n';
const FIXED = 'smtpd_tls_cert_file = /etc/postfix/cert.pem\r\nsmtpd_tls_security_level = may\r\nsmtp_tls_security_level = may\r\nsmtp_tls_ciphers = medium\r\nsmtpd_tls_exclude_ciphers = aNULL, RC4\r\n';

describe('postfix-lint --diff', () => {
  test('prints what --fix would change as a unified diff, changes nothing, exit 1; nothing to change: no output, exit 0', () => {
    const dir = dirWith({ 'main.cf': FIXABLE });
    const path = join(dir, 'main.cf');
    const r = lint(['--diff', '--postfix-version', '3.4', dir]);
    assert.equal(r.rc, 1);
    assert.deepEqual(r.err, []);
    assert.deepEqual(r.out, [
      [
        `--- ${path}`,
        `+++ ${path}`,
        '@@ -1,5 +1,5 @@',
        ' smtpd_tls_cert_file = /etc/postfix/cert.pem\r',
        ' smtpd_tls_security_level = may\r',
        ' smtp_tls_security_level = may\r',
        '-smtp_tls_ciphers = export\r',
        '-smtpd_tls_exclude_ciphers = aNULL, kEECDH, RC4\r',
        '+smtp_tls_ciphers = medium\r',
        '+smtpd_tls_exclude_ciphers = aNULL, RC4\r',
      ].join('\n'),
    ]);
    assert.equal(readFileSync(path, 'utf8'), FIXABLE, 'the file is not touched');
    assert.equal(lint(['--fix', '--postfix-version', '3.4', dir]).rc, 0);
    assert.deepEqual(lint(['--diff', '--postfix-version', '3.4', dir]), { rc: 0, out: [], err: [] });
  });

  test('cannot be combined with --fix or --dump', () => {
    const dir = dirWith({ 'main.cf': FIXABLE });
    assert.deepEqual(lint(['--diff', '--fix', dir]).err[0].split('\n')[0], 'postfix-lint: --diff shows what --fix would do without doing it: it cannot be combined with --fix');
    assert.deepEqual(lint(['--diff', '--dump', dir]).err[0].split('\n')[0], 'postfix-lint: --diff shows what --fix would do without doing it: it cannot be combined with --dump');
  });
});

describe('postfix-lint --fix', () => {
  test('rewrites a fixable file in place (CRLF kept, mode kept), reports what is left, exit status as for lint', () => {
    const dir = dirWith({ 'main.cf': FIXABLE });
    chmodSync(join(dir, 'main.cf'), 0o640);
    const r = lint(['--fix', '--postfix-version', '3.4', dir]);
    assert.equal(readFileSync(join(dir, 'main.cf'), 'utf8'), FIXED);
    assert.equal(statSync(join(dir, 'main.cf')).mode & 0o7777, 0o640);
    assert.deepEqual(r.err, [`postfix-lint: fixed ${join(dir, 'main.cf')} (2 fixes)`]);
    // The exit status is lint's on the fixed file (other rules may still report errors there).
    assert.equal(r.rc, lint(['--postfix-version', '3.4', dir]).rc);
    assert.ok(!r.out.some((l) => l.includes('[tls-forward-secrecy]') && l.includes(': error: ')), 'no forward-secrecy error remains');
    assert.deepEqual(readdirSync(dir), ['main.cf'], 'no temporary file left behind');
    const again = lint(['--fix', '--postfix-version', '3.4', dir]);
    assert.deepEqual(again.err, [], 'a second run has nothing to fix');
    assert.equal(readFileSync(join(dir, 'main.cf'), 'utf8'), FIXED);
  });

  test('a file with nothing to fix is not rewritten (same inode and mtime)', () => {
    const dir = dirWith({ 'main.cf': 'myhostname = mx.example.com\n' });
    const before = statSync(join(dir, 'main.cf'));
    const r = lint(['--fix', dir]);
    const afterStat = statSync(join(dir, 'main.cf'));
    assert.equal(afterStat.ino, before.ino);
    assert.equal(afterStat.mtimeMs, before.mtimeMs);
    assert.deepEqual(r.err, []);
  });

  test('a symbolic link stays a link; the file it points to is fixed', () => {
    const dir = dirWith({ 'real-main.cf': FIXABLE.replace(/\r\n/g, '\n') });
    symlinkSync(join(dir, 'real-main.cf'), join(dir, 'main.cf'));
    lint(['--fix', '--postfix-version', '3.4', join(dir, 'main.cf')]);
    assert.equal(lstatSync(join(dir, 'main.cf')).isSymbolicLink(), true);
    assert.equal(readFileSync(join(dir, 'real-main.cf'), 'utf8'), FIXED.replace(/\r\n/g, '\n'));
  });

  test('a file that is not valid UTF-8 is left alone, byte for byte', () => {
    const latin1 = Buffer.concat([Buffer.from('# r\xe9glages\n', 'latin1'), Buffer.from('smtp_tls_ciphers = export\n')]);
    const dir = dirWith({ 'main.cf': latin1 });
    const r = lint(['--fix', '--postfix-version', '3.4', dir]);
    assert.deepEqual(readFileSync(join(dir, 'main.cf')), latin1);
    assert.deepEqual(r.err, [`postfix-lint: ${join(dir, 'main.cf')} is not valid UTF-8; not fixed`]);
    assert.equal(r.rc, 1, 'the export grade is still an error');
  });

  test('JSON output stays JSON (messages go to stderr)', () => {
    const dir = dirWith({ 'main.cf': FIXABLE });
    const r = lint(['--fix', '--format', 'json', '--postfix-version', '3.4', dir]);
    const findings = JSON.parse(r.out.join('\n')) as { code: string; line: number }[];
    // Other rules may still report (for example TLS protocol floors); the fixed finding is gone.
    assert.deepEqual(findings.filter((f) => f.code === 'tls-forward-secrecy').map((f) => [f.code, f.line]), []);
    assert.equal(r.err.length, 1);
  });

  test('--fix with --dump is a usage error', () => {
    const r = lint(['--fix', '--dump', root]);
    assert.equal(r.rc, 2);
    assert.match(r.err[0], /--fix and --dump cannot be combined/);
  });
});

describe('atomic writes', () => {
  test('refuses when the file changed since it was read; the original stays', () => {
    const dir = dirWith({ 'main.cf': 'a = 1\n' });
    const path = join(dir, 'main.cf');
    assert.throws(() => writeFileAtomic(path, Buffer.from('a = 0\n'), 'a = 2\n'), (e) => e instanceof WriteError && /changed while it was being fixed/.test(e.message));
    assert.equal(readFileSync(path, 'utf8'), 'a = 1\n');
    assert.deepEqual(readdirSync(dir), ['main.cf']);
  });

  test('the owner is kept (as root: another user\'s file; otherwise our own)', () => {
    const dir = dirWith({ 'main.cf': 'a = 1\n' });
    const path = join(dir, 'main.cf');
    const owner = process.getuid?.() === 0 ? { uid: 1234, gid: 2345 } : { uid: statSync(path).uid, gid: statSync(path).gid };
    if (process.getuid?.() === 0) chownSync(path, owner.uid, owner.gid);
    writeFileAtomic(path, Buffer.from('a = 1\n'), 'a = 2\n');
    const st = statSync(path);
    assert.deepEqual({ uid: st.uid, gid: st.gid }, owner);
    assert.equal(readFileSync(path, 'utf8'), 'a = 2\n');
  });

  test('any other failure leaves no temporary file and reports the path', () => {
    const dir = dirWith({});
    mkdirSync(join(dir, 'main.cf'));
    assert.throws(() => writeFileAtomic(join(dir, 'main.cf'), Buffer.from(''), 'a = 2\n'), (e) => e instanceof WriteError && e.message.startsWith(`cannot rewrite ${join(dir, 'main.cf')}: `));
    assert.deepEqual(readdirSync(dir), ['main.cf']);
    assert.equal(statSync(join(dir, 'main.cf')).isDirectory(), true);
  });
});
