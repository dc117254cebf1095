import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { virtualSafetyNets } from '../../../../server/src/analysis/rules/security/virtualSafetyNets';
import { expectFindings, run } from './helpers';

describe('virtual-safety-nets (SEC082)', () => {
  test('virtual(8) with base / and a low minimum uid', () => {
    const input = { main: 'virtual_mailbox_domains = example.com\nvirtual_mailbox_base = /\nvirtual_minimum_uid = 10\n' };
    expectFindings(input, run(virtualSafetyNets, input), [
      { file: 'main', text: 'virtual_mailbox_base = /', severity: 'warning' },
      { file: 'main', text: '10', severity: 'hint' },
    ]);
  });
  test('no finding: a real base, an LMTP transport, no virtual domains', () => {
    assert.deepEqual(run(virtualSafetyNets, { main: 'virtual_mailbox_domains = example.com\nvirtual_mailbox_base = /var/mail/vhosts\n' }), []);
    assert.deepEqual(run(virtualSafetyNets, { main: 'virtual_mailbox_domains = example.com\nvirtual_transport = lmtp:unix:private/dovecot-lmtp\n' }), []);
    assert.deepEqual(run(virtualSafetyNets, { main: 'virtual_mailbox_base = /\n' }), []);
  });
});
