import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dnsblKeyLeak } from '../../../../server/src/analysis/rules/security/dnsblKeyLeak';
import { expectFindings, run } from './helpers';

describe('dnsbl-key-leak (SEC026)', () => {
  test('a Spamhaus DQS key in smtpd and postscreen lists without reply maps', () => {
    const input = {
      main: 'smtpd_recipient_restrictions = reject_unauth_destination, reject_rbl_client abcdefghij1234567890abcdef.zen.dq.spamhaus.net\npostscreen_dnsbl_sites = k3y4bcdefghij1234567890.zen.dq.spamhaus.net*3\n',
    };
    expectFindings(input, run(dnsblKeyLeak, input), [
      { file: 'main', text: 'abcdefghij1234567890abcdef.zen.dq.spamhaus.net', severity: 'hint' },
      { file: 'main', text: 'k3y4bcdefghij1234567890.zen.dq.spamhaus.net*3', severity: 'hint' },
    ]);
  });
  test('no finding: public lists, or reply maps set', () => {
    assert.deepEqual(run(dnsblKeyLeak, { main: 'smtpd_recipient_restrictions = reject_rbl_client zen.spamhaus.org\npostscreen_dnsbl_sites = zen.spamhaus.org*3\n' }), []);
    assert.deepEqual(run(dnsblKeyLeak, { main: 'rbl_reply_maps = hash:/etc/postfix/rbl_reply\nsmtpd_recipient_restrictions = reject_rbl_client abcdefghij1234567890abcdef.zen.dq.spamhaus.net\n' }), []);
  });
});
