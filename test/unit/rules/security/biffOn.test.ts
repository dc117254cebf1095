import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { biffOn } from '../../../../server/src/analysis/rules/security/biffOn';
import { applyFix, expectFindings, run } from './helpers';

describe('biff-on (SEC044)', () => {
  test('explicit yes: hint, fixed in place; the default on a known server role: at the top', () => {
    const input = { main: 'biff = yes\n' };
    const got = run(biffOn, input);
    expectFindings(input, got, [{ file: 'main', text: 'biff = yes', severity: 'hint' }]);
    assert.equal(applyFix(input, got[0]).main, 'biff = no\n');
    const role = { main: 'myhostname = mx.example.com\n', hostRole: 'internet-mx' as const };
    expectFindings(role, run(biffOn, role), [{ file: 'main', text: '', severity: 'hint' }]);
  });
  test('no finding: biff = no; the default with an unknown role', () => {
    assert.deepEqual(run(biffOn, { main: 'biff = no\n', hostRole: 'internet-mx' }), []);
    assert.deepEqual(run(biffOn, { main: 'myhostname = mx.example.com\n' }), []);
  });
});
