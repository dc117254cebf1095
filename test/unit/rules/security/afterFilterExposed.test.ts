import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { afterFilterExposed } from '../../../../server/src/analysis/rules/security/afterFilterExposed';
import { applyFix, expectFindings, run } from './helpers';

describe('after-filter-exposed (SEC095)', () => {
  test('a reinjection listener on all addresses that anyone may use: warning, fix binds it to loopback', () => {
    const input = { main: 'biff = no\n', master: '10025 inet n - n - - smtpd\n  -o content_filter=\n  -o smtpd_recipient_restrictions=permit_mynetworks,reject_unauth_destination\n' };
    const got = run(afterFilterExposed, input);
    expectFindings(input, got, [{ file: 'master', text: '10025', severity: 'warning' }]);
    assert.equal(applyFix(input, got[0]).master, input.master.replace('10025 inet', '127.0.0.1:10025 inet'));
  });
  test('no finding: loopback-bound (stock after-filter block), lists that turn outsiders away, submission', () => {
    const stock = '127.0.0.1:10025 inet n - n - - smtpd\n  -o content_filter=\n  -o receive_override_options=no_unknown_recipient_checks,no_header_body_checks\n  -o smtpd_recipient_restrictions=permit_mynetworks,reject\n  -o mynetworks=127.0.0.0/8\n';
    assert.deepEqual(run(afterFilterExposed, { main: 'biff = no\n', master: stock }), []);
    assert.deepEqual(run(afterFilterExposed, { main: 'biff = no\n', master: '590 inet n - n - - smtpd\n  -o smtpd_helo_restrictions=\n  -o smtpd_client_restrictions=permit_mynetworks,reject\n' }), []);
    assert.deepEqual(run(afterFilterExposed, { main: 'biff = no\n', master: 'submission inet n - n - - smtpd\n  -o content_filter=\n' }), []);
  });
});
