/**
 * Protocol floors judged per service: TLS002 tls-mandatory-protocols-weak, TLS003
 * tls-client-mandatory-protocols-weak, TLS004 tls-opportunistic-protocols-floor, TLS005
 * tls-mandatory-only-hardened.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run, span } from './helpers';

const SUBMISSION = 'submission inet n - n - - smtpd\n  -o syslog_name=postfix/submission\n  -o smtpd_tls_security_level=encrypt\n';
const SUBMISSIONS = 'submissions inet n - n - - smtpd\n\t-o smtpd_tls_wrappermode=yes\n';

describe('TLS002 tls-mandatory-protocols-weak', () => {
  test('submission at encrypt with the default floor: at the entry, fix inserts a -o line, safe', () => {
    const master = SUBMISSION;
    const found = run('tls-mandatory-protocols-weak', { main: '', master });
    expectFindings(found, [at('master', master, 'submission inet n - n - - smtpd', 'warning', /^The submission service requires TLS \(smtpd_tls_security_level = encrypt\), but smtpd_tls_mandatory_protocols \(the default '>=TLSv1'\) still accepts TLSv1 and TLSv1\.1\..*RFC 8997.*Set '>=TLSv1\.2'\.$/)]);
    assert.deepEqual(found[0].related?.map((r) => [r.file, master.slice(r.start, r.end)]), [['master', '-o smtpd_tls_security_level=encrypt']]);
    const fixed = applyFix({ main: '', master }, found[0]);
    assert.equal(fixed.master, SUBMISSION + '  -o smtpd_tls_mandatory_protocols=>=TLSv1.2\n');
    assert.equal(fixed.safe, true);
  });

  test('submissions in wrapper mode, CRLF and tab indentation kept; 3.5 gets the exclusion list', () => {
    const master = SUBMISSIONS.replace(/\n/g, '\r\n');
    const found = run('tls-mandatory-protocols-weak', { main: '', master, version: '3.5' });
    expectFindings(found, [at('master', master, 'submissions inet n - n - - smtpd', 'warning', /requires TLS \(smtpd_tls_wrappermode = yes\).*'!SSLv2, !SSLv3'\) still accepts TLSv1 and TLSv1\.1/)]);
    assert.equal(applyFix({ main: '', master }, found[0]).master, master + '\t-o smtpd_tls_mandatory_protocols=!SSLv2,!SSLv3,!TLSv1,!TLSv1.1\r\n');
  });

  test('a main.cf floor shared by two services is reported once, at the main.cf line, with an unsafe fix', () => {
    const main = 'smtpd_tls_mandatory_protocols = !SSLv2, !SSLv3\n';
    const master = SUBMISSION + SUBMISSIONS;
    const found = run('tls-mandatory-protocols-weak', { main, master });
    expectFindings(found, [at('main', main, 'smtpd_tls_mandatory_protocols = !SSLv2, !SSLv3', 'warning', /= !SSLv2, !SSLv3 still accepts/)]);
    assert.equal(applyFix({ main, master }, found[0]).main, 'smtpd_tls_mandatory_protocols = >=TLSv1.2\n');
    assert.equal(found[0].fixes![0].safe, false);
  });

  test('an override that shadows main.cf points at it', () => {
    const main = 'smtpd_tls_mandatory_protocols = >=TLSv1.2\n';
    const master = SUBMISSION + '  -o smtpd_tls_mandatory_protocols=>=TLSv1\n';
    const found = run('tls-mandatory-protocols-weak', { main, master });
    expectFindings(found, [at('master', master, '-o smtpd_tls_mandatory_protocols=>=TLSv1', 'warning')]);
    assert.deepEqual(found[0].related, [{ file: 'main', ...span(main, 'smtpd_tls_mandatory_protocols = >=TLSv1.2'), message: 'main.cf sets smtpd_tls_mandatory_protocols = >=TLSv1.2; the submission service overrides it' }]);
    assert.equal(applyFix({ main, master }, found[0]).master, SUBMISSION + '  -o smtpd_tls_mandatory_protocols=>=TLSv1.2\n');
  });

  test('main.cf alone at encrypt: an other-port service inherits it; port 25 is tls-mx-requires-tls\'s', () => {
    const main = 'smtpd_tls_security_level = encrypt\n';
    assert.deepEqual(run('tls-mandatory-protocols-weak', { main }), [], 'main.cf alone is judged as port 25');
    const master = 'smtp inet n - n - - smtpd\n  -o smtpd_tls_security_level=may\n2525 inet n - n - - smtpd\n';
    const found = run('tls-mandatory-protocols-weak', { main, master });
    expectFindings(found, [at('master', master, '2525 inet n - n - - smtpd', 'warning', /^The 2525 service requires TLS/)]);
    assert.deepEqual(found[0].related, [{ file: 'main', ...span(main, 'smtpd_tls_security_level = encrypt'), message: 'TLS is required here' }]);
    assert.equal(applyFix({ main, master }, found[0]).master, master + '  -o smtpd_tls_mandatory_protocols=>=TLSv1.2\n');
    assert.equal(found[0].fixes![0].safe, false, 'not a submission service');
  });

  test('master.cf alone: main.cf may set the floor, so nothing is said', () => {
    assert.deepEqual(run('tls-mandatory-protocols-weak', { master: SUBMISSION }), []);
  });

  test('quiet: raised floors, opportunistic services', () => {
    assert.deepEqual(run('tls-mandatory-protocols-weak', { master: SUBMISSION + '  -o smtpd_tls_mandatory_protocols=>=TLSv1.2\n' }), []);
    assert.deepEqual(run('tls-mandatory-protocols-weak', { main: 'smtpd_tls_security_level = may\n', master: 'smtp inet n - n - - smtpd\n' }), []);
  });
});

describe('TLS003 tls-client-mandatory-protocols-weak', () => {
  test('main.cf encrypt with the default floor: once, at the smtp transport entry', () => {
    const main = 'smtp_tls_security_level = encrypt\nrelayhost = [mail.example.net]:587\n';
    const master = 'smtp unix - - n - - smtp\nrelay unix - - n - - smtp\n';
    const found = run('tls-client-mandatory-protocols-weak', { main, master });
    expectFindings(found, [at('master', master, 'smtp unix - - n - - smtp', 'info', /^The SMTP client requires TLS \(security level encrypt\), but smtp_tls_mandatory_protocols \(the default '>=TLSv1'\) still accepts TLSv1 and TLSv1\.1/)]);
    assert.equal(applyFix({ main, master }, found[0]).main, main + 'smtp_tls_mandatory_protocols = >=TLSv1.2\n');
  });

  test('a transport override at verify, without master.cf main.cf alone', () => {
    const master = 'smtp unix - - n - - smtp\nsecure unix - - n - - smtp\n  -o smtp_tls_security_level=verify\n';
    const found = run('tls-client-mandatory-protocols-weak', { main: '', master });
    expectFindings(found, [at('master', master, 'secure unix - - n - - smtp', 'info', /^The secure transport requires TLS \(security level verify\)/)]);
    assert.equal(applyFix({ main: '', master }, found[0]).master, master + '  -o smtp_tls_mandatory_protocols=>=TLSv1.2\n');
    const main = 'smtp_tls_security_level = secure\nsmtp_tls_mandatory_protocols = !SSLv2, !SSLv3\n';
    expectFindings(run('tls-client-mandatory-protocols-weak', { main }), [at('main', main, 'smtp_tls_mandatory_protocols = !SSLv2, !SSLv3', 'info')]);
  });

  test('quiet for dane (Postfix advises keeping TLS 1.0 for DANE peers), may, and raised floors', () => {
    assert.deepEqual(run('tls-client-mandatory-protocols-weak', { main: 'smtp_tls_security_level = dane\nsmtp_dns_support_level = dnssec\n' }), []);
    assert.deepEqual(run('tls-client-mandatory-protocols-weak', { main: 'smtp_tls_security_level = may\n' }), []);
    assert.deepEqual(run('tls-client-mandatory-protocols-weak', { main: 'smtp_tls_security_level = encrypt\nsmtp_tls_mandatory_protocols = >=TLSv1.2\n' }), []);
  });
});

describe('TLS004 tls-opportunistic-protocols-floor', () => {
  test('port 25 at may and the client at may: hints with the trade-off, fixes not safe', () => {
    const main = 'smtpd_tls_security_level = may\nsmtp_tls_security_level = may\n';
    const found = run('tls-opportunistic-protocols-floor', { main });
    expectFindings(found, [
      at('main', main, 'smtpd_tls_security_level = may', 'hint', /^smtpd_tls_protocols \(the default '>=TLSv1'\) accepts TLSv1 and TLSv1\.1 for STARTTLS on port 25\. Postfix advises leaving opportunistic TLS alone.*NCSC-NL/),
      at('main', main, 'smtp_tls_security_level = may', 'hint', /^smtp_tls_protocols .* for outgoing opportunistic TLS/),
    ]);
    assert.equal(applyFix({ main }, found[0]).main, main + 'smtpd_tls_protocols = >=TLSv1.2\n');
    assert.equal(found[0].fixes![0].safe, false);
    assert.equal(found[0].fixes![0].preferred, undefined);
  });

  test('with master.cf: at the smtp inet entry; compatibility_level 3.11 line for the client default', () => {
    const main = 'compatibility_level = 3.11\nsmtpd_tls_security_level = may\n';
    const master = 'smtp inet n - n - - smtpd\n';
    const found = run('tls-opportunistic-protocols-floor', { main, master });
    expectFindings(found, [
      at('main', main, 'compatibility_level = 3.11', 'hint', /^smtp_tls_protocols/),
      at('master', master, 'smtp inet n - n - - smtpd', 'hint', /^smtpd_tls_protocols/),
    ]);
  });

  test('quiet: raised floors, TLS off, submission', () => {
    assert.deepEqual(run('tls-opportunistic-protocols-floor', { main: 'smtpd_tls_security_level = may\nsmtpd_tls_protocols = >=TLSv1.2\n' }), []);
    assert.deepEqual(run('tls-opportunistic-protocols-floor', { main: 'compatibility_level = 3.6\n' }), []);
    assert.deepEqual(run('tls-opportunistic-protocols-floor', { main: 'smtpd_tls_security_level = may\n', master: 'submission inet n - n - - smtpd\n' }), []);
  });
});

describe('TLS005 tls-mandatory-only-hardened', () => {
  test('main.cf hardens only the mandatory lists on a port-25-only server', () => {
    const main = 'smtpd_tls_security_level = may\nsmtpd_tls_mandatory_protocols = >=TLSv1.2\nsmtpd_tls_mandatory_ciphers = high\n';
    const found = run('tls-mandatory-only-hardened', { main, master: 'smtp inet n - n - - smtpd\n' });
    expectFindings(found, [
      at('main', main, 'smtpd_tls_mandatory_protocols = >=TLSv1.2', 'warning', /only applies when TLS is mandatory, but every SMTP server that reads it runs opportunistic TLS \(security level may\), so this setting changes nothing and smtpd_tls_protocols is still at its default/),
      at('main', main, 'smtpd_tls_mandatory_ciphers = high', 'warning', /smtpd_tls_ciphers is still at its default/),
    ]);
    assert.equal(applyFix({ main }, found[0]).main, main + 'smtpd_tls_protocols = >=TLSv1.2\n');
    assert.deepEqual(run('tls-mandatory-only-hardened', { main }), [], 'main.cf alone: master.cf may have a submission service that reads it');
  });

  test('a -o on a service at may; the client side', () => {
    const master = 'smtp inet n - n - - smtpd\n  -o smtpd_tls_security_level=may\n  -o smtpd_tls_mandatory_protocols=>=TLSv1.2\n';
    const found = run('tls-mandatory-only-hardened', { main: '', master });
    expectFindings(found, [at('master', master, '-o smtpd_tls_mandatory_protocols=>=TLSv1.2', 'warning', /the smtp service runs opportunistic TLS/)]);
    assert.equal(applyFix({ main: '', master }, found[0]).master, master + '  -o smtpd_tls_protocols=>=TLSv1.2\n');
    const main = 'smtp_tls_security_level = may\nsmtp_tls_mandatory_protocols = >=TLSv1.2\n';
    expectFindings(run('tls-mandatory-only-hardened', { main, master: 'smtp unix - - n - - smtp\n' }), [at('main', main, 'smtp_tls_mandatory_protocols = >=TLSv1.2', 'warning', /the SMTP client runs opportunistic TLS/)]);
  });

  test('quiet when a service requires TLS, the counterpart is set, or a policy table exists', () => {
    const main = 'smtpd_tls_security_level = may\nsmtpd_tls_mandatory_protocols = >=TLSv1.2\n';
    assert.deepEqual(run('tls-mandatory-only-hardened', { main, master: 'smtp inet n - n - - smtpd\n' + SUBMISSION }), [], 'submission at encrypt reads it');
    assert.deepEqual(run('tls-mandatory-only-hardened', { main: main + 'smtpd_tls_protocols = >=TLSv1.2\n' }), []);
    assert.deepEqual(run('tls-mandatory-only-hardened', { main: 'smtp_tls_security_level = may\nsmtp_tls_mandatory_ciphers = high\nsmtp_tls_policy_maps = hash:/etc/postfix/tls_policy\n' }), []);
    assert.deepEqual(run('tls-mandatory-only-hardened', { main: 'smtpd_tls_mandatory_protocols = >=TLSv1.2\n' }), [], 'no TLS at all is another problem');
  });
});
