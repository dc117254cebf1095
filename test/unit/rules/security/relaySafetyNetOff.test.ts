import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { relaySafetyNetOff } from '../../../../server/src/analysis/rules/security/relaySafetyNetOff';
import { expectFindings, run } from './helpers';

describe('relay-safety-net-off (SEC004)', () => {
  test('explicitly empty relay list with spam policy in the recipient list: info at the setting', () => {
    const input = { main: 'compatibility_level = 3.6\nsmtpd_relay_restrictions =\nsmtpd_recipient_restrictions = permit_mynetworks, check_recipient_access hash:/etc/postfix/rcpt, reject_unauth_destination\n', hostRole: 'internet-mx' as const };
    expectFindings(input, run(relaySafetyNetOff, input), [{ file: 'main', text: 'smtpd_relay_restrictions =', severity: 'info' }]);
  });
  test('implicitly empty (level unset on 3.3+): at the top of main.cf', () => {
    const input = { main: 'smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination, check_client_access hash:/etc/postfix/c\n', version: '3.7' };
    const got = run(relaySafetyNetOff, input);
    expectFindings(input, got, [{ file: 'main', text: '', severity: 'info' }]);
    assert.match(got[0].message, /compatibility_level is below 1/);
  });
  test('no finding: stock submission block, reinjection service, relay list in use', () => {
    const master = 'submission inet n - n - - smtpd\n  -o smtpd_sasl_auth_enable=yes\n  -o smtpd_relay_restrictions=\n  -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject\n127.0.0.1:10025 inet n - n - - smtpd\n  -o content_filter=\n  -o smtpd_relay_restrictions=\n  -o smtpd_recipient_restrictions=permit_mynetworks,reject_unauth_destination,check_client_access,hash:/x\n';
    assert.deepEqual(run(relaySafetyNetOff, { main: 'compatibility_level = 3.6\n', master }), []);
    assert.deepEqual(run(relaySafetyNetOff, { main: 'compatibility_level = 3.6\nsmtpd_recipient_restrictions = reject_unauth_destination\n' }), []);
  });
});
