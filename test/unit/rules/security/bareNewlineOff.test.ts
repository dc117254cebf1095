import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bareNewlineOff } from '../../../../server/src/analysis/rules/security/bareNewlineOff';
import { applyFix, expectFindings, run } from './helpers';

describe('bare-newline-off (SEC060)', () => {
  test('explicit no on 3.9+: warning, fix sets normalize', () => {
    const input = { main: 'smtpd_forbid_bare_newline = no\n', version: '3.9' };
    const got = run(bareNewlineOff, input);
    expectFindings(input, got, [{ file: 'main', text: 'smtpd_forbid_bare_newline = no', severity: 'warning' }]);
    assert.equal(applyFix(input, got[0]).main, 'smtpd_forbid_bare_newline = normalize\n');
  });
  test('the default of a first backport (3.7.9): warning, the fix uses yes', () => {
    const input = { main: 'myhostname = mx.example.com\n', version: '3.7.9' };
    const got = run(bareNewlineOff, input);
    expectFindings(input, got, [{ file: 'main', text: '', severity: 'warning' }]);
    assert.equal(applyFix(input, got[0]).main, input.main + 'smtpd_forbid_bare_newline = yes\n');
    assert.match(got[0].message, /disconnects/);
  });
  test('a release without the parameter: info to upgrade; a default with an assumed release: info', () => {
    const old = { main: 'myhostname = mx.example.com\n', version: '3.4' };
    expectFindings(old, run(bareNewlineOff, old), [{ file: 'main', text: '', severity: 'info' }]);
    const level = { main: 'compatibility_level = 3.6\n' };
    expectFindings(level, run(bareNewlineOff, level), [{ file: 'main', text: '', severity: 'info' }]);
  });
  test('no finding: the 3.9 default, normalize on a backport, submission only', () => {
    assert.deepEqual(run(bareNewlineOff, { main: 'myhostname = mx.example.com\n', version: '3.10' }), []);
    assert.deepEqual(run(bareNewlineOff, { main: 'smtpd_forbid_bare_newline = normalize\n', version: '3.8.5' }), []);
    assert.deepEqual(run(bareNewlineOff, { main: 'smtpd_forbid_bare_newline = yes\n', master: 'smtp inet n - n - - smtpd\nsubmission inet n - n - - smtpd -o smtpd_forbid_bare_newline=no\n', version: '3.8' }), []);
  });
});
