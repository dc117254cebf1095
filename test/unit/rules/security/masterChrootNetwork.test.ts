import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { masterChrootNetwork } from '../../../../server/src/analysis/rules/security/masterChrootNetwork';
import { expectFindings, run } from './helpers';

describe('master-chroot-network (SEC093)', () => {
  test('smtpd chrooted explicitly and smtp by the level-0 default: info', () => {
    const input = { main: 'biff = no\n', master: 'smtp inet n - y - - smtpd\nsmtp unix - - - - - smtp\n', version: '3.11' };
    expectFindings(input, run(masterChrootNetwork, input), [
      { file: 'master', text: 'y', severity: 'info' },
      { file: 'master', text: '-', occurrence: 5, severity: 'info' },
    ]);
  });
  test('no finding: not chrooted, or - at level 1 or above', () => {
    assert.deepEqual(run(masterChrootNetwork, { main: 'compatibility_level = 3.6\n', master: 'smtp inet n - n - - smtpd\nsmtp unix - - - - - smtp\n' }), []);
  });
});
