import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { heloChecksSkippable } from '../../../../server/src/analysis/rules/security/heloChecksSkippable';
import { applyFix, expectFindings, run } from './helpers';

describe('helo-checks-skippable (SEC021)', () => {
  test('HELO checks without smtpd_helo_required: hint at the first check, fix appends the setting', () => {
    const input = { main: 'smtpd_helo_restrictions = permit_mynetworks, reject_invalid_helo_hostname, reject_non_fqdn_helo_hostname\n' };
    const got = run(heloChecksSkippable, input);
    expectFindings(input, got, [{ file: 'main', text: 'reject_invalid_helo_hostname', severity: 'hint' }]);
    assert.equal(applyFix(input, got[0]).main, input.main + 'smtpd_helo_required = yes\n');
  });
  test('no finding: HELO required, an internal relay, a reinjection service only', () => {
    const main = 'smtpd_helo_restrictions = reject_invalid_helo_hostname\n';
    assert.deepEqual(run(heloChecksSkippable, { main: main + 'smtpd_helo_required = yes\n' }), []);
    assert.deepEqual(run(heloChecksSkippable, { main, hostRole: 'internal-relay' }), []);
    assert.deepEqual(run(heloChecksSkippable, { main, master: '127.0.0.1:10025 inet n - n - - smtpd -o content_filter=\n' }), []);
  });
});
