/** TLS004 tls-opportunistic-protocols-floor: opportunistic TLS (port 25, outbound at level may) still accepts TLS 1.0/1.1; Postfix advises leaving it, scanners flag it. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

describe('TLS004 tls-opportunistic-protocols-floor', () => {
  test('an empty list is shown as (empty)', () => {
    const main = 'smtpd_tls_security_level = may\nsmtpd_tls_protocols =\n';
    expectFindings(run('tls-opportunistic-protocols-floor', { main }), [at('main', main, 'smtpd_tls_protocols =', 'hint', /^smtpd_tls_protocols = \(empty\) accepts TLSv1 and TLSv1\.1 for STARTTLS on port 25\. /)]);
  });

  test('port 25 at may and the client at may: hints with the trade-off, fixes not safe', () => {
    const main = 'smtpd_tls_security_level = may\nsmtp_tls_security_level = may\n';
    const found = run('tls-opportunistic-protocols-floor', { main });
    expectFindings(found, [
      at('main', main, 'smtpd_tls_security_level = may', 'hint', /^smtpd_tls_protocols \(the default '>=TLSv1'\) accepts TLSv1 and TLSv1\.1 for STARTTLS on port 25\. Postfix advises leaving opportunistic TLS alone.*NCSC-NL/),
      at('main', main, 'smtp_tls_security_level = may', 'hint', /^smtp_tls_protocols .* for outgoing opportunistic TLS/),
    ]);
    assert.equal(applyFix({ main }, found[0]).main, main + 'smtpd_tls_protocols = >=TLSv1.2\n');
    assert.equal(found[0].fixes![0].safe, false);
    assert.equal(found[0].fixes![0].preferred, undefined);
  });

  test('with master.cf: at the smtp inet entry; compatibility_level 3.11 line for the client default', () => {
    const main = 'compatibility_level = 3.11\nsmtpd_tls_security_level = may\n';
    const master = 'smtp inet n - n - - smtpd\n';
    const found = run('tls-opportunistic-protocols-floor', { main, master });
    expectFindings(found, [
      at('main', main, 'compatibility_level = 3.11', 'hint', /^smtp_tls_protocols/),
      at('master', master, 'smtp inet n - n - - smtpd', 'hint', /^smtpd_tls_protocols/),
    ]);
  });

  test('quiet: raised floors, TLS off, submission', () => {
    assert.deepEqual(run('tls-opportunistic-protocols-floor', { main: 'smtpd_tls_security_level = may\nsmtpd_tls_protocols = >=TLSv1.2\n' }), []);
    assert.deepEqual(run('tls-opportunistic-protocols-floor', { main: 'compatibility_level = 3.6\n' }), []);
    assert.deepEqual(run('tls-opportunistic-protocols-floor', { main: 'smtpd_tls_security_level = may\n', master: 'submission inet n - n - - smtpd\n' }), []);
  });
});
