import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { policyServiceLimits } from '../../../../server/src/analysis/rules/security/policyServiceLimits';
import { applyFix, expectFindings, run } from './helpers';

describe('policy-service-limits (SEC097)', () => {
  test('a spawn policy service with maxproc - and no time limit: two hints', () => {
    const input = { main: 'smtpd_recipient_restrictions = reject_unauth_destination, check_policy_service unix:private/policyd-spf\n', master: 'smtp inet n - n - - smtpd\npolicyd-spf unix - n n - - spawn user=nobody argv=/usr/bin/policyd-spf\n' };
    const got = run(policyServiceLimits, input);
    expectFindings(input, got, [
      { file: 'master', text: 'policyd-spf', severity: 'hint' },
      { file: 'master', text: '-', occurrence: 6, severity: 'hint' },
    ]);
    assert.equal(applyFix(input, got[1]).master, 'smtp inet n - n - - smtpd\npolicyd-spf unix - n n - 0 spawn user=nobody argv=/usr/bin/policyd-spf\n');
  });
  test('no finding: maxproc 0 with a time limit; a spawn service no list uses', () => {
    assert.deepEqual(run(policyServiceLimits, { main: 'policyd-spf_time_limit = 3600\nsmtpd_recipient_restrictions = check_policy_service unix:private/policyd-spf, reject_unauth_destination\n', master: 'smtp inet n - n - - smtpd\npolicyd-spf unix - n n - 0 spawn user=nobody argv=/x\n' }), []);
    assert.deepEqual(run(policyServiceLimits, { main: 'biff = no\n', master: 'other unix - n n - - spawn user=nobody argv=/x\n' }), []);
  });
});
