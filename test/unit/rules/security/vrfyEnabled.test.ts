import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { vrfyEnabled } from '../../../../server/src/analysis/rules/security/vrfyEnabled';
import { applyFix, expectFindings, run } from './helpers';

describe('vrfy-enabled (SEC042)', () => {
  test('explicit no: hint at the setting, fixed in place', () => {
    const input = { main: 'disable_vrfy_command = no\n' };
    const got = run(vrfyEnabled, input);
    expectFindings(input, got, [{ file: 'main', text: 'disable_vrfy_command = no', severity: 'hint' }]);
    assert.equal(applyFix(input, got[0]).main, 'disable_vrfy_command = yes\n');
    // Without master.cf the label is a phrase of its own, written as the sentence's start.
    assert.equal(
      got[0].message,
      'The port-25 smtpd (no master.cf given) answers VRFY (disable_vrfy_command = no): anyone can ask whether an address exists and harvest valid ones. Set disable_vrfy_command = yes unless internal tools rely on VRFY.',
    );
  });
  test('the default on a declared Internet MX: at the port-25 service', () => {
    const input = { main: 'myhostname = mx.example.com\n', master: 'smtp inet n - n - - smtpd\n', hostRole: 'internet-mx' as const };
    expectFindings(input, run(vrfyEnabled, input), [{ file: 'master', text: 'smtp', severity: 'hint' }]);
  });
  test('no finding: VRFY off, default with unknown role, internal relay', () => {
    assert.deepEqual(run(vrfyEnabled, { main: 'disable_vrfy_command = yes\n', hostRole: 'internet-mx' }), []);
    assert.deepEqual(run(vrfyEnabled, { main: 'myhostname = mx.example.com\n' }), []);
    assert.deepEqual(run(vrfyEnabled, { main: 'disable_vrfy_command = no\n', hostRole: 'internal-relay' }), []);
  });
});
