/** TLS060 tls-client-off: the SMTP client never uses TLS (smtp_tls_security_level empty or none, the default before 3.11). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

const TRANSPORTS = 'smtp unix - - n - - smtp\nrelay unix - - n - - smtp\n';

describe('TLS060 tls-client-off', () => {
  test('default on 3.10 with master.cf: once, at the smtp transport; fix adds the level to main.cf', () => {
    const main = 'myhostname = mx.example.org\n';
    const found = run('tls-client-off', { main, master: TRANSPORTS, version: '3.10' });
    expectFindings(found, [at('master', TRANSPORTS, 'smtp unix - - n - - smtp', 'warning', /^The SMTP client sends mail without TLS \(smtp_tls_security_level is empty by default before Postfix 3\.11\)/)]);
    assert.equal(applyFix({ main, master: TRANSPORTS }, found[0]).main, main + 'smtp_tls_security_level = may\n');
  });

  test('3.11 below compatibility_level 3.11: at the compatibility_level line; explicit none edited', () => {
    const main = 'compatibility_level = 3.6\n';
    expectFindings(run('tls-client-off', { main, version: '3.11' }), [at('main', main, 'compatibility_level = 3.6', 'warning', /defaults to empty below compatibility_level 3\.11/)]);
    const none = 'smtp_tls_security_level = none\n';
    const found = run('tls-client-off', { main: none });
    expectFindings(found, [at('main', none, 'smtp_tls_security_level = none', 'warning')]);
    assert.equal(applyFix({ main: none }, found[0]).main, 'smtp_tls_security_level = may\n');
  });

  test('a -o none on the relay transport counts; on a content-filter transport it does not', () => {
    const master = TRANSPORTS + '  -o smtp_tls_security_level=none\namavis unix - - n - 2 smtp\n  -o smtp_tls_security_level=none\n';
    const main = 'smtp_tls_security_level = may\n';
    expectFindings(run('tls-client-off', { main, master }), [at('master', master, '-o smtp_tls_security_level=none', 'warning', /^The relay transport sends mail without TLS/)]);
  });

  test('quiet: may, 3.11 at compatibility_level 3.11, the legacy smtp_use_tls', () => {
    assert.deepEqual(run('tls-client-off', { main: 'smtp_tls_security_level = may\n' }), []);
    assert.deepEqual(run('tls-client-off', { main: 'compatibility_level = 3.11\n' }), []);
    assert.deepEqual(run('tls-client-off', { main: 'smtp_use_tls = yes\n', version: '3.5' }), []);
  });
});

describe('TLS060 where a main.cf default is reported', () => {
  test('at the SASL line of a relay client (passwords too), else at relayhost', () => {
    const main = 'relayhost = [smtp.example.net]:587\nsmtp_sasl_auth_enable = yes\n';
    expectFindings(run('tls-client-off', { main, version: '3.10' }), [at('main', main, 'smtp_sasl_auth_enable = yes', 'warning', /and SMTP AUTH passwords go to the relay in the clear/)]);
    const relay = 'relayhost = [smtp.example.net]\n';
    expectFindings(run('tls-client-off', { main: relay, version: '3.10' }), [at('main', relay, 'relayhost = [smtp.example.net]', 'warning')]);
    const bare = 'myhostname = a.example\n';
    expectFindings(run('tls-client-off', { main: bare, version: '3.10' }), [{ file: 'main', start: 0, end: 0, severity: 'warning' }]);
  });

  test('quiet when relayhost is this host (a local filter or relay): TLS to it protects nothing', () => {
    for (const relay of ['[127.0.0.1]:10026', 'localhost', '[::1]:10025']) {
      assert.deepEqual(run('tls-client-off', { main: `relayhost = ${relay}\n`, version: '3.10' }), [], relay);
    }
    // Another host on port 10026 is not this host.
    assert.equal(run('tls-client-off', { main: 'relayhost = [10.0.0.1]:10026\n', version: '3.10' }).length, 1);
  });

  test('an explicit smtp_use_tls = no with the level unset: at that line, once for all transports', () => {
    const main = 'myhostname = a.example.com\nsmtp_use_tls = no\n';
    const found = run('tls-client-off', { main, master: TRANSPORTS, version: '3.10' });
    expectFindings(found, [at('main', main, 'smtp_use_tls = no', 'warning', /^The SMTP client sends mail without TLS \(smtp_use_tls = no, and smtp_tls_security_level is not set\)/)]);
    assert.equal(applyFix({ main, master: TRANSPORTS }, found[0]).main, main + 'smtp_tls_security_level = may\n');
  });

  test('master.cf alone: the level may come from main.cf', () => {
    assert.deepEqual(run('tls-client-off', { master: TRANSPORTS, version: '3.10' }), []);
  });
});
