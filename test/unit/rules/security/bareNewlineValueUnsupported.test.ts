import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bareNewlineValueUnsupported } from '../../../../server/src/analysis/rules/security/bareNewlineValueUnsupported';
import { expectFindings, run } from './helpers';

describe('bare-newline-value-unsupported (SEC061)', () => {
  test('normalize on a boolean-only backport; note before 3.9', () => {
    const input = { main: 'smtpd_forbid_bare_newline = normalize\n', version: '3.8.4' };
    expectFindings(input, run(bareNewlineValueUnsupported, input), [{ file: 'main', text: 'normalize', severity: 'error' }]);
    const note = { main: 'smtpd_forbid_bare_newline = note\n', version: '3.7.10' };
    expectFindings(note, run(bareNewlineValueUnsupported, note), [{ file: 'main', text: 'note', severity: 'error' }]);
  });
  test('no finding: yes on the first backports, any value on 3.9+', () => {
    assert.deepEqual(run(bareNewlineValueUnsupported, { main: 'smtpd_forbid_bare_newline = yes\n', version: '3.8.4' }), []);
    assert.deepEqual(run(bareNewlineValueUnsupported, { main: 'smtpd_forbid_bare_newline = note\n', version: '3.9' }), []);
  });
});
