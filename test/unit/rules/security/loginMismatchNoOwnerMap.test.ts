import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loginMismatchNoOwnerMap } from '../../../../server/src/analysis/rules/security/loginMismatchNoOwnerMap';
import { expectFindings, run } from './helpers';

describe('login-mismatch-no-owner-map (SEC033)', () => {
  test('a mismatch check on a SASL service with no owner table: error', () => {
    const input = { main: 'smtpd_sender_restrictions = reject_authenticated_sender_login_mismatch\n', master: 'submission inet n - n - - smtpd -o smtpd_sasl_auth_enable=yes\n' };
    expectFindings(input, run(loginMismatchNoOwnerMap, input), [{ file: 'main', text: 'reject_authenticated_sender_login_mismatch', severity: 'error' }]);
  });
  test('no finding: an owner table, the known-sender variant, no SASL', () => {
    assert.deepEqual(run(loginMismatchNoOwnerMap, { main: 'smtpd_sasl_auth_enable = yes\nsmtpd_sender_login_maps = hash:/x\nsmtpd_sender_restrictions = reject_sender_login_mismatch\n' }), []);
    assert.deepEqual(run(loginMismatchNoOwnerMap, { main: 'smtpd_sasl_auth_enable = yes\nsmtpd_sender_restrictions = reject_known_sender_login_mismatch\n' }), []);
    assert.deepEqual(run(loginMismatchNoOwnerMap, { main: 'smtpd_sender_restrictions = reject_sender_login_mismatch\n' }), []);
  });
});
