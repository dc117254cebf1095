/** TLS044 tls-auth-before-starttls: SASL AUTH is offered before STARTTLS (level may, smtpd_tls_auth_only not yes). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

const SMTP = 'smtp inet n - y - - smtpd\n';
const SUBMISSION = 'submission inet n - y - - smtpd\n  -o smtpd_sasl_auth_enable=yes\n';

describe('TLS044 tls-auth-before-starttls', () => {
  test('SASL in main.cf at level may: once at the SASL line, fix adds auth_only', () => {
    const main = 'smtpd_tls_security_level = may\nsmtpd_sasl_auth_enable = yes\n';
    const found = run('tls-auth-before-starttls', { main, master: SMTP + 'submission inet n - y - - smtpd\n' });
    expectFindings(found, [at('main', main, 'smtpd_sasl_auth_enable = yes', 'warning', /^The smtp service announces AUTH before STARTTLS.*Set smtpd_tls_auth_only = yes\. Better still, turn SASL off on port 25/)]);
    assert.equal(applyFix({ main }, found[0]).main, main + 'smtpd_tls_auth_only = yes\n');
  });

  test('an explicit auth_only = no is the place; a -o SASL on submission at may gets a -o', () => {
    const main = 'smtpd_tls_security_level = may\nsmtpd_sasl_auth_enable = yes\nsmtpd_tls_auth_only = no\n';
    const found = run('tls-auth-before-starttls', { main });
    expectFindings(found, [at('main', main, 'smtpd_tls_auth_only = no', 'warning', /smtpd_tls_auth_only = no/)]);
    assert.equal(applyFix({ main }, found[0]).main, 'smtpd_tls_security_level = may\nsmtpd_sasl_auth_enable = yes\nsmtpd_tls_auth_only = yes\n');
    const m2 = 'smtpd_tls_security_level = may\n';
    const f2 = run('tls-auth-before-starttls', { main: m2, master: SUBMISSION });
    expectFindings(f2, [at('master', SUBMISSION, '-o smtpd_sasl_auth_enable=yes', 'warning', /^The submission service announces AUTH before STARTTLS/)]);
    assert.equal(applyFix({ main: m2, master: SUBMISSION }, f2[0]).master, SUBMISSION + '  -o smtpd_tls_auth_only=yes\n');
  });

  test('quiet: auth_only yes, encrypt, and master.cf alone (the level is in main.cf)', () => {
    const base = 'smtpd_sasl_auth_enable = yes\n';
    assert.deepEqual(run('tls-auth-before-starttls', { main: base + 'smtpd_tls_security_level = may\nsmtpd_tls_auth_only = yes\n' }), []);
    assert.deepEqual(run('tls-auth-before-starttls', { main: base + 'smtpd_tls_security_level = encrypt\n' }), []);
    assert.deepEqual(run('tls-auth-before-starttls', { master: SUBMISSION }), []);
  });
});
