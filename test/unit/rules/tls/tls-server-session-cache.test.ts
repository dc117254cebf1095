/** TLS076 tls-server-session-cache: smtpd_tls_session_cache_database is set on 2.11+, where session tickets make it unnecessary. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

describe('TLS076 tls-server-session-cache', () => {
  test('a server cache on 2.11+: info, unnecessary, safe delete', () => {
    const main = 'smtpd_tls_session_cache_database = btree:${data_directory}/smtpd_scache\nsmtpd_tls_security_level = may\n';
    const found = run('tls-server-session-cache', { main });
    expectFindings(found, [at('main', main, 'smtpd_tls_session_cache_database = btree:${data_directory}/smtpd_scache', 'info', /session tickets/)]);
    assert.equal(applyFix({ main }, found[0]).main, 'smtpd_tls_security_level = may\n');
    assert.deepEqual(run('tls-server-session-cache', { main, version: '2.10' }), []);
  });
});
