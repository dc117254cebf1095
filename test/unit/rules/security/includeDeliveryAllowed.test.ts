import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { includeDeliveryAllowed } from '../../../../server/src/analysis/rules/security/includeDeliveryAllowed';
import { applyFix, expectFindings, run } from './helpers';

describe('include-delivery-allowed (SEC046)', () => {
  test('include in both lists on an MX: warnings, fix removes it', () => {
    const input = { main: 'allow_mail_to_commands = alias, forward, include\nallow_mail_to_files = include\n', hostRole: 'internet-mx' as const };
    const got = run(includeDeliveryAllowed, input);
    expectFindings(input, got, [
      { file: 'main', text: 'include', occurrence: 0, severity: 'warning' },
      { file: 'main', text: 'include', occurrence: 1, severity: 'warning' },
    ]);
    assert.equal(applyFix(input, got[0]).main, 'allow_mail_to_commands = alias, forward\nallow_mail_to_files = include\n');
  });
  test('unknown role: info; no finding with the defaults', () => {
    const input = { main: 'allow_mail_to_files = alias, include\n' };
    expectFindings(input, run(includeDeliveryAllowed, input), [{ file: 'main', text: 'include', severity: 'info' }]);
    assert.deepEqual(run(includeDeliveryAllowed, { main: 'allow_mail_to_commands = alias, forward\n' }), []);
  });
});
