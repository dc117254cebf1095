/** TLS078 tls-session-cache-type: a TLS session cache of an unsuitable table type: dbm, or one tlsmgr cannot update and enumerate (cdb, ldap, regexp, ...). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

describe('TLS078 tls-session-cache-type', () => {
  test('dbm and cdb: error, fix switches to btree before 3.11', () => {
    const main = 'smtp_tls_session_cache_database = dbm:/var/lib/postfix/smtp_scache\nsmtpd_tls_session_cache_database = cdb:/var/lib/postfix/x\n';
    const found = run('tls-session-cache-type', { main, version: '3.10' });
    expectFindings(found, [
      at('main', main, 'smtp_tls_session_cache_database = dbm:/var/lib/postfix/smtp_scache', 'error', /dbm records are too small/),
      at('main', main, 'smtpd_tls_session_cache_database = cdb:/var/lib/postfix/x', 'error', /cannot update and walk through a cdb table/),
    ]);
    assert.match(found[0].message, /Use btree:\$\{data_directory\}\/\.\.\. \(or lmdb: where Berkeley DB is not available\)\.$/);
    assert.equal(applyFix({ main }, found[0]).main, main.replace('dbm:', 'btree:'));
  });

  test('from 3.11 the fix switches to the build\'s cache type', () => {
    const main = 'smtp_tls_session_cache_database = dbm:/var/lib/postfix/smtp_scache\n';
    const found = run('tls-session-cache-type', { main });
    assert.match(found[0].message, /Use \$\{default_cache_db_type\}:\$\{data_directory\}\/\.\.\., the build's own cache type\.$/);
    assert.equal(applyFix({ main }, found[0]).main, 'smtp_tls_session_cache_database = ${default_cache_db_type}:/var/lib/postfix/smtp_scache\n');
    // The new value is one no rule reports.
    assert.deepEqual(run('tls-session-cache-type', { main: applyFix({ main }, found[0]).main! }), []);
  });

  test('quiet for btree, lmdb, hash, sdbm', () => {
    assert.deepEqual(run('tls-session-cache-type', { main: 'smtp_tls_session_cache_database = lmdb:${data_directory}/smtp_scache\nsmtpd_tls_session_cache_database = btree:/x\n' }), []);
  });
});
