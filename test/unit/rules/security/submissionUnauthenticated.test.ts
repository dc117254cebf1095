import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { submissionUnauthenticated } from '../../../../server/src/analysis/rules/security/submissionUnauthenticated';
import { applyFix, expectFindings, run } from './helpers';

describe('submission-unauthenticated (SEC031)', () => {
  test('SASL submission whose lists let anyone in: warning at the service, fix adds the stock restriction', () => {
    const master = 'submission inet n - n - - smtpd\n  -o smtpd_sasl_auth_enable=yes\n  -o smtpd_client_restrictions=\n';
    const input = { main: 'compatibility_level = 3.6\n', master, hostRole: 'submission-only' as const };
    const got = run(submissionUnauthenticated, input);
    expectFindings(input, got, [{ file: 'master', text: 'submission', severity: 'warning' }]);
    assert.equal(applyFix(input, got[0]).master, master + '  -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject\n');
  });
  test('no finding: stock blocks (current, 2.11 and Debian forms), a table that may reject, SASL off', () => {
    const current = 'submission inet n - n - - smtpd\n  -o smtpd_sasl_auth_enable=yes\n  -o smtpd_relay_restrictions=\n  -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject\n';
    const old = 'submission inet n - n - - smtpd\n  -o smtpd_sasl_auth_enable=yes\n  -o smtpd_client_restrictions=$mua_client_restrictions\n  -o smtpd_recipient_restrictions=\n  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject\n';
    const debian = 'submission inet n - - - - smtpd\n  -o smtpd_sasl_auth_enable=yes\n  -o smtpd_client_restrictions=permit_sasl_authenticated,reject\n';
    for (const master of [current, old, debian]) assert.deepEqual(run(submissionUnauthenticated, { main: 'compatibility_level = 3.6\n', master, hostRole: 'internet-mx' }), []);
    assert.deepEqual(run(submissionUnauthenticated, { main: 'smtpd_sasl_auth_enable = yes\n', master: 'submission inet n - n - - smtpd -o smtpd_recipient_restrictions=check_client_access,hash:/x,reject_unauth_destination\n', hostRole: 'internet-mx' }), []);
    assert.deepEqual(run(submissionUnauthenticated, { main: 'compatibility_level = 3.6\n', master: 'submission inet n - n - - smtpd\n', hostRole: 'internet-mx' }), []);
  });
});
