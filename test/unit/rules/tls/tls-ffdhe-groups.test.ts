/** TLS030 tls-ffdhe-groups: tls_ffdhe_auto_groups set before 3.8, emptied on 3.8-3.10, or listing groups larger than ffdhe4096. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

describe('TLS030 tls-ffdhe-groups', () => {
  test('before 3.8: unused; emptied on 3.9; ffdhe8192', () => {
    const main = 'tls_ffdhe_auto_groups = ffdhe3072\n';
    const unused = run('tls-ffdhe-groups', { main, version: '3.7' });
    expectFindings(unused, [at('main', main, main.trimEnd(), 'info', /has no effect before Postfix 3\.8/)]);
    assert.deepEqual(unused[0].tags, ['unnecessary']);
    const empty = 'tls_eecdh_auto_curves = X25519 prime256v1\ntls_ffdhe_auto_groups =\n';
    const e = run('tls-ffdhe-groups', { main: empty, version: '3.9' });
    expectFindings(e, [at('main', empty, 'tls_ffdhe_auto_groups =', 'info', /turns FFDHE key exchange off for TLS 1\.3/)]);
    assert.equal(applyFix({ main: empty }, e[0]).main, 'tls_eecdh_auto_curves = X25519 prime256v1\n');
    const big = 'tls_ffdhe_auto_groups = ffdhe3072 ffdhe8192\n';
    expectFindings(run('tls-ffdhe-groups', { main: big }), [at('main', big, big.trimEnd(), 'info', /offers ffdhe8192/)]);
  });

  test('quiet: empty on 3.11 (the default with OpenSSL 3.5), both emptied, default groups', () => {
    assert.deepEqual(run('tls-ffdhe-groups', { main: 'tls_ffdhe_auto_groups =\n' }), []);
    assert.deepEqual(run('tls-ffdhe-groups', { main: 'tls_eecdh_auto_curves =\ntls_ffdhe_auto_groups =\n', version: '3.10' }), []);
    assert.deepEqual(run('tls-ffdhe-groups', { main: 'tls_ffdhe_auto_groups = ffdhe2048 ffdhe3072\n', version: '3.9' }), []);
  });
});
