import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { unauthPipeliningAllowed } from '../../../../server/src/analysis/rules/security/unauthPipeliningAllowed';
import { applyFix, expectFindings, run } from './helpers';

describe('unauth-pipelining-allowed (SEC064)', () => {
  test('explicit no on 3.9+: warning, fix removes it', () => {
    const input = { main: 'biff = no\nsmtpd_forbid_unauth_pipelining = no\n', version: '3.9' };
    const got = run(unauthPipeliningAllowed, input);
    expectFindings(input, got, [{ file: 'main', text: 'smtpd_forbid_unauth_pipelining = no', severity: 'warning' }]);
    assert.equal(applyFix(input, got[0]).main, 'biff = no\n');
  });
  test('the backport default: hint with a fix setting yes; the misspelt name: warning with a rename', () => {
    const input = { main: 'smtpd_reject_unauth_pipelining = yes\n', version: '3.8.1' };
    const got = run(unauthPipeliningAllowed, input);
    expectFindings(input, got, [
      { file: 'main', text: 'smtpd_reject_unauth_pipelining = yes', severity: 'warning' },
      { file: 'main', text: '', severity: 'hint' },
    ]);
    assert.equal(applyFix(input, got[0]).main, 'smtpd_forbid_unauth_pipelining = yes\n');
    assert.equal(applyFix(input, got[1]).main, input.main + 'smtpd_forbid_unauth_pipelining = yes\n');
  });
  test('no finding: the stock submission override, the 3.9 default, releases without it', () => {
    const master = 'smtp inet n - n - - smtpd\nsubmission inet n - n - - smtpd\n  -o smtpd_forbid_unauth_pipelining=no\n';
    assert.deepEqual(run(unauthPipeliningAllowed, { main: 'biff = no\n', master, version: '3.9' }), []);
    assert.deepEqual(run(unauthPipeliningAllowed, { main: 'biff = no\n', version: '3.5.19' }), []);
  });
});
