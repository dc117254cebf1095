/** TLS023 tls-dh-params-old-release: a release before the July 2015 patches serves its built-in 1024-bit DH prime: smtpd_tls_dh1024_param_file is empty. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { at, expectFindings, run } from './helpers';

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
