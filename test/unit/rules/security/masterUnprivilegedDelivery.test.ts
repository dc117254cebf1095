import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { masterUnprivilegedDelivery } from '../../../../server/src/analysis/rules/security/masterUnprivilegedDelivery';
import { applyFix, expectFindings, run } from './helpers';

describe('master-unprivileged-delivery (SEC091)', () => {
  test('local with - and pipe with y: errors, fix sets n', () => {
    const input = { master: 'local unix - - n - - local\nfilter unix - y n - - pipe user=filter argv=/bin/true\n' };
    const got = run(masterUnprivilegedDelivery, input);
    expectFindings(input, got, [
      { file: 'master', text: '-', occurrence: 1, severity: 'error' },
      { file: 'master', text: 'y', severity: 'error' },
    ]);
    assert.equal(applyFix(input, got[0]).master, 'local unix - n n - - local\nfilter unix - y n - - pipe user=filter argv=/bin/true\n');
  });
  test('no finding for the stock entries', () => {
    assert.deepEqual(run(masterUnprivilegedDelivery, { master: 'local unix - n n - - local\nvirtual unix - n n - - virtual\nsmtp unix - - n - - smtp\n' }), []);
  });
});
