/** TLS079 tls-random-source: tls_random_source: a device without the dev: prefix, a blocking device, or the default spelled out. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

describe('TLS079 tls-random-source', () => {
  test('a device without dev:, the blocking device, the default spelled out', () => {
    const bare = 'tls_random_source = /dev/urandom\n';
    const f1 = run('tls-random-source', { main: bare });
    expectFindings(f1, [at('main', bare, bare.trimEnd(), 'error', /without the dev: prefix/)]);
    assert.equal(applyFix({ main: bare }, f1[0]).main, 'tls_random_source = dev:/dev/urandom\n');
    const blocking = 'tls_random_source = dev:/dev/random\n';
    expectFindings(run('tls-random-source', { main: blocking }), [at('main', blocking, blocking.trimEnd(), 'warning', /can block/)]);
    const redundant = 'tls_random_source = dev:/dev/urandom\n';
    const f3 = run('tls-random-source', { main: redundant });
    expectFindings(f3, [at('main', redundant, redundant.trimEnd(), 'info', /is the default/)]);
    assert.deepEqual(f3[0].tags, ['unnecessary']);
    assert.equal(applyFix({ main: redundant }, f3[0]).main, '');
  });

  test('quiet for EGD sockets and other files', () => {
    assert.deepEqual(run('tls-random-source', { main: 'tls_random_source = egd:/var/run/egd-pool\n' }), []);
  });
});
