import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { masterPrivateInet } from '../../../../server/src/analysis/rules/security/masterPrivateInet';
import { applyFix, expectFindings, run } from './helpers';

describe('master-private-inet (SEC094)', () => {
  test('inet with private -: error, fix sets n', () => {
    const input = { master: 'smtp inet - - n - - smtpd\n' };
    const got = run(masterPrivateInet, input);
    expectFindings(input, got, [{ file: 'master', text: '-', severity: 'error' }]);
    assert.equal(applyFix(input, got[0]).master, 'smtp inet n - n - - smtpd\n');
  });
  test('no finding: inet with n, unix with -', () => {
    assert.deepEqual(run(masterPrivateInet, { master: 'smtp inet n - n - - smtpd\nrelay unix - - n - - smtp\n' }), []);
  });
});
