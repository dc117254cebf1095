import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addressVerifyPitfalls } from '../../../../server/src/analysis/rules/security/addressVerifyPitfalls';
import { applyFix, expectFindings, run } from './helpers';

describe('address-verify-pitfalls (SEC025)', () => {
  test('defer code 250, hash: cache, verifying every sender, probing before the domain check', () => {
    const input = {
      main: 'unverified_recipient_defer_code = 250\naddress_verify_map = hash:/var/lib/postfix/verify\nsmtpd_sender_restrictions = reject_unverified_sender\nsmtpd_recipient_restrictions = reject_unauth_destination, reject_unverified_recipient\n',
      hostRole: 'internet-mx' as const,
    };
    const got = run(addressVerifyPitfalls, input);
    expectFindings(input, got, [
      { file: 'main', text: '250', severity: 'warning' },
      { file: 'main', text: 'hash:/var/lib/postfix/verify', severity: 'warning' },
      { file: 'main', text: 'reject_unverified_sender', severity: 'hint' },
      { file: 'main', text: 'reject_unverified_recipient', severity: 'hint' },
    ]);
    assert.equal(applyFix(input, got[0]).main, input.main.replace('= 250', '= 450'));
  });
  test('no finding: defaults, btree: cache, domain checked first', () => {
    assert.deepEqual(run(addressVerifyPitfalls, { main: 'address_verify_map = btree:/var/lib/postfix/verify\nsmtpd_recipient_restrictions = reject_unauth_destination, reject_unknown_recipient_domain, reject_unverified_recipient\n' }), []);
  });
});
