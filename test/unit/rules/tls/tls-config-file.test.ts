/** TLS081 tls-config-file: tls_config_file is unset or default (3.9+): an over-strict system openssl.cnf can break opportunistic TLS. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

describe('TLS081 tls-config-file', () => {
  test('TLS in use on 3.9+ without tls_config_file: hint at the TLS line, fix adds none', () => {
    const main = 'smtpd_tls_security_level = may\n';
    const found = run('tls-config-file', { main });
    expectFindings(found, [at('main', main, 'smtpd_tls_security_level = may', 'hint', /tls_config_file is not set.*Postfix recommends tls_config_file = none/)]);
    assert.equal(applyFix({ main }, found[0]).main, main + 'tls_config_file = none\n');
    const explicit = 'smtp_tls_security_level = may\ntls_config_file = default\n';
    const f2 = run('tls-config-file', { main: explicit, version: '3.7.6' });
    expectFindings(f2, [at('main', explicit, 'tls_config_file = default', 'hint')]);
    assert.equal(applyFix({ main: explicit }, f2[0]).main, 'smtp_tls_security_level = may\ntls_config_file = none\n');
  });

  test('quiet: none, before the parameter existed, no TLS', () => {
    assert.deepEqual(run('tls-config-file', { main: 'smtpd_tls_security_level = may\ntls_config_file = none\n' }), []);
    assert.deepEqual(run('tls-config-file', { main: 'smtpd_tls_security_level = may\n', version: '3.7.5' }), []);
    assert.deepEqual(run('tls-config-file', { main: 'myhostname = a.example\n', version: '3.10' }), []);
  });
});
