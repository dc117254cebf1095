/** TLS051 tls-all-clientcerts-relay: permit_tls_all_clientcerts while public CAs are trusted: any certificate from a public CA grants relay. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { at, expectFindings, run, span } from './helpers';

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
