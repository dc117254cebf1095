import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { strayCrLfKept } from '../../../../server/src/analysis/rules/security/strayCrLfKept';
import { applyFix, expectFindings, run } from './helpers';

describe('stray-cr-lf-kept (SEC066)', () => {
  test('no: warning, fix removes it', () => {
    const input = { main: 'cleanup_replace_stray_cr_lf = no\n', version: '3.9' };
    const got = run(strayCrLfKept, input);
    expectFindings(input, got, [{ file: 'main', text: 'cleanup_replace_stray_cr_lf = no', severity: 'warning' }]);
    assert.equal(applyFix(input, got[0]).main, '');
  });
  test('no finding: yes, or a release without the parameter', () => {
    assert.deepEqual(run(strayCrLfKept, { main: 'cleanup_replace_stray_cr_lf = yes\n', version: '3.9' }), []);
    assert.deepEqual(run(strayCrLfKept, { main: 'cleanup_replace_stray_cr_lf = no\n', version: '3.8.4' }), []);
  });
});
