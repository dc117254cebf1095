import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mailboxCommandRoot } from '../../../../server/src/analysis/rules/security/mailboxCommandRoot';
import { expectFindings, run } from './helpers';

describe('mailbox-command-root (SEC047)', () => {
  test('mailbox_command set: info; a readable alias file without root: hint', () => {
    const input = { main: 'mailbox_command = /usr/bin/procmail\nalias_maps = hash:/etc/aliases\n', files: { '/etc/aliases': 'postmaster: root\nabuse: root\n' } };
    expectFindings(input, run(mailboxCommandRoot, input), [
      { file: 'main', text: '/usr/bin/procmail', severity: 'info' },
      { file: 'main', text: 'hash:/etc/aliases', severity: 'hint' },
    ]);
  });
  test('no alias hint when root is aliased; nothing without mailbox_command', () => {
    const input = { main: 'mailbox_command = /usr/bin/procmail\nalias_maps = hash:/etc/aliases\n', files: { '/etc/aliases': 'root: admin\n' } };
    expectFindings(input, run(mailboxCommandRoot, input), [{ file: 'main', text: '/usr/bin/procmail', severity: 'info' }]);
    assert.deepEqual(run(mailboxCommandRoot, { main: 'home_mailbox = Maildir/\n' }), []);
  });
});
