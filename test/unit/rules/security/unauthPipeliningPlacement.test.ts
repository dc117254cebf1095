import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { unauthPipeliningPlacement } from '../../../../server/src/analysis/rules/security/unauthPipeliningPlacement';
import { expectFindings, run } from './helpers';

describe('unauth-pipelining-placement (SEC022)', () => {
  test('in the client list before 2.6: warning', () => {
    const input = { main: 'smtpd_client_restrictions = reject_unauth_pipelining\n', version: '2.5' };
    expectFindings(input, run(unauthPipeliningPlacement, input), [{ file: 'main', text: 'reject_unauth_pipelining', severity: 'warning' }]);
  });
  test('no finding: in the DATA list, or on 2.6 and later', () => {
    assert.deepEqual(run(unauthPipeliningPlacement, { main: 'smtpd_data_restrictions = reject_unauth_pipelining\n', version: '2.5' }), []);
    assert.deepEqual(run(unauthPipeliningPlacement, { main: 'smtpd_client_restrictions = reject_unauth_pipelining\n', version: '2.6' }), []);
  });
});
