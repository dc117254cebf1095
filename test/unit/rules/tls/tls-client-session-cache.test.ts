/** TLS064 tls-client-session-cache: outbound TLS without smtp_tls_session_cache_database: every connection does a full handshake. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

describe('TLS064 tls-client-session-cache', () => {
  test('outbound TLS without a cache: info at the level line, fix appends the cache of the build\'s type (3.11)', () => {
    const main = 'smtp_tls_security_level = may\n';
    const found = run('tls-client-session-cache', { main });
    expectFindings(found, [at('main', main, 'smtp_tls_security_level = may', 'info', /smtp_tls_session_cache_database is empty/)]);
    assert.match(found[0].message, /Set smtp_tls_session_cache_database = \$\{default_cache_db_type\}:\$\{data_directory\}\/smtp_scache, the build's own cache type\.$/);
    assert.equal(applyFix({ main }, found[0]).main, main + 'smtp_tls_session_cache_database = ${default_cache_db_type}:${data_directory}/smtp_scache\n');
  });

  test('before 3.11 (no default_cache_db_type): btree, with lmdb named for builds without Berkeley DB', () => {
    const main = 'smtp_tls_security_level = may\n';
    const found = run('tls-client-session-cache', { main, version: '3.10' });
    assert.match(found[0].message, /= btree:\$\{data_directory\}\/smtp_scache \(lmdb: where Berkeley DB is not available\)\.$/);
    assert.equal(applyFix({ main }, found[0]).main, main + 'smtp_tls_session_cache_database = btree:${data_directory}/smtp_scache\n');
  });

  test('quiet with a cache or without outbound TLS', () => {
    assert.deepEqual(run('tls-client-session-cache', { main: 'smtp_tls_security_level = may\nsmtp_tls_session_cache_database = btree:${data_directory}/smtp_scache\n' }), []);
    assert.deepEqual(run('tls-client-session-cache', { main: 'smtp_tls_security_level = none\n' }), []);
  });
});
