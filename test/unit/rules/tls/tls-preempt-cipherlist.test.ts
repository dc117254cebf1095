/** TLS031 tls-preempt-cipherlist: tls_preempt_cipherlist = yes: server cipher preference (sources disagree; older Postfix warned of interop trouble). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { at, expectFindings, run } from './helpers';

describe('TLS031 tls-preempt-cipherlist', () => {
  test('yes: hint without a fix; no and unset are quiet', () => {
    const main = 'tls_preempt_cipherlist = yes\n';
    const found = run('tls-preempt-cipherlist', { main });
    expectFindings(found, [at('main', main, main.trimEnd(), 'hint', /Older Postfix documentation advised against it.*Mozilla and NCSC-NL prefer/)]);
    assert.equal(found[0].fixes, undefined);
    assert.deepEqual(run('tls-preempt-cipherlist', { main: 'tls_preempt_cipherlist = no\n' }), []);
    assert.deepEqual(run('tls-preempt-cipherlist', { main, version: '2.7' }), []);
  });
});
