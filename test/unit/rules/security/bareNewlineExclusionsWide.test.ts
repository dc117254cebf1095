import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bareNewlineExclusionsWide } from '../../../../server/src/analysis/rules/security/bareNewlineExclusionsWide';
import { expectFindings, run } from './helpers';

describe('bare-newline-exclusions-wide (SEC063)', () => {
  test('static:all and 0.0.0.0/0: warnings', () => {
    const input = { main: 'smtpd_forbid_bare_newline_exclusions = static:all\n', master: 'smtp inet n - n - - smtpd -o smtpd_forbid_bare_newline_exclusions=0.0.0.0/0\n' };
    expectFindings(input, run(bareNewlineExclusionsWide, input), [
      { file: 'main', text: 'static:all', severity: 'warning' },
      { file: 'master', text: '0.0.0.0/0', severity: 'warning' },
    ]);
  });
  test('no finding for $mynetworks or specific hosts', () => {
    assert.deepEqual(run(bareNewlineExclusionsWide, { main: 'smtpd_forbid_bare_newline_exclusions = $mynetworks, 192.0.2.7\n' }), []);
  });
});
