/** TLS062 tls-dane-without-dnssec: dANE (level dane/dane-only) without DNSSEC-validated lookups (smtp_dns_support_level = dnssec) or without DNS host lookups. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run, span } from './helpers';

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
