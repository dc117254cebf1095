/** TLS005 tls-mandatory-only-hardened: only `*_tls_mandatory_protocols`/`_ciphers` were hardened, but every service reading them runs opportunistic TLS (level may), where they do not apply. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

const SUBMISSION = 'submission inet n - n - - smtpd\n  -o syslog_name=postfix/submission\n  -o smtpd_tls_security_level=encrypt\n';

describe('TLS005 tls-mandatory-only-hardened', () => {
  test('main.cf hardens only the mandatory lists on a port-25-only server', () => {
    const main = 'smtpd_tls_security_level = may\nsmtpd_tls_mandatory_protocols = >=TLSv1.2\nsmtpd_tls_mandatory_ciphers = high\n';
    const found = run('tls-mandatory-only-hardened', { main, master: 'smtp inet n - n - - smtpd\n' });
    expectFindings(found, [
      at('main', main, 'smtpd_tls_mandatory_protocols = >=TLSv1.2', 'warning', /only applies when TLS is mandatory, but every SMTP server that reads it runs opportunistic TLS \(security level may\), so this setting changes nothing and smtpd_tls_protocols is still at its default/),
      at('main', main, 'smtpd_tls_mandatory_ciphers = high', 'warning', /smtpd_tls_ciphers is still at its default/),
    ]);
    assert.equal(applyFix({ main }, found[0]).main, main + 'smtpd_tls_protocols = >=TLSv1.2\n');
    assert.deepEqual(run('tls-mandatory-only-hardened', { main }), [], 'main.cf alone: master.cf may have a submission service that reads it');
  });

  test('a -o on a service at may; the client side', () => {
    const master = 'smtp inet n - n - - smtpd\n  -o smtpd_tls_security_level=may\n  -o smtpd_tls_mandatory_protocols=>=TLSv1.2\n';
    const found = run('tls-mandatory-only-hardened', { main: '', master });
    expectFindings(found, [at('master', master, '-o smtpd_tls_mandatory_protocols=>=TLSv1.2', 'warning', /the smtp service runs opportunistic TLS/)]);
    assert.equal(applyFix({ main: '', master }, found[0]).master, master + '  -o smtpd_tls_protocols=>=TLSv1.2\n');
    const main = 'smtp_tls_security_level = may\nsmtp_tls_mandatory_protocols = >=TLSv1.2\n';
    expectFindings(run('tls-mandatory-only-hardened', { main, master: 'smtp unix - - n - - smtp\n' }), [at('main', main, 'smtp_tls_mandatory_protocols = >=TLSv1.2', 'warning', /the SMTP client runs opportunistic TLS/)]);
  });

  test('quiet when a service requires TLS, the counterpart is set, or a policy table exists', () => {
    const main = 'smtpd_tls_security_level = may\nsmtpd_tls_mandatory_protocols = >=TLSv1.2\n';
    assert.deepEqual(run('tls-mandatory-only-hardened', { main, master: 'smtp inet n - n - - smtpd\n' + SUBMISSION }), [], 'submission at encrypt reads it');
    assert.deepEqual(run('tls-mandatory-only-hardened', { main: main + 'smtpd_tls_protocols = >=TLSv1.2\n' }), []);
    assert.deepEqual(run('tls-mandatory-only-hardened', { main: 'smtp_tls_security_level = may\nsmtp_tls_mandatory_ciphers = high\nsmtp_tls_policy_maps = hash:/etc/postfix/tls_policy\n' }), []);
    assert.deepEqual(run('tls-mandatory-only-hardened', { main: 'smtpd_tls_mandatory_protocols = >=TLSv1.2\n' }), [], 'no TLS at all is another problem');
  });
});
