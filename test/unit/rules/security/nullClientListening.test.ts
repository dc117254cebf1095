import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { nullClientListening } from '../../../../server/src/analysis/rules/security/nullClientListening';
import { applyFix, expectFindings, run } from './helpers';

describe('null-client-listening (SEC055)', () => {
  test('a null-client main.cf that listens on all interfaces: info, fix sets loopback-only', () => {
    const input = { main: 'relayhost = [smtp.example.com]\nmydestination =\ninet_interfaces = all\n' };
    const got = run(nullClientListening, input);
    expectFindings(input, got, [{ file: 'main', text: 'inet_interfaces = all', severity: 'info' }]);
    assert.equal(applyFix(input, got[0]).main, 'relayhost = [smtp.example.com]\nmydestination =\ninet_interfaces = loopback-only\n');
  });
  test('declared null-client with the default interfaces', () => {
    const input = { main: 'relayhost = [smtp.example.com]\n', hostRole: 'null-client' as const };
    expectFindings(input, run(nullClientListening, input), [{ file: 'main', text: '', severity: 'info' }]);
  });
  test('no finding: loopback only, local domains, no inet smtpd in master.cf', () => {
    assert.deepEqual(run(nullClientListening, { main: 'relayhost = x\nmydestination =\ninet_interfaces = 127.0.0.1, [::1]\n' }), []);
    assert.deepEqual(run(nullClientListening, { main: 'relayhost = x\nmydestination = example.com\n' }), []);
    assert.deepEqual(run(nullClientListening, { main: 'relayhost = x\nmydestination =\n', master: 'pickup unix n - n 60 1 pickup\n' }), []);
  });
});
