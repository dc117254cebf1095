import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { postscreenDeepTestsAuth } from '../../../../server/src/analysis/rules/security/postscreenDeepTestsAuth';
import { expectFindings, run } from './helpers';

const master = 'smtp inet n - n - 1 postscreen\nsmtpd pass - - n - - smtpd\n';

describe('postscreen-deep-tests-auth (SEC076)', () => {
  test('deep tests while port 25 offers AUTH: warning; otherwise a hint about the reconnect', () => {
    const auth = { main: 'postscreen_pipelining_enable = yes\nsmtpd_sasl_auth_enable = yes\n', master };
    expectFindings(auth, run(postscreenDeepTestsAuth, auth), [{ file: 'main', text: 'postscreen_pipelining_enable = yes', severity: 'warning' }]);
    const plain = { main: 'postscreen_bare_newline_enable = yes\n', master };
    expectFindings(plain, run(postscreenDeepTestsAuth, plain), [{ file: 'main', text: 'postscreen_bare_newline_enable = yes', severity: 'hint' }]);
  });
  test('no finding without deep tests', () => {
    assert.deepEqual(run(postscreenDeepTestsAuth, { main: 'smtpd_sasl_auth_enable = yes\n', master }), []);
  });
});
