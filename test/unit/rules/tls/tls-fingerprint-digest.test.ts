/** TLS075 tls-fingerprint-digest: certificate fingerprints with MD5 or SHA-1 (explicitly, or by the default below compatibility_level 3.6 while fingerprints are used). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { at, expectFindings, run } from './helpers';

describe('TLS075 tls-fingerprint-digest', () => {
  test('explicit md5; the md5 default while check_ccert_access is used; the fingerprint level', () => {
    const main = 'smtp_tls_fingerprint_digest = md5\n';
    expectFindings(run('tls-fingerprint-digest', { main }), [at('main', main, 'smtp_tls_fingerprint_digest = md5', 'info', /MD5 and SHA-1 fingerprints are deprecated/)]);
    const used = 'smtpd_client_restrictions = check_ccert_access hash:/etc/postfix/ccerts, reject\n';
    expectFindings(run('tls-fingerprint-digest', { main: used }), [at('main', used, used.trimEnd(), 'info', /smtpd_tls_fingerprint_digest defaults to md5/)]);
    const level = 'smtp_tls_security_level = fingerprint\n';
    expectFindings(run('tls-fingerprint-digest', { main: level, version: '3.5' }), [at('main', level, level.trimEnd(), 'info', /The fingerprint level/)]);
  });

  test('quiet at compatibility_level 3.6, with sha256, without fingerprints', () => {
    const used = 'smtpd_client_restrictions = check_ccert_access hash:/etc/postfix/ccerts, reject\n';
    assert.deepEqual(run('tls-fingerprint-digest', { main: 'compatibility_level = 3.6\n' + used }), []);
    assert.deepEqual(run('tls-fingerprint-digest', { main: 'smtpd_tls_fingerprint_digest = sha256\n' + used }), []);
    assert.deepEqual(run('tls-fingerprint-digest', { main: 'smtpd_tls_security_level = may\n' }), []);
  });
});
