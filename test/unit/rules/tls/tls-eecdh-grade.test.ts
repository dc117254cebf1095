/** TLS020, TLS021 tls-eecdh-grade: smtpd_tls_eecdh_grade: `none` turns ECDHE off (2.6-3.5), `strong`/`ultra` pin one curve (3.2-3.5), and any value is ignored from 3.6. */
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
