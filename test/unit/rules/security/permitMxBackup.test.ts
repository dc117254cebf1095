import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { permitMxBackup } from '../../../../server/src/analysis/rules/security/permitMxBackup';
import { expectFindings, run } from './helpers';

describe('permit-mx-backup (SEC009)', () => {
  test('in main.cf and in a class', () => {
    const input = { main: 'smtpd_restriction_classes = backup\nbackup = permit_mx_backup\nsmtpd_recipient_restrictions = permit_mynetworks, permit_mx_backup, reject_unauth_destination\nsmtpd_sender_restrictions = backup\n' };
    const got = run(permitMxBackup, input);
    expectFindings(input, got, [
      { file: 'main', text: 'permit_mx_backup', occurrence: 0, severity: 'warning' },
      { file: 'main', text: 'permit_mx_backup', occurrence: 1, severity: 'warning' },
    ]);
  });
  test('no finding without it', () => {
    assert.deepEqual(run(permitMxBackup, { main: 'smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination\n' }), []);
  });
});
