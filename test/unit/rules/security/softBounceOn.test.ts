import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { softBounceOn } from '../../../../server/src/analysis/rules/security/softBounceOn';
import { applyFix, expectFindings, run } from './helpers';

describe('soft-bounce-on (SEC051)', () => {
  test('in main.cf and on port 25: warnings with removal fixes', () => {
    const input = { main: 'soft_bounce = yes\n', master: 'smtp inet n - n - - smtpd -o soft_bounce=yes\n' };
    const got = run(softBounceOn, input);
    expectFindings(input, got, [
      { file: 'main', text: 'soft_bounce = yes', severity: 'warning' },
      { file: 'master', text: 'soft_bounce=yes', severity: 'warning' },
    ]);
    assert.equal(applyFix(input, got[0]).main, '');
    assert.equal(applyFix(input, got[1]).master, 'smtp inet n - n - - smtpd\n');
  });
  test('no finding: off, or only on another service', () => {
    assert.deepEqual(run(softBounceOn, { main: 'soft_bounce = no\n', master: 'relay unix - - n - - smtp -o soft_bounce=yes\n' }), []);
  });
});
