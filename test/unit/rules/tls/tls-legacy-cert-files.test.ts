/** TLS072 tls-legacy-cert-files: on 3.4+, the server certificate is set with smtpd_tls_cert_file/_key_file instead of one smtpd_tls_chain_files file. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { at, expectFindings, run, span } from './helpers';

describe('TLS072 tls-legacy-cert-files', () => {
  test('cert and key files on 3.4+: info at the cert line with the key line related', () => {
    const main = 'smtpd_tls_cert_file = /etc/ssl/mail.crt\nsmtpd_tls_key_file = /etc/ssl/mail.key\n';
    const found = run('tls-legacy-cert-files', { main });
    expectFindings(found, [at('main', main, 'smtpd_tls_cert_file = /etc/ssl/mail.crt', 'info', /Since Postfix 3\.4, smtpd_tls_chain_files/)]);
    assert.deepEqual(found[0].related, [{ file: 'main', ...span(main, 'smtpd_tls_key_file = /etc/ssl/mail.key'), message: 'the matching key file' }]);
  });

  test('quiet before 3.4, with chain files, and for none', () => {
    const main = 'smtpd_tls_cert_file = /etc/ssl/mail.crt\n';
    assert.deepEqual(run('tls-legacy-cert-files', { main, version: '3.3' }), []);
    assert.deepEqual(run('tls-legacy-cert-files', { main: main + 'smtpd_tls_chain_files = /etc/ssl/mail.pem\n' }), []);
    assert.deepEqual(run('tls-legacy-cert-files', { main: 'smtpd_tls_cert_file = none\n' }), []);
  });
});
