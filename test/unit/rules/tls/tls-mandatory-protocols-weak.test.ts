/** TLS002 tls-mandatory-protocols-weak: a service that requires TLS (submission, submissions) still accepts TLS 1.0 and 1.1 through smtpd_tls_mandatory_protocols. */
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

  test('an empty list is shown as (empty), not as a blank', () => {
    const main = 'smtpd_tls_mandatory_protocols =\n';
    const found = run('tls-mandatory-protocols-weak', { main, master: SUBMISSION });
    expectFindings(found, [at('main', main, 'smtpd_tls_mandatory_protocols =', 'warning', /, but smtpd_tls_mandatory_protocols = \(empty\) still accepts TLSv1 and TLSv1\.1\. /)]);
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
    assert.deepEqual(run('tls-mandatory-protocols-weak', { main: '', master: SUBMISSION + '  -o smtpd_tls_mandatory_protocols=>=TLSv1.2\n' }), []);
    assert.deepEqual(run('tls-mandatory-protocols-weak', { main: 'smtpd_tls_security_level = may\n', master: 'smtp inet n - n - - smtpd\n' }), []);
  });
});
