/** TLS046 tls-sasl-anonymous: smtpd_sasl_security_options (or the _tls_ variant) without noanonymous: anonymous SASL logins could get relay rights. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

const SUBMISSION = 'submission inet n - y - - smtpd\n  -o smtpd_sasl_auth_enable=yes\n';

describe('TLS046 tls-sasl-anonymous', () => {
  test('security options without noanonymous where SASL is on: safe fix appends it', () => {
    const main = 'smtpd_sasl_auth_enable = yes\nsmtpd_sasl_security_options = noplaintext\n';
    const found = run('tls-sasl-anonymous', { main });
    expectFindings(found, [at('main', main, 'smtpd_sasl_security_options = noplaintext', 'warning', /lacks noanonymous, so anonymous SASL logins are allowed/)]);
    const fixed = applyFix({ main }, found[0]);
    assert.equal(fixed.main, 'smtpd_sasl_auth_enable = yes\nsmtpd_sasl_security_options = noplaintext, noanonymous\n');
    assert.equal(fixed.safe, true);
    const master = SUBMISSION + '  -o smtpd_sasl_tls_security_options=\n';
    const f2 = run('tls-sasl-anonymous', { master });
    expectFindings(f2, [at('master', master, '-o smtpd_sasl_tls_security_options=', 'warning', /is empty lacks noanonymous/)]);
    assert.equal(applyFix({ master }, f2[0]).master, SUBMISSION + '  -o smtpd_sasl_tls_security_options=noanonymous\n');
  });

  test('quiet: defaults, noanonymous present, SASL off', () => {
    assert.deepEqual(run('tls-sasl-anonymous', { main: 'smtpd_sasl_auth_enable = yes\n' }), []);
    assert.deepEqual(run('tls-sasl-anonymous', { main: 'smtpd_sasl_auth_enable = yes\nsmtpd_sasl_security_options = noanonymous, noplaintext\n' }), []);
    assert.deepEqual(run('tls-sasl-anonymous', { main: 'smtpd_sasl_security_options = noplaintext\n' }), []);
  });
});
