import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { submissionSenderOwnership } from '../../../../server/src/analysis/rules/security/submissionSenderOwnership';
import { expectFindings, run } from './helpers';

describe('submission-sender-ownership (SEC032)', () => {
  test('an owner table that no restriction uses: hint at the service', () => {
    const input = { main: 'smtpd_sender_login_maps = hash:/etc/postfix/senders\n', master: 'smtp inet n - n - - smtpd\nsubmission inet n - n - - smtpd -o smtpd_sasl_auth_enable=yes\n' };
    expectFindings(input, run(submissionSenderOwnership, input), [{ file: 'master', text: 'submission', severity: 'hint' }]);
  });
  test('no finding: the table is enforced; the stock block without a table', () => {
    const master = 'submission inet n - n - - smtpd -o smtpd_sasl_auth_enable=yes -o smtpd_sender_restrictions=reject_authenticated_sender_login_mismatch\n';
    assert.deepEqual(run(submissionSenderOwnership, { main: 'smtpd_sender_login_maps = hash:/etc/postfix/senders\n', master }), []);
    assert.deepEqual(run(submissionSenderOwnership, { main: 'compatibility_level = 3.6\n', master: 'submission inet n - n - - smtpd -o smtpd_sasl_auth_enable=yes -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject\n' }), []);
  });
});
