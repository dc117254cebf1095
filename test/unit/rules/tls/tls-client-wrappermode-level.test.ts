/** TLS063 tls-client-wrappermode-level: smtp_tls_wrappermode = yes (implicit TLS to a relay) with a security level below encrypt. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

describe('TLS063 tls-client-wrappermode-level', () => {
  test('wrapper mode on a relay transport at may: a -o encrypt is added', () => {
    const master = 'smtp unix - - n - - smtp\nrelay465 unix - - n - - smtp\n  -o smtp_tls_wrappermode=yes\n';
    const main = 'smtp_tls_security_level = may\n';
    const found = run('tls-client-wrappermode-level', { main, master });
    expectFindings(found, [at('master', master, '-o smtp_tls_wrappermode=yes', 'warning', /needs smtp_tls_security_level = encrypt or stronger, but the level is may/)]);
    assert.equal(applyFix({ main, master }, found[0]).master, master + '  -o smtp_tls_security_level=encrypt\n');
  });

  test('quiet at encrypt and before 3.0', () => {
    assert.deepEqual(run('tls-client-wrappermode-level', { main: 'smtp_tls_wrappermode = yes\nsmtp_tls_security_level = encrypt\n' }), []);
    assert.deepEqual(run('tls-client-wrappermode-level', { main: 'smtp_tls_wrappermode = yes\n', version: '2.11' }), []);
  });
});
