/** TLS048 tls-certificate-none: smtpd_tls_cert_file = none: certificate-less TLS, which TLS 1.3 and many clients cannot use. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { at, expectFindings, run } from './helpers';

describe('TLS048 tls-certificate-none', () => {
  test('none is reported, a path is not', () => {
    const main = 'smtpd_tls_cert_file = none\n';
    expectFindings(run('tls-certificate-none', { main }), [at('main', main, 'smtpd_tls_cert_file = none', 'warning', /leaves only anonymous cipher suites\. TLS 1\.3 has none/)]);
    assert.deepEqual(run('tls-certificate-none', { main: 'smtpd_tls_cert_file = /etc/ssl/mail.pem\n' }), []);
  });
});
