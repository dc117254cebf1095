import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dnsAccessOk } from '../../../../server/src/analysis/rules/security/dnsAccessOk';
import { expectFindings, run } from './helpers';

describe('dns-access-ok (SEC024)', () => {
  test('OK in a readable check_sender_mx_access table: info at the table', () => {
    const input = { main: 'smtpd_sender_restrictions = check_sender_mx_access cidr:/etc/postfix/mx.cidr\n', files: { '/etc/postfix/mx.cidr': '192.0.2.0/24 OK\n' } };
    expectFindings(input, run(dnsAccessOk, input), [{ file: 'main', text: 'cidr:/etc/postfix/mx.cidr', severity: 'info' }]);
  });
  test('no finding: DUNNO entries, unreadable tables, plain check_sender_access', () => {
    assert.deepEqual(run(dnsAccessOk, { main: 'smtpd_sender_restrictions = check_sender_mx_access cidr:/t\n', files: { '/t': '192.0.2.0/24 DUNNO\n' } }), []);
    assert.deepEqual(run(dnsAccessOk, { main: 'smtpd_sender_restrictions = check_sender_mx_access cidr:/t\n' }), []);
    assert.deepEqual(run(dnsAccessOk, { main: 'smtpd_sender_restrictions = check_sender_access hash:/t\n', files: { '/t': 'a@b OK\n' } }), []);
  });
});
