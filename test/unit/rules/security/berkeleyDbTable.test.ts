import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { berkeleyDbTable } from '../../../../server/src/analysis/rules/security/berkeleyDbTable';
import { applyFix, expectFindings, run } from './helpers';

describe('berkeley-db-table (SEC100)', () => {
  test('hash: in main.cf (also across a continuation line) and btree: in a -o: hints, fix switches the type', () => {
    const input = {
      main: 'alias_maps = hash:/etc/aliases\nsmtpd_recipient_restrictions = permit_mynetworks,\n    check_recipient_access proxy:hash:/etc/postfix/rcpt\n',
      master: 'smtp inet n - n - - smtpd -o smtpd_tls_session_cache_database=btree:${data_directory}/smtpd_scache\n',
    };
    const got = run(berkeleyDbTable, input);
    expectFindings(input, got, [
      { file: 'main', text: 'hash:/etc/aliases', severity: 'hint' },
      { file: 'main', text: 'proxy:hash:/etc/postfix/rcpt', severity: 'hint' },
      { file: 'master', text: 'btree:${data_directory}/smtpd_scache', severity: 'hint' },
    ]);
    assert.equal(applyFix(input, got[1]).main, input.main.replace('proxy:hash:', 'proxy:lmdb:'));
  });
  test('no finding for lmdb:, cdb:, $default_database_type:', () => {
    assert.deepEqual(run(berkeleyDbTable, { main: 'alias_maps = lmdb:/etc/aliases\ntransport_maps = cdb:/etc/postfix/transport\nvirtual_alias_maps = $default_database_type:/etc/postfix/virtual\n' }), []);
  });
});
