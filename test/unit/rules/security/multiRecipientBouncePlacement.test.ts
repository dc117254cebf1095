import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { multiRecipientBouncePlacement } from '../../../../server/src/analysis/rules/security/multiRecipientBouncePlacement';
import { expectFindings, run } from './helpers';

describe('multi-recipient-bounce-placement (SEC023)', () => {
  test('in the sender list: warning', () => {
    const input = { main: 'smtpd_sender_restrictions = reject_multi_recipient_bounce\n' };
    expectFindings(input, run(multiRecipientBouncePlacement, input), [{ file: 'main', text: 'reject_multi_recipient_bounce', severity: 'warning' }]);
  });
  test('no finding in the DATA or end-of-data lists', () => {
    assert.deepEqual(run(multiRecipientBouncePlacement, { main: 'smtpd_data_restrictions = reject_multi_recipient_bounce\nsmtpd_end_of_data_restrictions = reject_multi_recipient_bounce\n' }), []);
  });
});
