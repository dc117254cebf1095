/** TLS027 tls-dh-group-internet-nl: public MX (hostRole internet-mx) on 3.1-3.6 with Postfix's built-in DH prime, which internet.nl rates insufficient (Postfix disagrees). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { at, expectFindings, run } from './helpers';

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
