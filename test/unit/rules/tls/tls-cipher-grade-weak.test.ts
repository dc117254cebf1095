/** TLS010 tls-cipher-grade-weak: a cipher grade of `export` or `low`: weak suites before Postfix 3.8, ignored (read as `medium`) from 3.8. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

describe('TLS010 tls-cipher-grade-weak', () => {
  test('before 3.8: error, fix sets medium', () => {
    const main = 'smtpd_tls_ciphers = export\nsmtp_tls_mandatory_ciphers = LOW\n';
    const found = run('tls-cipher-grade-weak', { main, version: '3.7' });
    expectFindings(found, [
      at('main', main, 'smtpd_tls_ciphers = export', 'error', /admits 40- and 56-bit export cipher suites.*Use 'medium' \(Postfix's default for opportunistic TLS since 3\.1\)/),
      at('main', main, 'smtp_tls_mandatory_ciphers = LOW', 'error', /low-strength.*Use 'medium' \(Postfix's default\)\./),
    ]);
    assert.equal(applyFix({ main }, found[0]).main, 'smtpd_tls_ciphers = medium\nsmtp_tls_mandatory_ciphers = LOW\n');
  });

  test('from 3.8: info, unnecessary, safe delete; also as -o', () => {
    const main = 'smtpd_tls_security_level = may\nsmtpd_tls_ciphers = export\n';
    const found = run('tls-cipher-grade-weak', { main });
    expectFindings(found, [at('main', main, 'smtpd_tls_ciphers = export', 'info', /has no effect: Postfix 3\.8 and later read the 'export' grade as 'medium'/)]);
    assert.deepEqual(found[0].tags, ['unnecessary']);
    const fixed = applyFix({ main }, found[0]);
    assert.equal(fixed.main, 'smtpd_tls_security_level = may\n');
    assert.equal(fixed.safe, true);
    const master = 'submission inet n - n - - smtpd\n  -o smtpd_tls_mandatory_ciphers=low\n  -o syslog_name=x\n';
    const o = run('tls-cipher-grade-weak', { master, version: '3.6' });
    expectFindings(o, [at('master', master, '-o smtpd_tls_mandatory_ciphers=low', 'error')]);
    assert.equal(applyFix({ master }, o[0]).master, 'submission inet n - n - - smtpd\n  -o smtpd_tls_mandatory_ciphers=medium\n  -o syslog_name=x\n');
    assert.equal(o[0].fixes![0].safe, true, 'submission clients are the operator\'s own');
  });

  test('quiet for medium, high and the defaults', () => {
    assert.deepEqual(run('tls-cipher-grade-weak', { main: 'smtpd_tls_ciphers = medium\nsmtpd_tls_mandatory_ciphers = high\n', version: '3.5' }), []);
    assert.deepEqual(run('tls-cipher-grade-weak', { main: 'smtpd_tls_security_level = may\n', version: '2.8' }), []);
  });
});
