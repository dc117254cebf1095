import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { relayNoGate } from '../../../../server/src/analysis/rules/security/relayNoGate';
import { applyFix, expectFindings, run } from './helpers';

describe('relay-no-gate (SEC001)', () => {
  test('an open-relay recipient list with compatibility_level unset: error at the permit', () => {
    const input = { main: 'myhostname = mx.example.com\nsmtpd_recipient_restrictions = permit_mynetworks, permit\n', version: '3.11' };
    const got = run(relayNoGate, input);
    expectFindings(input, got, [{ file: 'main', text: 'permit', occurrence: 1, severity: 'error' }]);
    assert.match(got[0].message, /refuses to start/);
    assert.equal(applyFix(input, got[0]).main, input.main + 'smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination\n');
  });
  test('an explicitly empty relay list and no recipient gate: at the relay setting, fixed in place', () => {
    const input = { main: 'compatibility_level = 3.6\r\nsmtpd_relay_restrictions =\r\nsmtpd_recipient_restrictions = reject_unknown_recipient_domain\r\n' };
    const got = run(relayNoGate, input);
    expectFindings(input, got, [{ file: 'main', text: 'smtpd_relay_restrictions =', severity: 'error' }]);
    assert.equal(applyFix(input, got[0]).main, 'compatibility_level = 3.6\r\nsmtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination\r\nsmtpd_recipient_restrictions = reject_unknown_recipient_domain\r\n');
  });
  test('nothing set and compatibility_level unset on 3.3 and later: the implicitly empty relay list', () => {
    const input = { main: 'myhostname = mx.example.com\n', version: '3.3' };
    const got = run(relayNoGate, input);
    expectFindings(input, got, [{ file: 'main', text: '', severity: 'error' }]);
    assert.match(got[0].message, /compatibility_level is below 1/);
  });
  test('a -o override on one service: found at the override, fixed there', () => {
    const input = {
      main: 'compatibility_level = 3.6\n',
      master: 'smtp inet n - n - - smtpd\n2525 inet n - n - - smtpd\n  -o smtpd_relay_restrictions=permit_mynetworks\n',
    };
    const got = run(relayNoGate, input);
    expectFindings(input, got, [{ file: 'master', text: 'smtpd_relay_restrictions=permit_mynetworks', severity: 'error' }]);
    assert.equal(applyFix(input, got[0]).master, 'smtp inet n - n - - smtpd\n2525 inet n - n - - smtpd\n  -o smtpd_relay_restrictions=permit_mynetworks,permit_sasl_authenticated,reject_unauth_destination\n');
  });
  test('before 2.10: the recipient list needs the gate; the fix inserts it after the trusted permits', () => {
    const input = { main: 'smtpd_recipient_restrictions = permit_mynetworks, permit_sasl_authenticated, check_sender_access hash:/etc/postfix/senders\n', version: '2.9' };
    const got = run(relayNoGate, input);
    expectFindings(input, got, [{ file: 'main', text: 'smtpd_recipient_restrictions = permit_mynetworks, permit_sasl_authenticated, check_sender_access hash:/etc/postfix/senders', severity: 'error' }]);
    assert.equal(applyFix(input, got[0]).main, 'smtpd_recipient_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination, check_sender_access hash:/etc/postfix/senders\n');
  });
  test('no finding: default relay list with a level, a gate in a class, a gate in either list', () => {
    assert.deepEqual(run(relayNoGate, { main: 'compatibility_level = 2\n', version: '3.7' }), []);
    assert.deepEqual(run(relayNoGate, { main: 'myhostname = x.example\n', version: '3.2' }), []);
    assert.deepEqual(run(relayNoGate, { main: 'smtpd_restriction_classes = gate\ngate = reject_unauth_destination\nsmtpd_recipient_restrictions = permit_mynetworks, gate\n', version: '3.11' }), []);
    assert.deepEqual(run(relayNoGate, { main: 'smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination\n', version: '3.11' }), []);
    assert.deepEqual(run(relayNoGate, { main: 'smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination\n', version: '3.11' }), []);
  });
});

describe('relay-no-gate: a gate hidden behind warn_if_reject', () => {
  test('does not count, as in smtpd', () => {
    const input = { main: 'compatibility_level = 3.6\nsmtpd_relay_restrictions = permit_mynetworks, warn_if_reject reject_unauth_destination\n' };
    const got = run(relayNoGate, input);
    expectFindings(input, got, [{ file: 'main', text: 'smtpd_relay_restrictions = permit_mynetworks, warn_if_reject reject_unauth_destination', severity: 'error' }]);
    assert.match(got[0].message, /warn_if_reject/);
  });
});
