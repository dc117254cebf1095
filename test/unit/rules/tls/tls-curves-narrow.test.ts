/** TLS028 tls-curves-narrow: tls_eecdh_auto_curves lacks X25519 or P-256, or is emptied without tls_ffdhe_auto_groups (or before 3.10). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

describe('TLS028 tls-curves-narrow', () => {
  test('a list without X25519; an empty list with FFDHE on', () => {
    const main = 'tls_eecdh_auto_curves = prime256v1 secp384r1\n';
    const found = run('tls-curves-narrow', { main });
    expectFindings(found, [at('main', main, main.trimEnd(), 'warning', /lacks X25519; Postfix asks for at least X25519 and P-256/)]);
    assert.equal(applyFix({ main }, found[0]).main, '');
    const empty = 'tls_eecdh_auto_curves =\n';
    expectFindings(run('tls-curves-narrow', { main: empty, version: '3.8' }), [at('main', empty, 'tls_eecdh_auto_curves =', 'warning', /is empty while tls_ffdhe_auto_groups is not/)]);
    const both = 'tls_eecdh_auto_curves =\ntls_ffdhe_auto_groups =\n';
    expectFindings(run('tls-curves-narrow', { main: both, version: '3.9.1' }), [at('main', both, 'tls_eecdh_auto_curves =', 'warning', /only Postfix 3\.10 .* supports/)]);
  });

  test('quiet: both empty on 3.10, lists with X25519 and P-256, DEFAULT, before 3.2', () => {
    assert.deepEqual(run('tls-curves-narrow', { main: 'tls_eecdh_auto_curves =\ntls_ffdhe_auto_groups =\n', version: '3.10' }), []);
    assert.deepEqual(run('tls-curves-narrow', { main: 'tls_eecdh_auto_curves = X25519 prime256v1 secp384r1\n' }), []);
    assert.deepEqual(run('tls-curves-narrow', { main: 'tls_eecdh_auto_curves = ?X25519MLKEM768:DEFAULT\n' }), []);
    assert.deepEqual(run('tls-curves-narrow', { main: 'tls_eecdh_auto_curves = secp384r1\n', version: '3.1' }), []);
  });
});
