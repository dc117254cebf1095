import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loginMismatchWithoutSasl } from '../../../../server/src/analysis/rules/security/loginMismatchWithoutSasl';
import { expectFindings, run } from './helpers';

describe('login-mismatch-without-sasl (SEC034)', () => {
  test('a main.cf mismatch check that port 25 (no SASL) sees: info', () => {
    const input = { main: 'smtpd_sender_login_maps = hash:/x\nsmtpd_sender_restrictions = reject_sender_login_mismatch\n', master: 'smtp inet n - n - - smtpd\nsubmission inet n - n - - smtpd -o smtpd_sasl_auth_enable=yes\n' };
    expectFindings(input, run(loginMismatchWithoutSasl, input), [{ file: 'main', text: 'reject_sender_login_mismatch', severity: 'info' }]);
  });
  test('no finding when every service with the check has SASL', () => {
    assert.deepEqual(run(loginMismatchWithoutSasl, { main: 'smtpd_sender_login_maps = hash:/x\n', master: 'submission inet n - n - - smtpd -o smtpd_sasl_auth_enable=yes -o smtpd_sender_restrictions=reject_sender_login_mismatch\n' }), []);
  });
});
