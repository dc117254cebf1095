import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pipeUserPrivileged } from '../../../../server/src/analysis/rules/security/pipeUserPrivileged';
import { expectFindings, run } from './helpers';

describe('pipe-user-privileged (SEC048)', () => {
  test('pipe as root and spawn as the mail_owner: errors at the user= argument', () => {
    const input = {
      main: 'mail_owner = postfix\n',
      master: 'filter unix - n n - - pipe\n  flags=Rq user=root argv=/usr/local/bin/filter\npolicy unix - n n - 0 spawn\n  user=postfix:postfix argv=/usr/bin/policyd\n',
    };
    expectFindings(input, run(pipeUserPrivileged, input), [
      { file: 'master', text: 'user=root', severity: 'error' },
      { file: 'master', text: 'user=postfix:postfix', severity: 'error' },
    ]);
  });
  test('no finding for dedicated users', () => {
    assert.deepEqual(run(pipeUserPrivileged, { master: 'maildrop unix - n n - - pipe\n  flags=DRhu user=vmail argv=/usr/bin/maildrop -d ${recipient}\n' }), []);
  });
});
