import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { saslPathRemote } from '../../../../server/src/analysis/rules/security/saslPathRemote';
import { expectFindings, run } from './helpers';

describe('sasl-path-remote (SEC036)', () => {
  test('inet: to another host: hint at the value', () => {
    const input = { main: 'smtpd_sasl_type = dovecot\nsmtpd_sasl_path = inet:auth.example.com:12345\n' };
    expectFindings(input, run(saslPathRemote, input), [{ file: 'main', text: 'inet:auth.example.com:12345', severity: 'hint' }]);
  });
  test('no finding: a socket, loopback, localhost', () => {
    for (const v of ['private/auth', 'inet:127.0.0.1:12345', 'inet:[::1]:12345', 'inet:localhost:12345']) assert.deepEqual(run(saslPathRemote, { main: `smtpd_sasl_path = ${v}\n` }), []);
  });
});
