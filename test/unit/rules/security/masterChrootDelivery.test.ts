import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { masterChrootDelivery } from '../../../../server/src/analysis/rules/security/masterChrootDelivery';
import { applyFix, expectFindings, run } from './helpers';

describe('master-chroot-delivery (SEC092)', () => {
  test('local chrooted (y), virtual with - below level 1, proxymap chrooted (warning)', () => {
    const input = { main: 'biff = no\n', master: 'local unix - n y - - local\nvirtual unix - n - - - virtual\nproxymap unix - - y - - proxymap\n', version: '3.11' };
    const got = run(masterChrootDelivery, input);
    expectFindings(input, got, [
      { file: 'master', text: 'y', severity: 'error' },
      { file: 'master', text: '-', occurrence: 4, severity: 'error' },
      { file: 'master', text: 'y', occurrence: 2, severity: 'warning' },
    ]);
    assert.equal(applyFix(input, got[0]).master, 'local unix - n n - - local\nvirtual unix - n - - - virtual\nproxymap unix - - y - - proxymap\n');
  });
  test('no finding: n, - at level 1 or above, - without main.cf (level unknown)', () => {
    assert.deepEqual(run(masterChrootDelivery, { master: 'local unix - n n - - local\n' }), []);
    assert.deepEqual(run(masterChrootDelivery, { main: 'compatibility_level = 2\n', master: 'local unix - n - - - local\n' }), []);
    assert.deepEqual(run(masterChrootDelivery, { master: 'local unix - n - - - local\n' }), []);
  });
});
