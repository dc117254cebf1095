/** TLS012 tls-cipherlist-weak: an edited tls_*_cipherlist that adds RC4, export, NULL, single-DES, MD5 or LOW suites, or ALL with no exclusion. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

describe('TLS012 tls-cipherlist-weak', () => {
  test('RC4 added to the medium list; fix deletes the override', () => {
    const main = 'smtpd_tls_security_level = may\ntls_medium_cipherlist = HIGH:MEDIUM:RC4:!aNULL\n';
    const found = run('tls-cipherlist-weak', { main });
    expectFindings(found, [at('main', main, 'tls_medium_cipherlist = HIGH:MEDIUM:RC4:!aNULL', 'error', /adds weak suites \('RC4'\): RC4 is prohibited \(RFC 7465\)/)]);
    assert.equal(applyFix({ main }, found[0]).main, 'smtpd_tls_security_level = may\n');
  });

  test('ALL without exclusions; NULL in the null list is fine', () => {
    const main = 'tls_high_cipherlist = ALL\ntls_null_cipherlist = eNULL:!aNULL\n';
    expectFindings(run('tls-cipherlist-weak', { main }), [at('main', main, 'tls_high_cipherlist = ALL', 'error', /\('ALL'\)/)]);
  });

  test('quiet for the old default with +RC4 and for AEAD-only lists', () => {
    assert.deepEqual(run('tls-cipherlist-weak', { main: 'tls_medium_cipherlist = aNULL:-aNULL:HIGH:MEDIUM:+RC4:@STRENGTH\n' }), []);
    assert.deepEqual(run('tls-cipherlist-weak', { main: 'tls_medium_cipherlist = ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256\n' }), []);
  });
});
