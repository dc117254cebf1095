import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { indexedTableCidr } from '../../../../server/src/analysis/rules/security/indexedTableCidr';
import { expectFindings, run } from './helpers';

describe('indexed-table-cidr (SEC103)', () => {
  test('CIDR keys in a hash: client access table and an lmdb: postscreen table: warnings', () => {
    const input = {
      main: 'smtpd_client_restrictions = check_client_access hash:/etc/postfix/clients\npostscreen_access_list = permit_mynetworks, lmdb:/etc/postfix/ps\n',
      files: { '/etc/postfix/clients': '192.0.2.0/24 REJECT\n', '/etc/postfix/ps': '198.51.100.0/24 permit\n' },
    };
    expectFindings(input, run(indexedTableCidr, input), [
      { file: 'main', text: 'hash:/etc/postfix/clients', severity: 'warning' },
      { file: 'main', text: 'lmdb:/etc/postfix/ps', severity: 'warning' },
    ]);
  });
  test('no finding: exact keys, cidr: tables, unreadable tables', () => {
    assert.deepEqual(run(indexedTableCidr, { main: 'smtpd_client_restrictions = check_client_access hash:/c\n', files: { '/c': '192.0.2.7 REJECT\n' } }), []);
    assert.deepEqual(run(indexedTableCidr, { main: 'smtpd_client_restrictions = check_client_access cidr:/c\n', files: { '/c': '192.0.2.0/24 REJECT\n' } }), []);
    assert.deepEqual(run(indexedTableCidr, { main: 'smtpd_client_restrictions = check_client_access hash:/c\n' }), []);
  });
});
