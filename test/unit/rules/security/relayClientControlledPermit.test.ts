import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { relayClientControlledPermit } from '../../../../server/src/analysis/rules/security/relayClientControlledPermit';
import { expectFindings, run } from './helpers';

const main = (list: string) => `compatibility_level = 3.6\nsmtpd_relay_restrictions =\nsmtpd_recipient_restrictions = ${list}\n`;

describe('relay-client-controlled-permit (SEC003)', () => {
  test('a readable sender table with OK before the only gate: error; a policy service: warning', () => {
    const input = { main: main('check_sender_access hash:/etc/postfix/senders, check_policy_service inet:127.0.0.1:10023, reject_unauth_destination'), files: { '/etc/postfix/senders': 'boss@example.com OK\n' } };
    const got = run(relayClientControlledPermit, input);
    expectFindings(input, got, [
      { file: 'main', text: 'check_sender_access hash:/etc/postfix/senders', severity: 'error' },
      { file: 'main', text: 'check_policy_service inet:127.0.0.1:10023', severity: 'warning' },
    ]);
    assert.match(got[0].message, /boss@example\.com OK/);
  });
  test('HELO access in a class before the gate, before 2.10 (no relay list)', () => {
    const input = { main: 'smtpd_restriction_classes = helos\nhelos = check_helo_access hash:/etc/postfix/helo\nsmtpd_recipient_restrictions = helos, reject_unauth_destination\n', version: '2.9', files: { '/etc/postfix/helo': '# trusted\nmx.example.net   PERMIT\n' } };
    expectFindings(input, run(relayClientControlledPermit, input), [{ file: 'main', text: 'check_helo_access hash:/etc/postfix/helo', severity: 'error' }]);
  });
  test('no finding: unreadable table, table without OK, check after the gate, relay list with a gate', () => {
    assert.deepEqual(run(relayClientControlledPermit, { main: main('check_sender_access hash:/etc/postfix/senders, reject_unauth_destination') }), []);
    assert.deepEqual(run(relayClientControlledPermit, { main: main('check_sender_access hash:/etc/postfix/s, reject_unauth_destination'), files: { '/etc/postfix/s': 'spam@example.com REJECT\n' } }), []);
    assert.deepEqual(run(relayClientControlledPermit, { main: main('reject_unauth_destination, check_policy_service unix:private/policy') }), []);
    assert.deepEqual(run(relayClientControlledPermit, { main: 'compatibility_level = 3.6\nsmtpd_recipient_restrictions = check_policy_service unix:private/policy, reject_unauth_destination\n' }), []);
  });
});
