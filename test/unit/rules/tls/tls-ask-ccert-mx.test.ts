/** TLS050 tls-ask-ccert-mx: the port 25 server asks clients for certificates though no restriction uses them; some MTAs then fail the handshake. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

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
    assert.deepEqual(run('tls-ask-ccert-mx', { main: 'smtpd_tls_security_level = may\n', master: 'submission inet n - y - - smtpd\n  -o smtpd_tls_security_level=encrypt\n  -o smtpd_tls_ask_ccert=yes\n' }), []);
    assert.deepEqual(run('tls-ask-ccert-mx', { main: 'smtpd_tls_ask_ccert = yes\n' }), []);
  });
});
