import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { unknownTableNameShown } from '../../../../server/src/analysis/rules/security/unknownTableNameShown';
import { applyFix, expectFindings, run } from './helpers';

describe('unknown-table-name-shown (SEC043)', () => {
  test('the default: hint at the top of main.cf, fix appends the setting', () => {
    const input = { main: 'myhostname = mx.example.com\n' };
    const got = run(unknownTableNameShown, input);
    expectFindings(input, got, [{ file: 'main', text: '', severity: 'hint' }]);
    assert.equal(applyFix(input, got[0]).main, 'myhostname = mx.example.com\nshow_user_unknown_table_name = no\n');
  });
  test('explicit yes: at the setting', () => {
    const input = { main: 'show_user_unknown_table_name = yes\n' };
    expectFindings(input, run(unknownTableNameShown, input), [{ file: 'main', text: 'show_user_unknown_table_name = yes', severity: 'hint' }]);
  });
  test('no finding: set to no; a null client', () => {
    assert.deepEqual(run(unknownTableNameShown, { main: 'show_user_unknown_table_name = no\n' }), []);
    assert.deepEqual(run(unknownTableNameShown, { main: 'myhostname = a.example\n', hostRole: 'null-client' }), []);
  });
});
