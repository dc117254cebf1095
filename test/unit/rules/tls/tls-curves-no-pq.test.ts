/** TLS029 tls-curves-no-pq: on 3.11+, an explicit tls_eecdh_auto_curves drops the post-quantum hybrid X25519MLKEM768 of the default (OpenSSL 3.5+). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

describe('TLS029 tls-curves-no-pq', () => {
  test("Mozilla's list on 3.11: hint, fix deletes", () => {
    const main = 'tls_eecdh_auto_curves = X25519 prime256v1 secp384r1\n';
    const found = run('tls-curves-no-pq', { main });
    expectFindings(found, [at('main', main, main.trimEnd(), 'hint', /OpenSSL 3\.5 or later, which offers the post-quantum hybrid X25519MLKEM768/)]);
    assert.equal(applyFix({ main }, found[0]).main, '');
  });

  test('quiet: before 3.11, with X25519MLKEM768, narrow lists (tls-curves-narrow)', () => {
    assert.deepEqual(run('tls-curves-no-pq', { main: 'tls_eecdh_auto_curves = X25519 prime256v1\n', version: '3.10' }), []);
    assert.deepEqual(run('tls-curves-no-pq', { main: 'tls_eecdh_auto_curves = X25519MLKEM768 X25519 prime256v1\n' }), []);
    assert.deepEqual(run('tls-curves-no-pq', { main: 'tls_eecdh_auto_curves = secp384r1\n' }), []);
  });
});
