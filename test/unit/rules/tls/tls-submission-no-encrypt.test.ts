/** TLS043 tls-submission-no-encrypt: the submission service (587) accepts AUTH without requiring TLS (smtpd_tls_security_level is not encrypt). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run, span } from './helpers';

const SMTP = 'smtp inet n - y - - smtpd\n';
const SUBMISSION = 'submission inet n - y - - smtpd\n  -o smtpd_sasl_auth_enable=yes\n';

describe('TLS043 tls-submission-no-encrypt', () => {
  test('submission with SASL, level inherited from main.cf may: at the entry, related main.cf line', () => {
    const main = 'smtpd_tls_security_level = may\n';
    const found = run('tls-submission-no-encrypt', { main, master: SUBMISSION });
    expectFindings(found, [at('master', SUBMISSION, 'submission inet n - y - - smtpd', 'warning', /accepts AUTH but does not require TLS \(smtpd_tls_security_level = may\): mail from mail clients may travel unencrypted, and so may passwords\. RFC 8314/)]);
    assert.deepEqual(found[0].related, [{ file: 'main', ...span(main, 'smtpd_tls_security_level = may'), message: 'the submission service inherits this level' }]);
    assert.equal(applyFix({ main, master: SUBMISSION }, found[0]).master, SUBMISSION + '  -o smtpd_tls_security_level=encrypt\n');
  });

  test('an empty -o level is shown as (empty)', () => {
    const master = SUBMISSION + '  -o smtpd_tls_security_level=\n';
    expectFindings(run('tls-submission-no-encrypt', { main: 'smtpd_tls_security_level = may\n', master }), [at('master', master, '-o smtpd_tls_security_level=', 'warning', /does not require TLS \(smtpd_tls_security_level = \(empty\)\): /)]);
  });

  test('an explicit -o level may is edited in place', () => {
    const master = SUBMISSION + '  -o smtpd_tls_security_level=may\n';
    const found = run('tls-submission-no-encrypt', { master });
    expectFindings(found, [at('master', master, '-o smtpd_tls_security_level=may', 'warning')]);
    assert.equal(applyFix({ master }, found[0]).master, SUBMISSION + '  -o smtpd_tls_security_level=encrypt\n');
  });

  test('quiet: encrypt, no SASL, port 25', () => {
    assert.deepEqual(run('tls-submission-no-encrypt', { main: '', master: SUBMISSION + '  -o smtpd_tls_security_level=encrypt\n' }), []);
    assert.deepEqual(run('tls-submission-no-encrypt', { main: '', master: 'submission inet n - y - - smtpd\n' }), []);
    assert.deepEqual(run('tls-submission-no-encrypt', { main: 'smtpd_sasl_auth_enable = yes\n', master: SMTP }), []);
  });
});
