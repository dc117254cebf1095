import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { temporaryRejectCode } from '../../../../server/src/analysis/rules/security/temporaryRejectCode';
import { applyFix, expectFindings, run } from './helpers';

describe('temporary-reject-code (SEC050)', () => {
  test('450 for unknown local recipients: hint, fix restores 550', () => {
    const input = { main: 'unknown_local_recipient_reject_code = 450\n' };
    const got = run(temporaryRejectCode, input);
    expectFindings(input, got, [{ file: 'main', text: '450', severity: 'hint' }]);
    assert.equal(applyFix(input, got[0]).main, 'unknown_local_recipient_reject_code = 550\n');
  });
  test('no finding: 550, and codes whose default is already 4xx', () => {
    assert.deepEqual(run(temporaryRejectCode, { main: 'unknown_local_recipient_reject_code = 550\nunknown_client_reject_code = 450\n' }), []);
  });
});
