/** TLS016 tls-exclude-anonymous-ciphers: the SMTP server excludes anonymous (aNULL) ciphers by hand; harmless, normally pointless. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { at, expectFindings, run } from './helpers';

describe('TLS016 tls-exclude-anonymous-ciphers', () => {
  test('aNULL excluded by hand: hint, unnecessary, no fix', () => {
    const main = 'smtpd_tls_mandatory_exclude_ciphers = aNULL\n';
    const found = run('tls-exclude-anonymous-ciphers', { main });
    expectFindings(found, [at('main', main, 'smtpd_tls_mandatory_exclude_ciphers = aNULL', 'hint', /harmless but normally pointless/)]);
    assert.deepEqual(found[0].tags, ['unnecessary']);
    assert.deepEqual(run('tls-exclude-anonymous-ciphers', { main: 'smtpd_tls_exclude_ciphers = MD5, DES\n' }), []);
  });
});
