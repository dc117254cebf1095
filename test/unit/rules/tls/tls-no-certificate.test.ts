/** TLS047 tls-no-certificate: tLS is turned on for a server that has no certificate (no chain file, cert file, EC or DSA cert file). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { at, expectFindings, run } from './helpers';

describe('TLS047 tls-no-certificate', () => {
  test('TLS on with no certificate: at the level line; wrapper mode on a 465 -o', () => {
    const main = 'smtpd_tls_security_level = may\n';
    expectFindings(run('tls-no-certificate', { main }), [at('main', main, 'smtpd_tls_security_level = may', 'error', /offers TLS \(smtpd_tls_security_level = may\) but has no certificate.*"No server certs available".*Set smtpd_tls_chain_files/)]);
    const master = 'smtps inet n - y - - smtpd\n  -o smtpd_tls_wrappermode=yes\n';
    expectFindings(run('tls-no-certificate', { main: '', master }), [at('master', master, '-o smtpd_tls_wrappermode=yes', 'error', /in wrapper mode no client can connect/)]);
    assert.match(run('tls-no-certificate', { main, version: '3.3' })[0].message, /Set smtpd_tls_cert_file and smtpd_tls_key_file\.$/);
  });

  test('quiet: a chain file, a cert file, TLS off, cert file none (another rule)', () => {
    assert.deepEqual(run('tls-no-certificate', { main: 'smtpd_tls_security_level = may\nsmtpd_tls_chain_files = /etc/postfix/chain.pem\n' }), []);
    assert.deepEqual(run('tls-no-certificate', { main: 'smtpd_tls_security_level = may\nsmtpd_tls_cert_file = /etc/ssl/mail.pem\n' }), []);
    assert.deepEqual(run('tls-no-certificate', { main: 'smtpd_tls_cert_file =\n' }), []);
    assert.deepEqual(run('tls-no-certificate', { main: 'smtpd_tls_security_level = may\nsmtpd_tls_cert_file = none\n' }), []);
    assert.deepEqual(run('tls-no-certificate', { main: 'smtpd_tls_security_level = may\nsmtpd_tls_chain_files = /x.pem\n', version: '3.3' }).length, 1, 'chain files need 3.4');
    assert.deepEqual(run('tls-no-certificate', { master: 'smtps inet n - y - - smtpd\n  -o smtpd_tls_wrappermode=yes\n' }), [], 'master.cf alone: main.cf may name the certificate');
  });
});
