import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { debugLogging } from '../../../../server/src/analysis/rules/security/debugLogging';
import { applyFix, expectFindings, run } from './helpers';

describe('debug-logging (SEC053)', () => {
  test('debug_peer_list and -v/-D: hints; the fix removes the option', () => {
    const input = { main: 'debug_peer_list = 192.0.2.1\n', master: 'smtp inet n - n - - smtpd -v\nsmtps inet n - n - - smtpd -D -o smtpd_tls_wrappermode=yes\n' };
    const got = run(debugLogging, input);
    expectFindings(input, got, [
      { file: 'main', text: 'debug_peer_list = 192.0.2.1', severity: 'hint' },
      { file: 'master', text: '-v', severity: 'hint' },
      { file: 'master', text: '-D', severity: 'hint' },
    ]);
    assert.equal(applyFix(input, got[1]).master, 'smtp inet n - n - - smtpd\nsmtps inet n - n - - smtpd -D -o smtpd_tls_wrappermode=yes\n');
  });
  test('no finding without them', () => {
    assert.deepEqual(run(debugLogging, { main: 'debug_peer_level = 2\n', master: 'smtp inet n - n - - smtpd -o syslog_name=x\n' }), []);
  });
});
