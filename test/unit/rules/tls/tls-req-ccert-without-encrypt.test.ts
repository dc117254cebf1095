/** TLS049 tls-req-ccert-without-encrypt: smtpd_tls_req_ccert = yes where TLS is only opportunistic: smtpd ignores it with a warning. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

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
