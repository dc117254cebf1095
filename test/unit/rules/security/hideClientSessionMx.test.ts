import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hideClientSessionMx } from '../../../../server/src/analysis/rules/security/hideClientSessionMx';
import { applyFix, expectFindings, run } from './helpers';

describe('hide-client-session-mx (SEC054)', () => {
  test('in main.cf and on port 25 (3.10+): warnings', () => {
    const input = { main: 'smtpd_hide_client_session = yes\n', master: 'smtp inet n - n - - smtpd\n  -o smtpd_hide_client_session=yes\n', version: '3.10' };
    const got = run(hideClientSessionMx, input);
    expectFindings(input, got, [
      { file: 'main', text: 'smtpd_hide_client_session = yes', severity: 'warning' },
      { file: 'master', text: 'smtpd_hide_client_session=yes', severity: 'warning' },
    ]);
    assert.equal(applyFix(input, got[1]).master, 'smtp inet n - n - - smtpd\n');
  });
  test('no finding: only on submission (the stock pattern), or before 3.10', () => {
    assert.deepEqual(run(hideClientSessionMx, { main: 'compatibility_level = 3.6\n', master: 'submission inet n - n - - smtpd\n  -o smtpd_hide_client_session=yes\n' }), []);
    assert.deepEqual(run(hideClientSessionMx, { main: 'smtpd_hide_client_session = yes\n', version: '3.9' }), []);
  });
});
