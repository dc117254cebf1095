/** TLS074 tls-dsa-certificate: a DSA certificate or key (tls_dcert_file / tls_dkey_file); DSA is obsolete. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { at, expectFindings, run } from './helpers';

describe('TLS074 tls-dsa-certificate', () => {
  test('a DSA pair is reported once, at the certificate; a lone key at the key', () => {
    const main = 'smtpd_tls_dcert_file = /etc/ssl/dsa.crt\nsmtpd_tls_dkey_file = /etc/ssl/dsa.key\nsmtp_tls_dkey_file = /etc/ssl/c.key\n';
    const found = run('tls-dsa-certificate', { main });
    expectFindings(found, [
      at('main', main, 'smtpd_tls_dcert_file = /etc/ssl/dsa.crt', 'info', /configures a DSA certificate\. DSA is obsolete/),
      at('main', main, 'smtp_tls_dkey_file = /etc/ssl/c.key', 'info', /configures a DSA key/),
    ]);
    assert.deepEqual(found[0].tags, ['deprecated']);
    assert.deepEqual(run('tls-dsa-certificate', { main: 'smtpd_tls_dcert_file =\n' }), []);
  });
});
