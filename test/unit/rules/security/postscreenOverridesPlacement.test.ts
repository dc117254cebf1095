import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { postscreenOverridesPlacement } from '../../../../server/src/analysis/rules/security/postscreenOverridesPlacement';
import { expectFindings, run } from './helpers';

describe('postscreen-overrides-placement (SEC073)', () => {
  test('smtpd restrictions on the postscreen line; TLS only on the pass line', () => {
    const input = { master: 'smtp inet n - n - 1 postscreen\n  -o smtpd_recipient_restrictions=reject\nsmtpd pass - - n - - smtpd\n  -o smtpd_tls_security_level=may\n' };
    expectFindings(input, run(postscreenOverridesPlacement, input), [
      { file: 'master', text: 'smtpd_recipient_restrictions=reject', severity: 'hint' },
      { file: 'master', text: 'smtpd_tls_security_level=may', severity: 'hint' },
    ]);
  });
  test('no finding: settings postscreen reads itself, TLS repeated on both lines', () => {
    assert.deepEqual(run(postscreenOverridesPlacement, { master: 'smtp inet n - n - 1 postscreen -o smtpd_service_name=smtpd -o smtpd_tls_security_level=may\nsmtpd pass - - n - - smtpd -o smtpd_tls_security_level=may\n' }), []);
  });
});
