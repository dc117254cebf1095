import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { delayRejectOff } from '../../../../server/src/analysis/rules/security/delayRejectOff';
import { applyFix, expectFindings, run } from './helpers';

describe('delay-reject-off (SEC020)', () => {
  test('permit_sasl_authenticated in the client list and a sender check in the HELO list', () => {
    const input = { main: 'smtpd_delay_reject = no\nsmtpd_client_restrictions = permit_sasl_authenticated, reject_unknown_client_hostname\nsmtpd_helo_restrictions = reject_non_fqdn_sender\n' };
    const got = run(delayRejectOff, input);
    expectFindings(input, got, [
      { file: 'main', text: 'permit_sasl_authenticated', severity: 'warning' },
      { file: 'main', text: 'reject_non_fqdn_sender', severity: 'warning' },
    ]);
    assert.equal(applyFix(input, got[0]).main, input.main.replace('smtpd_delay_reject = no', 'smtpd_delay_reject = yes'));
  });
  test('no finding: delayed evaluation (the default), or only client checks', () => {
    assert.deepEqual(run(delayRejectOff, { main: 'smtpd_client_restrictions = permit_sasl_authenticated, reject\n' }), []);
    assert.deepEqual(run(delayRejectOff, { main: 'smtpd_delay_reject = no\nsmtpd_client_restrictions = permit_mynetworks, reject_unknown_client_hostname\n' }), []);
  });
});
