/** TLS015 tls-opportunistic-high-ciphers: cipher grade `high` for opportunistic TLS (port 25, or the SMTP client at level may), where it only causes plaintext fallbacks. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

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
