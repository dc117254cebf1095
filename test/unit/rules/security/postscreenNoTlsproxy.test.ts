import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { postscreenNoTlsproxy } from '../../../../server/src/analysis/rules/security/postscreenNoTlsproxy';
import { applyFix, expectFindings, run } from './helpers';

describe('postscreen-no-tlsproxy (SEC072)', () => {
  test('TLS through smtpd_tls_security_level, no tlsproxy: warning at the postscreen command', () => {
    const master = 'smtp inet n - n - 1 postscreen\nsmtpd pass - - n - - smtpd\n';
    const input = { main: 'smtpd_tls_security_level = may\n', master };
    const got = run(postscreenNoTlsproxy, input);
    expectFindings(input, got, [{ file: 'master', text: 'postscreen', severity: 'warning' }]);
    assert.equal(applyFix(input, got[0]).master, master + 'tlsproxy  unix  -       -       n       -       0       tlsproxy\n');
  });
  test('no finding: tlsproxy present; TLS off', () => {
    assert.deepEqual(run(postscreenNoTlsproxy, { main: 'smtpd_tls_security_level = may\n', master: 'smtp inet n - n - 1 postscreen\ntlsproxy unix - - n - 0 tlsproxy\n' }), []);
    assert.deepEqual(run(postscreenNoTlsproxy, { main: 'biff = no\n', master: 'smtp inet n - n - 1 postscreen\n' }), []);
  });
});
