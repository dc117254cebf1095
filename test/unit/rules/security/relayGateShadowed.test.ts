import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { relayGateShadowed } from '../../../../server/src/analysis/rules/security/relayGateShadowed';
import { applyFix, expectFindings, run } from './helpers';

describe('relay-gate-shadowed (SEC002)', () => {
  test('permit before the only gate: error at the permit, fix removes it', () => {
    const input = { main: 'compatibility_level = 3.6\nsmtpd_relay_restrictions =\nsmtpd_recipient_restrictions = permit_mynetworks, permit, reject_unauth_destination\n' };
    const got = run(relayGateShadowed, input);
    expectFindings(input, got, [{ file: 'main', text: 'permit', occurrence: 1, severity: 'error' }]);
    assert.match(got[0].message, /open relay/);
    assert.equal(applyFix(input, got[0]).main, 'compatibility_level = 3.6\nsmtpd_relay_restrictions =\nsmtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination\n');
  });
  test('a restriction class that permits, before the gate, on a -o override', () => {
    const input = {
      main: 'compatibility_level = 3.6\nsmtpd_restriction_classes = anyone\nanyone = permit\n',
      master: 'smtp inet n - n - - smtpd\n  -o smtpd_relay_restrictions=anyone,reject_unauth_destination\n',
    };
    const got = run(relayGateShadowed, input);
    expectFindings(input, got, [{ file: 'master', text: 'anyone', severity: 'error' }]);
    assert.deepEqual(got[0].fixes, undefined);
  });
  test('no finding: the other list still holds an unshadowed gate; permit after the gate', () => {
    assert.deepEqual(run(relayGateShadowed, { main: 'compatibility_level = 3.6\nsmtpd_recipient_restrictions = permit, reject_unauth_destination\n' }), []);
    assert.deepEqual(run(relayGateShadowed, { main: 'compatibility_level = 3.6\nsmtpd_relay_restrictions = reject_unauth_destination, permit\n' }), []);
  });
});
