/** TLS042 tls-submissions-no-wrappermode: an smtpd service on port 465 (submissions/smtps) without -o smtpd_tls_wrappermode=yes speaks plain SMTP there. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

const SMTP = 'smtp inet n - y - - smtpd\n';

describe('TLS042 tls-submissions-no-wrappermode', () => {
  test('465 without wrapper mode: at the entry, safe insert; =no edited in place', () => {
    const master = SMTP + '465 inet n - y - - smtpd\n  -o smtpd_sasl_auth_enable=yes\n';
    const found = run('tls-submissions-no-wrappermode', { master });
    expectFindings(found, [at('master', master, '465 inet n - y - - smtpd', 'error', /^The 465 service listens on port 465, which is for implicit TLS \(RFC 8314\)/)]);
    const fixed = applyFix({ master }, found[0]);
    assert.equal(fixed.master, master + '  -o smtpd_tls_wrappermode=yes\n');
    assert.equal(fixed.safe, true);
    const no = 'submissions inet n - y - - smtpd\n  -o smtpd_tls_wrappermode=no\n  -o syslog_name=x\n';
    const f2 = run('tls-submissions-no-wrappermode', { master: no });
    expectFindings(f2, [at('master', no, '-o smtpd_tls_wrappermode=no', 'error')]);
    assert.equal(applyFix({ master: no }, f2[0]).master, 'submissions inet n - y - - smtpd\n  -o smtpd_tls_wrappermode=yes\n  -o syslog_name=x\n');
  });

  test('a service on one line with its options: the -o goes on a new line', () => {
    const master = 'smtps inet n - y - - smtpd -o syslog_name=smtps';
    const found = run('tls-submissions-no-wrappermode', { master });
    assert.equal(applyFix({ master }, found[0]).master, master + '\n  -o smtpd_tls_wrappermode=yes');
  });

  test('quiet: wrapper mode set; postscreen or other daemons on 465', () => {
    assert.deepEqual(run('tls-submissions-no-wrappermode', { master: 'submissions inet n - y - - smtpd\n  -o smtpd_tls_wrappermode=yes\n' }), []);
    assert.deepEqual(run('tls-submissions-no-wrappermode', { master: 'smtps inet n - y - - stunnel\n' }), []);
  });
});
