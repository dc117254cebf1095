import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { saslOnPort25 } from '../../../../server/src/analysis/rules/security/saslOnPort25';
import { applyFix, expectFindings, run } from './helpers';

const master = 'smtp      inet  n       -       n       -       -       smtpd\nsubmission inet n       -       n       -       -       smtpd\n  -o smtpd_sasl_auth_enable=yes\n';

describe('sasl-on-port-25 (SEC030)', () => {
  test('AUTH from main.cf reaches port 25 on an MX: warning, fix adds -o ...=no to smtp', () => {
    const input = { main: 'smtpd_sasl_auth_enable = yes\n', master, hostRole: 'internet-mx' as const };
    const got = run(saslOnPort25, input);
    expectFindings(input, got, [{ file: 'main', text: 'smtpd_sasl_auth_enable = yes', severity: 'warning' }]);
    assert.equal(applyFix(input, got[0]).master, master.replace('smtpd\nsubmission', 'smtpd\n  -o smtpd_sasl_auth_enable=no\nsubmission'));
    assert.equal(
      got[0].message,
      "main.cf enables SMTP AUTH and 'smtp' (inet, master.cf line 1) does not turn it off: the port-25 receiver offers AUTH to the whole Internet, which invites password guessing, and postscreen's deep tests cannot offer it. " +
        'Enable AUTH only on submission/submissions with -o smtpd_sasl_auth_enable=yes, as the stock master.cf does.',
    );
  });
  test('no submission service: hint; unknown role caps at info; internal relay softens', () => {
    const only = { main: 'smtpd_sasl_auth_enable = yes\n', master: 'smtp inet n - n - - smtpd\r\n', hostRole: 'internet-mx' as const };
    const got = run(saslOnPort25, only);
    expectFindings(only, got, [{ file: 'main', text: 'smtpd_sasl_auth_enable = yes', severity: 'hint' }]);
    assert.equal(applyFix(only, got[0]).master, 'smtp inet n - n - - smtpd\r\n  -o smtpd_sasl_auth_enable=no\r\n');
    assert.match(got[0].message, /whole Internet, which invites password guessing, and postscreen's deep tests cannot offer it\. No submission service is defined, so mail clients may still depend on port 25: add submission \(587\) or submissions \(465\) with -o smtpd_sasl_auth_enable=yes, as the stock master\.cf does, move the clients there, then turn AUTH off on port 25\.$/);
    expectFindings({ main: only.main }, run(saslOnPort25, { main: 'smtpd_sasl_auth_enable = yes\n', master }), [{ file: 'main', text: 'smtpd_sasl_auth_enable = yes', severity: 'info' }]);
    expectFindings({ main: only.main }, run(saslOnPort25, { main: 'smtpd_sasl_auth_enable = yes\n', master, hostRole: 'internal-relay' }), [{ file: 'main', text: 'smtpd_sasl_auth_enable = yes', severity: 'info' }]);
  });
  test('no finding: turned off on port 25, AUTH only on submission, a null client', () => {
    assert.deepEqual(run(saslOnPort25, { main: 'smtpd_sasl_auth_enable = yes\n', master: 'smtp inet n - n - - smtpd -o smtpd_sasl_auth_enable=no\n', hostRole: 'internet-mx' }), []);
    assert.deepEqual(run(saslOnPort25, { main: 'myhostname = mx.example.com\n', master, hostRole: 'internet-mx' }), []);
    assert.deepEqual(run(saslOnPort25, { main: 'smtpd_sasl_auth_enable = yes\n', master, hostRole: 'null-client' }), []);
  });
});
