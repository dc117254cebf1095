/** TLS003 tls-client-mandatory-protocols-weak: an SMTP/LMTP client that requires TLS (encrypt, fingerprint, verify, secure) still accepts TLS 1.0 and 1.1. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

describe('TLS003 tls-client-mandatory-protocols-weak', () => {
  test('an empty list is shown as (empty)', () => {
    const main = 'smtp_tls_security_level = encrypt\nrelayhost = [mail.example.net]:587\nsmtp_tls_mandatory_protocols =\n';
    expectFindings(run('tls-client-mandatory-protocols-weak', { main }), [at('main', main, 'smtp_tls_mandatory_protocols =', 'info', /, but smtp_tls_mandatory_protocols = \(empty\) still accepts TLSv1 and TLSv1\.1, /)]);
  });

  test('main.cf encrypt with the default floor: once, at the smtp transport entry', () => {
    const main = 'smtp_tls_security_level = encrypt\nrelayhost = [mail.example.net]:587\n';
    const master = 'smtp unix - - n - - smtp\nrelay unix - - n - - smtp\n';
    const found = run('tls-client-mandatory-protocols-weak', { main, master });
    expectFindings(found, [at('master', master, 'smtp unix - - n - - smtp', 'info', /^The SMTP client requires TLS \(security level encrypt\), but smtp_tls_mandatory_protocols \(the default '>=TLSv1'\) still accepts TLSv1 and TLSv1\.1/)]);
    assert.equal(applyFix({ main, master }, found[0]).main, main + 'smtp_tls_mandatory_protocols = >=TLSv1.2\n');
  });

  test('a transport override at verify, without master.cf main.cf alone', () => {
    const master = 'smtp unix - - n - - smtp\nsecure unix - - n - - smtp\n  -o smtp_tls_security_level=verify\n';
    const found = run('tls-client-mandatory-protocols-weak', { main: '', master });
    expectFindings(found, [at('master', master, 'secure unix - - n - - smtp', 'info', /^The secure transport requires TLS \(security level verify\)/)]);
    assert.equal(applyFix({ main: '', master }, found[0]).master, master + '  -o smtp_tls_mandatory_protocols=>=TLSv1.2\n');
    const main = 'smtp_tls_security_level = secure\nsmtp_tls_mandatory_protocols = !SSLv2, !SSLv3\n';
    expectFindings(run('tls-client-mandatory-protocols-weak', { main }), [at('main', main, 'smtp_tls_mandatory_protocols = !SSLv2, !SSLv3', 'info')]);
  });

  test('quiet for dane (Postfix advises keeping TLS 1.0 for DANE peers), may, and raised floors', () => {
    assert.deepEqual(run('tls-client-mandatory-protocols-weak', { main: 'smtp_tls_security_level = dane\nsmtp_dns_support_level = dnssec\n' }), []);
    assert.deepEqual(run('tls-client-mandatory-protocols-weak', { main: 'smtp_tls_security_level = may\n' }), []);
    assert.deepEqual(run('tls-client-mandatory-protocols-weak', { main: 'smtp_tls_security_level = encrypt\nsmtp_tls_mandatory_protocols = >=TLSv1.2\n' }), []);
  });
});
