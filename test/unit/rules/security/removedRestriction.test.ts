import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { removedRestriction } from '../../../../server/src/analysis/rules/security/removedRestriction';
import { applyFix, expectFindings, run } from './helpers';

const main = 'maps_rbl_domains = zen.spamhaus.org\nsmtpd_recipient_restrictions = permit_mynetworks, check_relay_domains, reject_maps_rbl\n';

describe('removed-restriction (SEC010)', () => {
  test('error on 3.9 and later, with replacements', () => {
    const input = { main, version: '3.9' };
    const got = run(removedRestriction, input);
    expectFindings(input, got, [
      { file: 'main', text: 'check_relay_domains', severity: 'error' },
      { file: 'main', text: 'reject_maps_rbl', severity: 'error' },
    ]);
    assert.equal(applyFix(input, got[0]).main, main.replace('check_relay_domains', 'reject_unauth_destination'));
    assert.equal(applyFix(input, got[1]).main, main.replace('reject_maps_rbl', 'reject_rbl_client zen.spamhaus.org'));
  });
  test('warning before 3.9; info when the release is only assumed', () => {
    const input = { main: 'smtpd_helo_restrictions = permit_naked_ip_address\n', version: '3.8' };
    expectFindings(input, run(removedRestriction, input), [{ file: 'main', text: 'permit_naked_ip_address', severity: 'warning' }]);
    const assumed = { main: 'smtpd_helo_restrictions = permit_naked_ip_address\n' };
    const got = run(removedRestriction, assumed);
    expectFindings(assumed, got, [{ file: 'main', text: 'permit_naked_ip_address', severity: 'info' }]);
    assert.match(got[0].message, /assumed/);
  });
  test('no finding with current restrictions', () => {
    assert.deepEqual(run(removedRestriction, { main: 'smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination, reject_rbl_client zen.spamhaus.org\n', version: '3.9' }), []);
  });
});
