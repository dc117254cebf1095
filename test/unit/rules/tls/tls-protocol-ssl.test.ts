/** TLS001 tls-protocol-ssl: a TLS protocol list that leaves SSLv2 or SSLv3 enabled (named, not excluded, `>=SSLv3`, or an empty value). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

describe('TLS001 tls-protocol-ssl', () => {
  test('the old default SSLv3, TLSv1 in main.cf, on 3.11: error with a fix to >=TLSv1', () => {
    const main = 'smtpd_tls_security_level = may\nsmtpd_tls_mandatory_protocols = SSLv3, TLSv1\n';
    const found = run('tls-protocol-ssl', { main });
    expectFindings(found, [at('main', main, 'smtpd_tls_mandatory_protocols = SSLv3, TLSv1', 'error', /leaves SSLv3 enabled\. SSL 2\.0 and 3\.0 are broken.*set '>=TLSv1'/)]);
    const fixed = applyFix({ main }, found[0]);
    assert.equal(fixed.main, 'smtpd_tls_security_level = may\nsmtpd_tls_mandatory_protocols = >=TLSv1\n');
    assert.equal(fixed.safe, false, 'main.cf reaches port 25');
  });

  test('!SSLv2 alone, on 3.5: the fix writes the exclusion list', () => {
    const main = 'smtp_tls_protocols = !SSLv2\n';
    const found = run('tls-protocol-ssl', { main, version: '3.5' });
    expectFindings(found, [at('main', main, 'smtp_tls_protocols = !SSLv2', 'error', /exclude them with '!SSLv2, !SSLv3'/)]);
    assert.equal(applyFix({ main }, found[0]).main, 'smtp_tls_protocols = !SSLv2, !SSLv3\n');
  });

  test('an explicitly empty value and >=SSLv3', () => {
    const main = 'smtpd_tls_protocols =\nlmtp_tls_protocols = >=SSLv3\n';
    expectFindings(run('tls-protocol-ssl', { main }), [
      at('main', main, 'smtpd_tls_protocols =', 'error', /is empty, which allows every protocol/),
      at('main', main, 'lmtp_tls_protocols = >=SSLv3', 'error', /leaves SSLv3 enabled/),
    ]);
    assert.equal(applyFix({ main }, run('tls-protocol-ssl', { main })[0]).main, 'smtpd_tls_protocols = >=TLSv1\nlmtp_tls_protocols = >=SSLv3\n');
  });

  test('a -o on the submission service: compact value, safe fix', () => {
    const master = 'submission inet n - n - - smtpd\n  -o smtpd_tls_security_level=encrypt\n  -o smtpd_tls_mandatory_protocols=!SSLv2\n';
    const found = run('tls-protocol-ssl', { master, version: '3.4' });
    expectFindings(found, [at('master', master, '-o smtpd_tls_mandatory_protocols=!SSLv2', 'error')]);
    const fixed = applyFix({ master }, found[0]);
    assert.equal(fixed.master, 'submission inet n - n - - smtpd\n  -o smtpd_tls_security_level=encrypt\n  -o smtpd_tls_mandatory_protocols=!SSLv2,!SSLv3\n');
    assert.equal(fixed.safe, true);
  });

  test('correct lists, defaults, overridden duplicates and -o on other daemons stay quiet', () => {
    const main = 'smtpd_tls_protocols = SSLv3\nsmtpd_tls_protocols = !SSLv2, !SSLv3\nsmtp_tls_mandatory_protocols = >=TLSv1.2\n';
    assert.deepEqual(run('tls-protocol-ssl', { main }), []);
    const master = 'smtp unix - - n - - smtp\n  -o smtpd_tls_protocols=SSLv3\n';
    assert.deepEqual(run('tls-protocol-ssl', { main: '', master }), [], 'an smtpd_ parameter on the smtp client has no effect there');
    assert.deepEqual(run('tls-protocol-ssl', { main: 'smtpd_tls_security_level = may\n', version: '3.0.1' }), []);
  });
});

describe('TLS001 and SSLv2', () => {
  test('!SSLv3 alone leaves only SSLv2: reported before 3.6, not from 3.6 (OpenSSL 1.1.1 has no SSLv2)', () => {
    const main = 'smtpd_tls_mandatory_protocols = !SSLv3\n';
    expectFindings(run('tls-protocol-ssl', { main, version: '3.5' }), [at('main', main, main.trimEnd(), 'error', /leaves SSLv2 enabled/)]);
    assert.deepEqual(run('tls-protocol-ssl', { main, version: '3.6' }), []);
  });
});

describe('values that refer to main.cf', () => {
  test('-o name=$main_cf_name is judged with main.cf, and not without it', () => {
    const master = 'smtps inet n - y - - smtpd\n  -o smtpd_tls_wrappermode=yes\n  -o smtpd_tls_mandatory_protocols=$smtps_protocols\n';
    assert.deepEqual(run('tls-protocol-ssl', { master }), [], 'master.cf alone: $smtps_protocols is unknown');
    const main = 'smtps_protocols = SSLv3, TLSv1\n';
    expectFindings(run('tls-protocol-ssl', { main, master }), [at('master', master, '-o smtpd_tls_mandatory_protocols=$smtps_protocols', 'error', /= SSLv3, TLSv1 leaves SSLv3 enabled/)]);
  });
});
