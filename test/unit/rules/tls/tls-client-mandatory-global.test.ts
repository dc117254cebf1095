/** TLS061 tls-client-mandatory-global: a mandatory smtp_tls_security_level (encrypt, verify, ...) for all of the Internet (no relayhost): mail to MX hosts without working TLS is deferred. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

describe('TLS061 tls-client-mandatory-global', () => {
  test('encrypt for all of the Internet: warning with a fix to may', () => {
    const main = 'smtp_tls_security_level = encrypt\n';
    const found = run('tls-client-mandatory-global', { main });
    expectFindings(found, [at('main', main, 'smtp_tls_security_level = encrypt', 'warning', /applies to every destination on the Internet/)]);
    assert.equal(applyFix({ main }, found[0]).main, 'smtp_tls_security_level = may\n');
  });

  test('quiet with a relayhost, a custom default transport, or may/dane', () => {
    assert.deepEqual(run('tls-client-mandatory-global', { main: 'smtp_tls_security_level = verify\nrelayhost = [smtp.example.net]:587\n' }), []);
    assert.deepEqual(run('tls-client-mandatory-global', { main: 'smtp_tls_security_level = encrypt\ndefault_transport = error\n' }), []);
    assert.deepEqual(run('tls-client-mandatory-global', { main: 'smtp_tls_security_level = dane\n' }), []);
  });
});
