/** TLS014 tls-exclude-fs-ciphers: a cipher exclusion list that removes forward-secrecy key exchange (EECDH/ECDHE or EDH/DHE). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

describe('TLS014 tls-exclude-fs-ciphers', () => {
  test('kEDH and EECDH excluded; the fix removes just those words', () => {
    const main = 'smtpd_tls_exclude_ciphers = aNULL, kEDH, MD5, EECDH\n';
    const found = run('tls-exclude-fs-ciphers', { main });
    expectFindings(found, [at('main', main, main.trimEnd(), 'warning', /excludes 'kEDH', 'EECDH': forward-secret key exchange/)]);
    assert.equal(applyFix({ main }, found[0]).main, 'smtpd_tls_exclude_ciphers = aNULL, MD5\n');
    const master = 'relay unix - - n - - smtp\n  -o smtp_tls_mandatory_exclude_ciphers=kDHE\n';
    const o = run('tls-exclude-fs-ciphers', { master });
    expectFindings(o, [at('master', master, '-o smtp_tls_mandatory_exclude_ciphers=kDHE', 'warning')]);
    assert.equal(applyFix({ master }, o[0]).master, 'relay unix - - n - - smtp\n  -o smtp_tls_mandatory_exclude_ciphers=\n');
  });

  test('quiet for other exclusions and for +-joined elements', () => {
    assert.deepEqual(run('tls-exclude-fs-ciphers', { main: 'smtpd_tls_exclude_ciphers = aNULL, MD5, DES, EDH+aRSA\n' }), []);
  });
});
