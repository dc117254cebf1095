/**
 * SMTP client: TLS060 tls-client-off, TLS061 tls-client-mandatory-global, TLS062
 * tls-dane-without-dnssec, TLS063 tls-client-wrappermode-level, TLS064 tls-client-session-cache,
 * TLS066 tls-mta-sts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run, span } from './helpers';

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

describe('TLS061 tls-client-mandatory-global', () => {
  test('encrypt for all of the Internet: warning with a fix to may', () => {
    const main = 'smtp_tls_security_level = encrypt\n';
    const found = run('tls-client-mandatory-global', { main });
    expectFindings(found, [at('main', main, 'smtp_tls_security_level = encrypt', 'warning', /applies to every destination on the Internet/)]);
    assert.equal(applyFix({ main }, found[0]).main, 'smtp_tls_security_level = may\n');
  });

  test('quiet with a relayhost, a custom default transport, or may/dane', () => {
    assert.deepEqual(run('tls-client-mandatory-global', { main: 'smtp_tls_security_level = verify\nrelayhost = [smtp.example.net]:587\n' }), []);
    assert.deepEqual(run('tls-client-mandatory-global', { main: 'smtp_tls_security_level = encrypt\ndefault_transport = error\n' }), []);
    assert.deepEqual(run('tls-client-mandatory-global', { main: 'smtp_tls_security_level = dane\n' }), []);
  });
});

describe('TLS062 tls-dane-without-dnssec', () => {
  test('dane without dnssec: error, related DNS setting, fix edits it', () => {
    const main = 'smtp_tls_security_level = dane\nsmtp_dns_support_level = enabled\n';
    const found = run('tls-dane-without-dnssec', { main });
    expectFindings(found, [at('main', main, 'smtp_tls_security_level = dane', 'error', /needs DNSSEC-validated DNS lookups, but smtp_dns_support_level = enabled: DANE is silently off/)]);
    assert.deepEqual(found[0].related, [{ file: 'main', ...span(main, 'smtp_dns_support_level = enabled'), message: 'DNS lookups are set here' }]);
    assert.equal(applyFix({ main }, found[0]).main, 'smtp_tls_security_level = dane\nsmtp_dns_support_level = dnssec\n');
  });

  test('dane-only on a transport: a -o is added there; host lookups without dns', () => {
    const master = 'smtp unix - - n - - smtp\ndane unix - - n - - smtp\n  -o smtp_tls_security_level=dane-only\n';
    const found = run('tls-dane-without-dnssec', { main: '', master });
    expectFindings(found, [at('master', master, '-o smtp_tls_security_level=dane-only', 'error', /every delivery is deferred/)]);
    assert.equal(applyFix({ main: '', master }, found[0]).master, master + '  -o smtp_dns_support_level=dnssec\n');
    assert.deepEqual(run('tls-dane-without-dnssec', { master }), [], 'master.cf alone: main.cf may set dnssec');
    const main = 'smtp_tls_security_level = dane\nsmtp_dns_support_level = dnssec\nsmtp_host_lookup = native\n';
    expectFindings(run('tls-dane-without-dnssec', { main }), [at('main', main, 'smtp_tls_security_level = dane', 'error', /smtp_host_lookup = native leaves DNS out/)]);
  });

  test('quiet with dnssec, or without DANE', () => {
    assert.deepEqual(run('tls-dane-without-dnssec', { main: 'smtp_tls_security_level = dane\nsmtp_dns_support_level = dnssec\n' }), []);
    assert.deepEqual(run('tls-dane-without-dnssec', { main: 'smtp_tls_security_level = may\n' }), []);
  });
});

describe('TLS063 tls-client-wrappermode-level', () => {
  test('wrapper mode on a relay transport at may: a -o encrypt is added', () => {
    const master = 'smtp unix - - n - - smtp\nrelay465 unix - - n - - smtp\n  -o smtp_tls_wrappermode=yes\n';
    const main = 'smtp_tls_security_level = may\n';
    const found = run('tls-client-wrappermode-level', { main, master });
    expectFindings(found, [at('master', master, '-o smtp_tls_wrappermode=yes', 'warning', /needs smtp_tls_security_level = encrypt or stronger, but the level is may/)]);
    assert.equal(applyFix({ main, master }, found[0]).master, master + '  -o smtp_tls_security_level=encrypt\n');
  });

  test('quiet at encrypt and before 3.0', () => {
    assert.deepEqual(run('tls-client-wrappermode-level', { main: 'smtp_tls_wrappermode = yes\nsmtp_tls_security_level = encrypt\n' }), []);
    assert.deepEqual(run('tls-client-wrappermode-level', { main: 'smtp_tls_wrappermode = yes\n', version: '2.11' }), []);
  });
});

describe('TLS064 tls-client-session-cache', () => {
  test('outbound TLS without a cache: info at the level line, fix appends the cache', () => {
    const main = 'smtp_tls_security_level = may\n';
    const found = run('tls-client-session-cache', { main });
    expectFindings(found, [at('main', main, 'smtp_tls_security_level = may', 'info', /smtp_tls_session_cache_database is empty/)]);
    assert.equal(applyFix({ main }, found[0]).main, main + 'smtp_tls_session_cache_database = btree:${data_directory}/smtp_scache\n');
  });

  test('quiet with a cache or without outbound TLS', () => {
    assert.deepEqual(run('tls-client-session-cache', { main: 'smtp_tls_security_level = may\nsmtp_tls_session_cache_database = btree:${data_directory}/smtp_scache\n' }), []);
    assert.deepEqual(run('tls-client-session-cache', { main: 'smtp_tls_security_level = none\n' }), []);
  });
});

describe('TLS066 tls-mta-sts', () => {
  test('STS MX patterns without an STS plugin: hint; with a socketmap policy table: quiet', () => {
    const main = 'smtp_tls_enforce_sts_mx_patterns = yes\n';
    expectFindings(run('tls-mta-sts', { main }), [at('main', main, 'smtp_tls_enforce_sts_mx_patterns = yes', 'hint', /Postfix has no built-in MTA-STS/)]);
    assert.deepEqual(run('tls-mta-sts', { main: main + 'smtp_tls_policy_maps = socketmap:inet:127.0.0.1:8461:postfix\n' }), []);
    assert.deepEqual(run('tls-mta-sts', { main: 'smtp_tls_security_level = may\n' }), []);
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

  test('master.cf alone: the level may come from main.cf', () => {
    assert.deepEqual(run('tls-client-off', { master: TRANSPORTS, version: '3.10' }), []);
  });
});
