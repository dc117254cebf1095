import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brokenSaslClients } from '../../../../server/src/analysis/rules/security/brokenSaslClients';
import { applyFix, expectFindings, run } from './helpers';

describe('broken-sasl-clients (SEC035)', () => {
  test('in main.cf and as -o: info, fixes remove the line or the option line', () => {
    const input = { main: 'myhostname = mx.example.com\nbroken_sasl_auth_clients = yes\nbiff = no\n', master: 'submission inet n - n - - smtpd\n  -o broken_sasl_auth_clients=yes\n  -o smtpd_sasl_auth_enable=yes\n' };
    const got = run(brokenSaslClients, input);
    expectFindings(input, got, [
      { file: 'main', text: 'broken_sasl_auth_clients = yes', severity: 'info' },
      { file: 'master', text: 'broken_sasl_auth_clients=yes', severity: 'info' },
    ]);
    assert.equal(applyFix(input, got[0]).main, 'myhostname = mx.example.com\nbiff = no\n');
    assert.equal(applyFix(input, got[1]).master, 'submission inet n - n - - smtpd\n  -o smtpd_sasl_auth_enable=yes\n');
  });
  test('no finding for no', () => {
    assert.deepEqual(run(brokenSaslClients, { main: 'broken_sasl_auth_clients = no\n' }), []);
  });
});
