/** TLS006, TLS007 tls-protocol-syntax: a TLS protocol list Postfix rejects or misreads: `>=`/`<=` before 3.6, a blank after `>=`, hex or unknown names, or a hole that silently disables higher versions. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

describe('TLS006/TLS007 tls-protocol-syntax', () => {
  test('TLS006: a hole at TLSv1.1 loses TLSv1.2 and TLSv1.3', () => {
    const main = 'smtpd_tls_mandatory_protocols = !SSLv2, !SSLv3, !TLSv1.1\n';
    const found = run('tls-protocol-syntax', { main });
    expectFindings(found, [at('main', main, 'smtpd_tls_mandatory_protocols = !SSLv2, !SSLv3, !TLSv1.1', 'error', /turns TLSv1\.1 off but keeps a lower version on.*TLSv1\.2 and TLSv1\.3 are silently lost.*write '>=TLSv1\.2'/)]);
    assert.equal(applyFix({ main }, found[0]).main, 'smtpd_tls_mandatory_protocols = >=TLSv1.2\n');
    const old = run('tls-protocol-syntax', { main, version: '3.4' });
    assert.equal(applyFix({ main }, old[0]).main, 'smtpd_tls_mandatory_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1\n');
  });

  test('TLS007: >= on Postfix 3.5 is rejected; the fix writes an exclusion list', () => {
    const master = 'submission inet n - n - - smtpd\n  -o smtpd_tls_mandatory_protocols=>=TLSv1.2\n';
    const found = run('tls-protocol-syntax', { master, version: '3.5' });
    expectFindings(found, [at('master', master, '-o smtpd_tls_mandatory_protocols=>=TLSv1.2', 'error', /needs Postfix 3\.6 or later.*Postfix 3\.5 rejects the whole list/)]);
    assert.equal(applyFix({ master }, found[0]).master, 'submission inet n - n - - smtpd\n  -o smtpd_tls_mandatory_protocols=!SSLv2,!SSLv3,!TLSv1,!TLSv1.1\n');
  });

  test('TLS007: TLSv1.3 named on a release without it: the fix keeps the floor the list means, capped at TLSv1.2', () => {
    const main = 'smtp_tls_mandatory_protocols = TLSv1.2, TLSv1.3\n';
    const found = run('tls-protocol-syntax', { main, version: '2.11' });
    expectFindings(found, [at('main', main, 'smtp_tls_mandatory_protocols = TLSv1.2, TLSv1.3', 'error', /'TLSv1\.3' needs Postfix 3\.4 or later/)]);
    // Not '!SSLv2, !SSLv3', which would let TLSv1 and TLSv1.1 back in.
    assert.equal(applyFix({ main }, found[0]).main, 'smtp_tls_mandatory_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1\n');
    // TLSv1.3 alone: excluding TLSv1.2 too would leave that release no protocol at all.
    const only = 'smtp_tls_mandatory_protocols = TLSv1.3\n';
    assert.equal(applyFix({ main: only }, run('tls-protocol-syntax', { main: only, version: '2.11' })[0]).main, 'smtp_tls_mandatory_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1\n');
  });

  test('TLS007: a blank after >= and a hex exclusion', () => {
    const main = 'smtpd_tls_protocols = >= TLSv1.2\nsmtp_tls_protocols = !0x0301\n';
    const found = run('tls-protocol-syntax', { main });
    expectFindings(found, [
      at('main', main, 'smtpd_tls_protocols = >= TLSv1.2', 'error', /'>=' is followed by whitespace: Postfix reads it as "no bound" and 'TLSv1\.2' as a separate protocol/),
      at('main', main, 'smtp_tls_protocols = !0x0301', 'error', /hexadecimal versions are only allowed after/),
    ]);
    assert.equal(applyFix({ main }, found[0]).main, 'smtpd_tls_protocols = >=TLSv1.2\nsmtp_tls_protocols = !0x0301\n');
  });

  test('TLS007: an unknown name; long-form -o keeps its spaces', () => {
    const master = 'submission inet n - n - - smtpd\n  -o { smtpd_tls_mandatory_protocols = !SSLv2, !SSLv3, !TLSv1.0 }\n';
    const found = run('tls-protocol-syntax', { master });
    expectFindings(found, [at('master', master, '-o { smtpd_tls_mandatory_protocols = !SSLv2, !SSLv3, !TLSv1.0 }', 'error', /'TLSv1\.0' is not a protocol name Postfix knows/)]);
    assert.equal(applyFix({ master }, found[0]).master, 'submission inet n - n - - smtpd\n  -o { smtpd_tls_mandatory_protocols = >=TLSv1 }\n');
  });

  test('well-formed lists stay quiet', () => {
    const main = 'smtpd_tls_protocols = !SSLv2, !SSLv3\nsmtpd_tls_mandatory_protocols = >=TLSv1.2\nsmtp_tls_protocols = >=TLSv1 <=TLSv1.3\nlmtp_tls_protocols = !SSLv2,!SSLv3,!TLSv1,!TLSv1.1\n';
    assert.deepEqual(run('tls-protocol-syntax', { main }), []);
    assert.deepEqual(run('tls-protocol-syntax', { main: 'smtpd_tls_protocols = !SSLv2, !SSLv3, !TLSv1\n', version: '3.5' }), []);
  });
});
