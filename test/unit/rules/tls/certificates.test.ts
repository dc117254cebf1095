/**
 * Certificates and client certificates: TLS047 tls-no-certificate, TLS048 tls-certificate-none,
 * TLS049 tls-req-ccert-without-encrypt, TLS050 tls-ask-ccert-mx, TLS051 tls-all-clientcerts-relay.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run, span } from './helpers';

describe('TLS047 tls-no-certificate', () => {
  test('TLS on with no certificate: at the level line; wrapper mode on a 465 -o', () => {
    const main = 'smtpd_tls_security_level = may\n';
    expectFindings(run('tls-no-certificate', { main }), [at('main', main, 'smtpd_tls_security_level = may', 'error', /offers TLS \(smtpd_tls_security_level = may\) but has no certificate.*"No server certs available".*Set smtpd_tls_chain_files/)]);
    const master = 'smtps inet n - y - - smtpd\n  -o smtpd_tls_wrappermode=yes\n';
    expectFindings(run('tls-no-certificate', { main: '', master }), [at('master', master, '-o smtpd_tls_wrappermode=yes', 'error', /in wrapper mode no client can connect/)]);
    assert.match(run('tls-no-certificate', { main, version: '3.3' })[0].message, /Set smtpd_tls_cert_file and smtpd_tls_key_file\.$/);
  });

  test('quiet: a chain file, a cert file, TLS off, cert file none (another rule)', () => {
    assert.deepEqual(run('tls-no-certificate', { main: 'smtpd_tls_security_level = may\nsmtpd_tls_chain_files = /etc/postfix/chain.pem\n' }), []);
    assert.deepEqual(run('tls-no-certificate', { main: 'smtpd_tls_security_level = may\nsmtpd_tls_cert_file = /etc/ssl/mail.pem\n' }), []);
    assert.deepEqual(run('tls-no-certificate', { main: 'smtpd_tls_cert_file =\n' }), []);
    assert.deepEqual(run('tls-no-certificate', { main: 'smtpd_tls_security_level = may\nsmtpd_tls_cert_file = none\n' }), []);
    assert.deepEqual(run('tls-no-certificate', { main: 'smtpd_tls_security_level = may\nsmtpd_tls_chain_files = /x.pem\n', version: '3.3' }).length, 1, 'chain files need 3.4');
    assert.deepEqual(run('tls-no-certificate', { master: 'smtps inet n - y - - smtpd\n  -o smtpd_tls_wrappermode=yes\n' }), [], 'master.cf alone: main.cf may name the certificate');
  });
});

describe('TLS048 tls-certificate-none', () => {
  test('none is reported, a path is not', () => {
    const main = 'smtpd_tls_cert_file = none\n';
    expectFindings(run('tls-certificate-none', { main }), [at('main', main, 'smtpd_tls_cert_file = none', 'warning', /leaves only anonymous cipher suites\. TLS 1\.3 has none/)]);
    assert.deepEqual(run('tls-certificate-none', { main: 'smtpd_tls_cert_file = /etc/ssl/mail.pem\n' }), []);
  });
});

describe('TLS049 tls-req-ccert-without-encrypt', () => {
  test('req_ccert at level may: warning, removal safe when no encrypt service shares it', () => {
    const main = 'smtpd_tls_security_level = may\nsmtpd_tls_req_ccert = yes\n';
    const found = run('tls-req-ccert-without-encrypt', { main });
    expectFindings(found, [at('main', main, 'smtpd_tls_req_ccert = yes', 'warning', /has no effect on the SMTP server: client certificates can only be required when TLS is required/)]);
    const fixed = applyFix({ main }, found[0]);
    assert.equal(fixed.main, 'smtpd_tls_security_level = may\n');
    assert.equal(fixed.safe, true);
    const master = 'smtp inet n - y - - smtpd\nrelay-in inet n - y - - smtpd\n  -o smtpd_tls_security_level=encrypt\n';
    const shared = run('tls-req-ccert-without-encrypt', { main, master });
    expectFindings(shared, [at('main', main, 'smtpd_tls_req_ccert = yes', 'warning')]);
    assert.equal(shared[0].fixes![0].safe, false, 'the encrypt service relies on it');
  });

  test('quiet at encrypt', () => {
    assert.deepEqual(run('tls-req-ccert-without-encrypt', { main: 'smtpd_tls_security_level = encrypt\nsmtpd_tls_req_ccert = yes\n' }), []);
  });
});

describe('TLS050 tls-ask-ccert-mx', () => {
  test('asked on port 25 without use: hint with a removal fix', () => {
    const main = 'smtpd_tls_security_level = may\nsmtpd_tls_ask_ccert = yes\n';
    const found = run('tls-ask-ccert-mx', { main });
    expectFindings(found, [at('main', main, 'smtpd_tls_ask_ccert = yes', 'hint', /Some MTAs fail the TLS handshake when asked/)]);
    assert.equal(applyFix({ main }, found[0]).main, 'smtpd_tls_security_level = may\n');
  });

  test('quiet when client certificates are used, on submission, or without TLS', () => {
    const main = 'smtpd_tls_security_level = may\nsmtpd_tls_ask_ccert = yes\nsmtpd_relay_restrictions = permit_mynetworks, permit_tls_clientcerts, reject_unauth_destination\n';
    assert.deepEqual(run('tls-ask-ccert-mx', { main }), []);
    assert.deepEqual(run('tls-ask-ccert-mx', { master: 'submission inet n - y - - smtpd\n  -o smtpd_tls_security_level=encrypt\n  -o smtpd_tls_ask_ccert=yes\n' }), []);
    assert.deepEqual(run('tls-ask-ccert-mx', { main: 'smtpd_tls_ask_ccert = yes\n' }), []);
  });
});

describe('TLS051 tls-all-clientcerts-relay', () => {
  test('permit_tls_all_clientcerts with the system CA bundle: at the restriction, related CA line', () => {
    const main = 'smtpd_tls_CAfile = /etc/ssl/certs/ca-certificates.crt\nsmtpd_relay_restrictions = permit_mynetworks, permit_tls_all_clientcerts, reject_unauth_destination\n';
    const found = run('tls-all-clientcerts-relay', { main });
    expectFindings(found, [at('main', main, 'smtpd_relay_restrictions = permit_mynetworks, permit_tls_all_clientcerts, reject_unauth_destination', 'warning', /public CAs are trusted \(smtpd_tls_CAfile = \/etc\/ssl\/certs\/ca-certificates\.crt\)/)]);
    assert.deepEqual(found[0].related, [{ file: 'main', ...span(main, 'smtpd_tls_CAfile = /etc/ssl/certs/ca-certificates.crt'), message: 'public CAs are trusted here' }]);
    const appended = 'tls_append_default_CA = yes\nsmtpd_recipient_restrictions = permit_tls_all_clientcerts, reject\n';
    expectFindings(run('tls-all-clientcerts-relay', { main: appended }), [at('main', appended, 'smtpd_recipient_restrictions = permit_tls_all_clientcerts, reject', 'warning')]);
  });

  test('quiet with a private CA or permit_tls_clientcerts', () => {
    assert.deepEqual(run('tls-all-clientcerts-relay', { main: 'smtpd_tls_CAfile = /etc/postfix/private-ca.pem\nsmtpd_relay_restrictions = permit_tls_all_clientcerts, reject_unauth_destination\n' }), []);
    assert.deepEqual(run('tls-all-clientcerts-relay', { main: 'smtpd_tls_CAfile = /etc/ssl/certs/ca-certificates.crt\nsmtpd_relay_restrictions = permit_tls_clientcerts, reject_unauth_destination\n' }), []);
  });
});
