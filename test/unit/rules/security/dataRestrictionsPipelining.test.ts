import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dataRestrictionsPipelining } from '../../../../server/src/analysis/rules/security/dataRestrictionsPipelining';
import { applyFix, expectFindings, run } from './helpers';

describe('data-restrictions-pipelining (SEC065)', () => {
  test('before the pipelining parameter existed: hint, the fix extends the DATA list', () => {
    const input = { main: 'smtpd_data_restrictions = reject_multi_recipient_bounce\n', version: '3.4' };
    const got = run(dataRestrictionsPipelining, input);
    expectFindings(input, got, [{ file: 'main', text: 'smtpd_data_restrictions = reject_multi_recipient_bounce', severity: 'hint' }]);
    assert.equal(applyFix(input, got[0]).main, 'smtpd_data_restrictions = reject_multi_recipient_bounce, reject_unauth_pipelining\n');
  });
  test('no finding: already there, or a release with smtpd_forbid_unauth_pipelining', () => {
    assert.deepEqual(run(dataRestrictionsPipelining, { main: 'smtpd_data_restrictions = reject_unauth_pipelining\n', version: '3.4' }), []);
    assert.deepEqual(run(dataRestrictionsPipelining, { main: 'biff = no\n', version: '3.7' }), []);
  });
});
