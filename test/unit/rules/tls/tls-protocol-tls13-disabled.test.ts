/** TLS008 tls-protocol-tls13-disabled: a TLS protocol list that turns TLS 1.3 off (`!TLSv1.3`, `<=TLSv1.2`, or only older versions named). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

describe('TLS008 tls-protocol-tls13-disabled', () => {
  test('!TLSv1.3 and <=TLSv1.2 are reported; the fix keeps the floor', () => {
    const main = 'smtpd_tls_protocols = !SSLv2, !SSLv3, !TLSv1.3\nsmtp_tls_protocols = >=TLSv1.2 <=TLSv1.2\n';
    const found = run('tls-protocol-tls13-disabled', { main });
    expectFindings(found, [
      at('main', main, 'smtpd_tls_protocols = !SSLv2, !SSLv3, !TLSv1.3', 'warning', /turns TLS 1\.3 off\. TLS 1\.3 is the only version that always has forward secrecy/),
      at('main', main, 'smtp_tls_protocols = >=TLSv1.2 <=TLSv1.2', 'warning'),
    ]);
    assert.equal(applyFix({ main }, found[0]).main, 'smtpd_tls_protocols = >=TLSv1\nsmtp_tls_protocols = >=TLSv1.2 <=TLSv1.2\n');
    assert.equal(applyFix({ main }, found[1]).main, 'smtpd_tls_protocols = !SSLv2, !SSLv3, !TLSv1.3\nsmtp_tls_protocols = >=TLSv1.2\n');
  });

  test('quiet on releases without TLS 1.3 and for lists that keep it', () => {
    assert.deepEqual(run('tls-protocol-tls13-disabled', { main: 'smtpd_tls_protocols = !SSLv2, !SSLv3\n' }), []);
    assert.deepEqual(run('tls-protocol-tls13-disabled', { main: 'smtpd_tls_protocols = TLSv1, TLSv1.1, TLSv1.2\n', version: '3.3.1' }), []);
  });
});
