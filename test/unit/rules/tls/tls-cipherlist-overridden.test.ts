/** TLS013 tls-cipherlist-overridden: tls_medium_cipherlist or tls_high_cipherlist is edited; Postfix advises keeping its own lists (Mozilla's generator replaces them). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { at, expectFindings, run } from './helpers';

describe('TLS013 tls-cipherlist-overridden', () => {
  test('an edited medium list: info naming the conflict, no fix', () => {
    const main = 'tls_medium_cipherlist = ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256\n';
    const found = run('tls-cipherlist-overridden', { main });
    expectFindings(found, [at('main', main, main.trimEnd(), 'info', /Postfix strongly advises keeping its own cipher lists.*Mozilla's/)]);
    assert.equal(found[0].fixes, undefined);
  });

  test('quiet when unset, and for lists tls-cipherlist-weak reports', () => {
    assert.deepEqual(run('tls-cipherlist-overridden', { main: 'smtpd_tls_security_level = may\n' }), []);
    assert.deepEqual(run('tls-cipherlist-overridden', { main: 'tls_medium_cipherlist = RC4:HIGH\n' }), []);
  });
});
