/**
 * TLS010 tls-cipher-grade-weak, TLS012 tls-cipherlist-weak, TLS013 tls-cipherlist-overridden,
 * TLS014 tls-exclude-fs-ciphers, TLS015 tls-opportunistic-high-ciphers, TLS016
 * tls-exclude-anonymous-ciphers.
 */
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

describe('TLS012 tls-cipherlist-weak', () => {
  test('RC4 added to the medium list; fix deletes the override', () => {
    const main = 'smtpd_tls_security_level = may\ntls_medium_cipherlist = HIGH:MEDIUM:RC4:!aNULL\n';
    const found = run('tls-cipherlist-weak', { main });
    expectFindings(found, [at('main', main, 'tls_medium_cipherlist = HIGH:MEDIUM:RC4:!aNULL', 'error', /adds weak suites \('RC4'\): RC4 is prohibited \(RFC 7465\)/)]);
    assert.equal(applyFix({ main }, found[0]).main, 'smtpd_tls_security_level = may\n');
  });

  test('ALL without exclusions; NULL in the null list is fine', () => {
    const main = 'tls_high_cipherlist = ALL\ntls_null_cipherlist = eNULL:!aNULL\n';
    expectFindings(run('tls-cipherlist-weak', { main }), [at('main', main, 'tls_high_cipherlist = ALL', 'error', /\('ALL'\)/)]);
  });

  test('quiet for the old default with +RC4 and for AEAD-only lists', () => {
    assert.deepEqual(run('tls-cipherlist-weak', { main: 'tls_medium_cipherlist = aNULL:-aNULL:HIGH:MEDIUM:+RC4:@STRENGTH\n' }), []);
    assert.deepEqual(run('tls-cipherlist-weak', { main: 'tls_medium_cipherlist = ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256\n' }), []);
  });
});

describe('TLS013 tls-cipherlist-overridden', () => {
  test('an edited medium list: info naming the conflict, no fix', () => {
    const main = 'tls_medium_cipherlist = ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256\n';
    const found = run('tls-cipherlist-overridden', { main });
    expectFindings(found, [at('main', main, main.trimEnd(), 'info', /Postfix strongly advises keeping its own cipher lists.*Mozilla's/)]);
    assert.equal(found[0].fixes, undefined);
  });

  test('quiet when unset, and for lists tls-cipherlist-weak reports', () => {
    assert.deepEqual(run('tls-cipherlist-overridden', { main: 'smtpd_tls_security_level = may\n' }), []);
    assert.deepEqual(run('tls-cipherlist-overridden', { main: 'tls_medium_cipherlist = RC4:HIGH\n' }), []);
  });
});

describe('TLS014 tls-exclude-fs-ciphers', () => {
  test('kEDH and EECDH excluded; the fix removes just those words', () => {
    const main = 'smtpd_tls_exclude_ciphers = aNULL, kEDH, MD5, EECDH\n';
    const found = run('tls-exclude-fs-ciphers', { main });
    expectFindings(found, [at('main', main, main.trimEnd(), 'warning', /excludes 'kEDH', 'EECDH': forward-secret key exchange/)]);
    assert.equal(applyFix({ main }, found[0]).main, 'smtpd_tls_exclude_ciphers = aNULL, MD5\n');
    const master = 'relay unix - - n - - smtp\n  -o smtp_tls_mandatory_exclude_ciphers=kDHE\n';
    const o = run('tls-exclude-fs-ciphers', { master });
    expectFindings(o, [at('master', master, '-o smtp_tls_mandatory_exclude_ciphers=kDHE', 'warning')]);
    assert.equal(applyFix({ master }, o[0]).master, 'relay unix - - n - - smtp\n  -o smtp_tls_mandatory_exclude_ciphers=\n');
  });

  test('quiet for other exclusions and for +-joined elements', () => {
    assert.deepEqual(run('tls-exclude-fs-ciphers', { main: 'smtpd_tls_exclude_ciphers = aNULL, MD5, DES, EDH+aRSA\n' }), []);
  });
});

describe('TLS015 tls-opportunistic-high-ciphers', () => {
  test('high on port 25 at may, and smtp_tls_ciphers = high in main.cf', () => {
    const main = 'smtpd_tls_security_level = may\nsmtpd_tls_ciphers = high\nsmtp_tls_security_level = may\nsmtp_tls_ciphers = high\n';
    const found = run('tls-opportunistic-high-ciphers', { main });
    expectFindings(found, [
      at('main', main, 'smtpd_tls_ciphers = high', 'hint', /= high for STARTTLS on port 25: with opportunistic TLS a peer that lacks a 'high' suite does not get a stronger session, it sends in plaintext/),
      at('main', main, 'smtp_tls_ciphers = high', 'hint', /for outgoing opportunistic TLS/),
    ]);
    assert.equal(applyFix({ main }, found[0]).main, main.replace('smtpd_tls_ciphers = high', 'smtpd_tls_ciphers = medium'));
  });

  test('quiet on submission and when the level is encrypt', () => {
    const main = 'smtpd_tls_ciphers = high\n';
    const master = 'submission inet n - n - - smtpd\n  -o smtpd_tls_security_level=may\n';
    assert.deepEqual(run('tls-opportunistic-high-ciphers', { main, master }), []);
    assert.deepEqual(run('tls-opportunistic-high-ciphers', { main: 'smtp_tls_security_level = encrypt\nsmtp_tls_ciphers = high\n' }), []);
  });
});

describe('TLS016 tls-exclude-anonymous-ciphers', () => {
  test('aNULL excluded by hand: hint, unnecessary, no fix', () => {
    const main = 'smtpd_tls_mandatory_exclude_ciphers = aNULL\n';
    const found = run('tls-exclude-anonymous-ciphers', { main });
    expectFindings(found, [at('main', main, 'smtpd_tls_mandatory_exclude_ciphers = aNULL', 'hint', /harmless but normally pointless/)]);
    assert.deepEqual(found[0].tags, ['unnecessary']);
    assert.deepEqual(run('tls-exclude-anonymous-ciphers', { main: 'smtpd_tls_exclude_ciphers = MD5, DES\n' }), []);
  });
});
