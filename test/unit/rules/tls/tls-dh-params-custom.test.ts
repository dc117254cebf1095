/** TLS025 tls-dh-params-custom: a custom DH parameter file on Postfix 3.7+ (OpenSSL 3 picks standard groups; postconf 3.9+ warns about it). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

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
