import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { relayCheckLate } from '../../../../server/src/analysis/rules/security/relayCheckLate';
import { applyFix, expectFindings, run } from './helpers';

describe('relay-check-late (SEC013)', () => {
  test('level 2 on 3.6+: recipient list with a policy service runs first', () => {
    const input = { main: 'compatibility_level = 2\nsmtpd_recipient_restrictions = reject_unknown_recipient_domain, check_policy_service unix:private/policy\n', version: '3.11' };
    const got = run(relayCheckLate, input);
    expectFindings(input, got, [{ file: 'main', text: 'check_policy_service', severity: 'hint' }]);
    assert.equal(applyFix(input, got[0]).main, input.main + 'smtpd_relay_before_recipient_restrictions = yes\n');
  });
  test('no finding: level 3.6, explicit yes, before 3.6, no expensive check', () => {
    const list = 'smtpd_recipient_restrictions = reject_rbl_client zen.spamhaus.org\n';
    assert.deepEqual(run(relayCheckLate, { main: `compatibility_level = 3.6\n${list}` }), []);
    assert.deepEqual(run(relayCheckLate, { main: `compatibility_level = 2\nsmtpd_relay_before_recipient_restrictions = yes\n${list}`, version: '3.11' }), []);
    assert.deepEqual(run(relayCheckLate, { main: `compatibility_level = 2\n${list}`, version: '3.5' }), []);
    assert.deepEqual(run(relayCheckLate, { main: 'compatibility_level = 2\nsmtpd_recipient_restrictions = reject_non_fqdn_recipient\n', version: '3.11' }), []);
  });
});
