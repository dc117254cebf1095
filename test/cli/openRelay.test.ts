/**
 * postfix-lint as a user runs it (the built bin/postfix-lint.js): an open-relay configuration
 * exits 1 with an error at the responsible line, and --host-role changes how strictly the
 * role-dependent rules judge.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ROOT } from '../helpers/paths';

const dir = mkdtempSync(join(tmpdir(), 'postfix-lint-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function lint(files: Record<string, string>, ...args: string[]) {
  const sub = mkdtempSync(join(dir, 'cfg-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(sub, name), text);
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/postfix-lint.js'), ...args, sub], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, dir: sub };
}

describe('postfix-lint on security problems', () => {
  test('an open-relay recipient list with compatibility_level unset exits 1 with the error at that line', () => {
    const main = 'myhostname = mx.example.com\nmydestination = $myhostname, localhost\nsmtpd_recipient_restrictions = permit_mynetworks, permit\n';
    const r = lint({ 'main.cf': main });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    const errors = r.stdout.split('\n').filter((l) => l.includes(': error: '));
    assert.deepEqual(
      errors.map((l) => l.replace(r.dir, 'DIR').replace(/: error: .*\[/, ' [')),
      ['DIR/main.cf:3:51 [relay-no-gate]'],
    );
  });
  test('--host-role: AUTH on port 25 is info while the role is unknown, a warning on an Internet MX', () => {
    const files = { 'main.cf': 'compatibility_level = 3.6\nsmtpd_sasl_auth_enable = yes\n', 'master.cf': 'smtp inet n - n - - smtpd\nsubmission inet n - n - - smtpd -o smtpd_sasl_auth_enable=yes\n' };
    const severityOf = (out: string) => /:2:1: (\w+): .*\[sasl-on-port-25\]/.exec(out)?.[1];
    assert.equal(severityOf(lint(files).stdout), 'info');
    const mx = lint(files, '--host-role', 'internet-mx');
    assert.equal(severityOf(mx.stdout), 'warning');
    // The exit status follows the errors of all rules (this minimal file also has TLS errors).
    assert.equal(mx.status, mx.stdout.includes(': error: ') ? 1 : 0);
  });
  test('--host-role rejects an unknown role with a usage error', () => {
    const r = lint({ 'main.cf': 'biff = no\n' }, '--host-role', 'mx');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--host-role must be one of unknown, internet-mx, internal-relay, null-client, submission-only, not 'mx'/);
  });
});
