/** TLS045 tls-auth-without-tls: SASL AUTH is enabled on a server without TLS (level none or empty). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

describe('TLS045 tls-auth-without-tls', () => {
  const CERT = 'smtpd_tls_chain_files = /etc/postfix/key-and-chain.pem\n';

  test('SASL with no TLS at all: error, fix turns TLS on; an explicit none is the place', () => {
    const main = `${CERT}smtpd_sasl_auth_enable = yes\n`;
    const found = run('tls-auth-without-tls', { main });
    expectFindings(found, [at('main', main, 'smtpd_sasl_auth_enable = yes', 'error', /accepts AUTH but offers no TLS \(smtpd_tls_security_level is not set\), so every password is sent in the clear/)]);
    assert.equal(applyFix({ main }, found[0]).main, main + 'smtpd_tls_security_level = may\n');
    const m2 = `${CERT}smtpd_sasl_auth_enable = yes\nsmtpd_tls_security_level = none\n`;
    const f2 = run('tls-auth-without-tls', { main: m2 });
    expectFindings(f2, [at('main', m2, 'smtpd_tls_security_level = none', 'error')]);
    assert.equal(applyFix({ main: m2 }, f2[0]).main, `${CERT}smtpd_sasl_auth_enable = yes\nsmtpd_tls_security_level = may\n`);
  });

  test('without a certificate no fix is offered: TLS on alone would make smtpd log "No server certs available"', () => {
    const main = 'smtpd_sasl_auth_enable = yes\n';
    const found = run('tls-auth-without-tls', { main });
    expectFindings(found, [at('main', main, 'smtpd_sasl_auth_enable = yes', 'error', /with a certificate\) and set smtpd_tls_auth_only = yes\.$/)]);
    assert.deepEqual(found[0].fixes, []);
  });

  test('a -o SASL on a service with no TLS: the -o level goes there', () => {
    const master = 'smtp inet n - y - - smtpd\nsubmission inet n - y - - smtpd\n  -o smtpd_sasl_auth_enable=yes\n';
    const found = run('tls-auth-without-tls', { main: CERT, master });
    expectFindings(found, [at('master', master, '-o smtpd_sasl_auth_enable=yes', 'error', /^The submission service accepts AUTH but offers no TLS/)]);
    assert.equal(applyFix({ main: CERT, master }, found[0]).master, master + '  -o smtpd_tls_security_level=may\n');
  });

  test('quiet for a listener on a loopback address (a content filter\'s reinjection port): nothing crosses a network', () => {
    const master = 'smtp inet n - y - - smtpd\n127.0.0.1:10025 inet n - n - - smtpd\n  -o smtpd_tls_security_level=none\n[::1]:10026 inet n - n - - smtpd\n  -o smtpd_tls_security_level=none\n';
    const main = `${CERT}smtpd_sasl_auth_enable = yes\nsmtpd_tls_security_level = may\nsmtpd_tls_auth_only = yes\n`;
    assert.deepEqual(run('tls-auth-without-tls', { main, master }), []);
    // The same service on every address is reported.
    const open = master.replace('127.0.0.1:10025', '10025');
    expectFindings(run('tls-auth-without-tls', { main, master: open }), [at('master', open, '-o smtpd_tls_security_level=none', 'error', /^The 10025 service accepts AUTH but offers no TLS/)]);
  });

  test('quiet: TLS on, wrapper mode, the legacy smtpd_use_tls, master.cf alone', () => {
    const base = 'smtpd_sasl_auth_enable = yes\n';
    assert.deepEqual(run('tls-auth-without-tls', { main: base + 'smtpd_tls_security_level = may\n' }), []);
    assert.deepEqual(run('tls-auth-without-tls', { main: '', master: 'smtps inet n - y - - smtpd\n  -o smtpd_tls_wrappermode=yes\n  -o smtpd_sasl_auth_enable=yes\n' }), []);
    assert.deepEqual(run('tls-auth-without-tls', { main: base + 'smtpd_use_tls = yes\n' }), []);
    assert.deepEqual(run('tls-auth-without-tls', { master: 'submission inet n - y - - smtpd\n  -o smtpd_sasl_auth_enable=yes\n' }), []);
  });
});
