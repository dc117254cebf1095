import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bareNewlineReject } from '../../../../server/src/analysis/rules/security/bareNewlineReject';
import { expectFindings, run } from './helpers';

describe('bare-newline-reject (SEC062)', () => {
  test('reject on port 25: info', () => {
    const input = { main: 'smtpd_forbid_bare_newline = reject\nsmtpd_forbid_bare_newline_reject_code = 521\n', version: '3.9', hostRole: 'internet-mx' as const };
    const got = run(bareNewlineReject, input);
    expectFindings(input, got, [{ file: 'main', text: 'smtpd_forbid_bare_newline = reject', severity: 'info' }]);
    assert.match(got[0].message, /521/);
  });
  test('an internal relay softens it to a hint; no finding for normalize', () => {
    const relay = { main: 'smtpd_forbid_bare_newline = reject\n', version: '3.9', hostRole: 'internal-relay' as const };
    expectFindings(relay, run(bareNewlineReject, relay), [{ file: 'main', text: 'smtpd_forbid_bare_newline = reject', severity: 'hint' }]);
    assert.deepEqual(run(bareNewlineReject, { main: 'smtpd_forbid_bare_newline = normalize\n', version: '3.9' }), []);
  });
});
