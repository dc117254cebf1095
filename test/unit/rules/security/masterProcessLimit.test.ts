import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { masterProcessLimit } from '../../../../server/src/analysis/rules/security/masterProcessLimit';
import { applyFix, expectFindings, run } from './helpers';

describe('master-process-limit (SEC090)', () => {
  test('qmgr with - (100) and cleanup with 5: errors with exact fixes', () => {
    const input = { master: 'qmgr      unix  n       -       n       300     -       qmgr\ncleanup   unix  n       -       n       -       5       cleanup\n' };
    const got = run(masterProcessLimit, input);
    expectFindings(input, got, [
      { file: 'master', text: '-', occurrence: 1, severity: 'error' },
      { file: 'master', text: '5', severity: 'error' },
    ]);
    assert.equal(applyFix(input, got[0]).master, 'qmgr      unix  n       -       n       300     1       qmgr\ncleanup   unix  n       -       n       -       5       cleanup\n');
  });
  test('tlsproxy is judged from 3.4, and only as info when the release is assumed', () => {
    const input = { master: 'tlsproxy unix - - n - 2 tlsproxy\n' };
    expectFindings(input, run(masterProcessLimit, input), [{ file: 'master', text: '2', severity: 'info' }]);
    assert.deepEqual(run(masterProcessLimit, { ...input, version: '3.3' }), []);
    expectFindings(input, run(masterProcessLimit, { ...input, version: '3.4' }), [{ file: 'master', text: '2', severity: 'error' }]);
  });
  test('no finding: the stock limits, - when default_process_limit is 1', () => {
    assert.deepEqual(run(masterProcessLimit, { master: 'pickup unix n - n 60 1 pickup\ncleanup unix n - n - 0 cleanup\nbounce unix - - n - 0 bounce\nsmtp inet n - n - - smtpd\n' }), []);
    assert.deepEqual(run(masterProcessLimit, { main: 'default_process_limit = 1\n', master: 'qmgr unix n - n 300 - qmgr\n' }), []);
  });
});
