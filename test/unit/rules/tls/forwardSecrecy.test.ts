/**
 * TLS020/TLS021 tls-eecdh-grade, TLS023 tls-dh-params-old-release, TLS025 tls-dh-params-custom,
 * TLS027 tls-dh-group-internet-nl, TLS028 tls-curves-narrow, TLS029 tls-curves-no-pq, TLS030
 * tls-ffdhe-groups, TLS031 tls-preempt-cipherlist.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

describe('TLS020/TLS021 tls-eecdh-grade', () => {
  test('TLS020: none on 2.7 sets strong; on 3.4 deletes', () => {
    const main = 'smtpd_tls_security_level = may\nsmtpd_tls_eecdh_grade = none\n';
    const old = run('tls-eecdh-grade', { main, version: '2.7' });
    expectFindings(old, [at('main', main, 'smtpd_tls_eecdh_grade = none', 'warning', /turns ECDHE off.*Set 'strong'/)]);
    assert.equal(applyFix({ main }, old[0]).main, 'smtpd_tls_security_level = may\nsmtpd_tls_eecdh_grade = strong\n');
    const mid = run('tls-eecdh-grade', { main, version: '3.4' });
    expectFindings(mid, [at('main', main, 'smtpd_tls_eecdh_grade = none', 'warning', /Delete the line \(the default is 'auto'\)/)]);
    assert.equal(applyFix({ main }, mid[0]).main, 'smtpd_tls_security_level = may\n');
  });

  test('TLS021: ultra on 3.3 pins a curve; any value from 3.6 is ignored (3.9: deprecated too)', () => {
    const main = 'smtpd_tls_eecdh_grade = ultra\n';
    expectFindings(run('tls-eecdh-grade', { main, version: '3.3' }), [at('main', main, 'smtpd_tls_eecdh_grade = ultra', 'warning', /pins a single curve/)]);
    const ignored = run('tls-eecdh-grade', { main, version: '3.6' });
    expectFindings(ignored, [at('main', main, 'smtpd_tls_eecdh_grade = ultra', 'info', /is ignored since Postfix 3\.6.*Delete the line\.$/)]);
    assert.deepEqual(ignored[0].tags, ['unnecessary']);
    const warned = run('tls-eecdh-grade', { main });
    assert.match(warned[0].message, /postconf 3\.9 and later warn about it/);
    assert.deepEqual(warned[0].tags, ['unnecessary', 'deprecated']);
    assert.equal(applyFix({ main }, warned[0]).main, '');
    assert.equal(warned[0].fixes![0].safe, true);
    const master = 'smtp inet n - n - - smtpd\n  -o smtpd_tls_eecdh_grade=strong\n';
    const o = run('tls-eecdh-grade', { master });
    expectFindings(o, [at('master', master, '-o smtpd_tls_eecdh_grade=strong', 'info')]);
    assert.equal(applyFix({ master }, o[0]).master, 'smtp inet n - n - - smtpd\n');
  });

  test('quiet: strong on 2.8-3.1, auto on 3.2-3.5, unset', () => {
    assert.deepEqual(run('tls-eecdh-grade', { main: 'smtpd_tls_eecdh_grade = strong\n', version: '3.1' }), []);
    assert.deepEqual(run('tls-eecdh-grade', { main: 'smtpd_tls_eecdh_grade = auto\n', version: '3.5' }), []);
    assert.deepEqual(run('tls-eecdh-grade', { main: 'smtpd_tls_security_level = may\n' }), []);
  });
});

describe('TLS023 tls-dh-params-old-release', () => {
  test('2.11.5 with TLS and no DH file: at the level line; 2.8 with master.cf: at the entry', () => {
    const main = 'smtpd_tls_security_level = may\n';
    expectFindings(run('tls-dh-params-old-release', { main, version: '2.11.5' }), [
      at('main', main, 'smtpd_tls_security_level = may', 'warning', /built-in DH prime, which has only 1024 bits before the July 2015 patch releases.*openssl dhparam/),
    ]);
    const master = 'smtp inet n - n - - smtpd\n';
    expectFindings(run('tls-dh-params-old-release', { main, master, version: '2.8' }), [at('master', master, 'smtp inet n - n - - smtpd', 'warning')]);
  });

  test('quiet: patched releases, a DH file, TLS off', () => {
    assert.deepEqual(run('tls-dh-params-old-release', { main: 'smtpd_tls_security_level = may\n', version: '2.11.6' }), []);
    assert.deepEqual(run('tls-dh-params-old-release', { main: 'smtpd_tls_security_level = may\n', version: '2.11' }), [], '2.11 means its newest patch');
    assert.deepEqual(run('tls-dh-params-old-release', { main: 'smtpd_tls_security_level = may\nsmtpd_tls_dh1024_param_file = /etc/postfix/dh2048.pem\n', version: '2.10.1' }), []);
    assert.deepEqual(run('tls-dh-params-old-release', { main: 'smtpd_tls_security_level = none\n', version: '2.10.1' }), []);
  });
});

describe('TLS025 tls-dh-params-custom', () => {
  test('3.7: info; 3.11: warning tagged deprecated; -o too', () => {
    const main = 'smtpd_tls_dh1024_param_file = ${config_directory}/dh2048.pem\n';
    const info = run('tls-dh-params-custom', { main, version: '3.7' });
    expectFindings(info, [at('main', main, main.trimEnd(), 'info', /With Postfix 3\.7 and 3\.8 built with OpenSSL 3\.0 or later, custom parameters are no longer recommended.*internet\.nl/)]);
    const warn = run('tls-dh-params-custom', { main });
    expectFindings(warn, [at('main', main, main.trimEnd(), 'warning', /From Postfix 3\.9 postconf warns/)]);
    assert.deepEqual(warn[0].tags, ['deprecated']);
    assert.equal(applyFix({ main }, warn[0]).main, '');
    const master = 'submission inet n - n - - smtpd\n  -o smtpd_tls_dh1024_param_file=/etc/postfix/dh.pem\n  -o smtpd_tls_security_level=encrypt\n';
    const o = run('tls-dh-params-custom', { master });
    expectFindings(o, [at('master', master, '-o smtpd_tls_dh1024_param_file=/etc/postfix/dh.pem', 'warning')]);
    assert.equal(applyFix({ master }, o[0]).master, 'submission inet n - n - - smtpd\n  -o smtpd_tls_security_level=encrypt\n');
  });

  test('quiet before 3.7, and for empty or auto', () => {
    assert.deepEqual(run('tls-dh-params-custom', { main: 'smtpd_tls_dh1024_param_file = /etc/postfix/dh2048.pem\n', version: '3.6' }), []);
    assert.deepEqual(run('tls-dh-params-custom', { main: 'smtpd_tls_dh1024_param_file = auto\n' }), []);
    assert.deepEqual(run('tls-dh-params-custom', { main: 'smtpd_tls_dh1024_param_file =\n' }), []);
  });
});

describe('TLS027 tls-dh-group-internet-nl', () => {
  test('public MX on 3.5 with the built-in prime: hint naming the conflict', () => {
    const main = 'smtpd_tls_security_level = may\n';
    expectFindings(run('tls-dh-group-internet-nl', { main, version: '3.5', hostRole: 'internet-mx' }), [
      at('main', main, 'smtpd_tls_security_level = may', 'hint', /internet\.nl \(following NCSC-NL\) rates.*Postfix considers its prime adequate/),
    ]);
  });

  test('quiet: role unknown, 3.7+, a DH file, submission only', () => {
    const main = 'smtpd_tls_security_level = may\n';
    assert.deepEqual(run('tls-dh-group-internet-nl', { main, version: '3.5' }), []);
    assert.deepEqual(run('tls-dh-group-internet-nl', { main, version: '3.7', hostRole: 'internet-mx' }), []);
    assert.deepEqual(run('tls-dh-group-internet-nl', { main: main + 'smtpd_tls_dh1024_param_file = /etc/postfix/ffdhe3072.pem\n', version: '3.5', hostRole: 'internet-mx' }), []);
    assert.deepEqual(run('tls-dh-group-internet-nl', { main, master: 'submission inet n - n - - smtpd\n', version: '3.5', hostRole: 'internet-mx' }), []);
  });
});

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
