/**
 * Security level, ports and authentication: TLS040 tls-mx-requires-tls, TLS041
 * tls-wrappermode-main, TLS042 tls-submissions-no-wrappermode, TLS043 tls-submission-no-encrypt,
 * TLS044 tls-auth-before-starttls, TLS045 tls-auth-without-tls, TLS046 tls-sasl-anonymous.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run, span } from './helpers';

const SMTP = 'smtp inet n - y - - smtpd\n';
const SUBMISSION = 'submission inet n - y - - smtpd\n  -o smtpd_sasl_auth_enable=yes\n';

describe('TLS040 tls-mx-requires-tls', () => {
  test('main.cf encrypt inherited by port 25: warning; error for a public MX; fix keeps submission at encrypt', () => {
    const main = 'smtpd_tls_security_level = encrypt\n';
    const master = SMTP + SUBMISSION;
    const found = run('tls-mx-requires-tls', { main, master });
    expectFindings(found, [at('main', main, 'smtpd_tls_security_level = encrypt', 'warning', /^The smtp service \(port 25\) requires TLS \(smtpd_tls_security_level = encrypt\)\. A publicly reachable MX must not require STARTTLS \(RFC 3207\)/)]);
    assert.deepEqual(found[0].related, [{ file: 'master', ...span(master, 'smtp inet n - y - - smtpd'), message: 'the smtp service inherits this level' }]);
    const fixed = applyFix({ main, master }, found[0]);
    assert.equal(fixed.main, 'smtpd_tls_security_level = may\n');
    assert.equal(fixed.master, SMTP + SUBMISSION + '  -o smtpd_tls_security_level=encrypt\n');
    assert.equal(fixed.safe, false);
    assert.equal(run('tls-mx-requires-tls', { main, master, hostRole: 'internet-mx' })[0].severity, 'error');
    const relay = run('tls-mx-requires-tls', { main, master, hostRole: 'internal-relay' })[0];
    assert.equal(relay.severity, 'info');
    assert.match(relay.message, /this can be intended/);
  });

  test('an -o on the smtp entry, the legacy smtpd_enforce_tls, and wrapper mode on port 25', () => {
    const master = SMTP + '  -o smtpd_tls_security_level=encrypt\n';
    expectFindings(run('tls-mx-requires-tls', { master }), [at('master', master, '-o smtpd_tls_security_level=encrypt', 'warning')]);
    const main = 'smtpd_enforce_tls = yes\n';
    const legacy = run('tls-mx-requires-tls', { main });
    expectFindings(legacy, [at('main', main, 'smtpd_enforce_tls = yes', 'warning', /^The SMTP server \(main\.cf alone, judged as port 25\) requires TLS \(smtpd_enforce_tls = yes\)/)]);
    assert.equal(applyFix({ main }, legacy[0]).main, 'smtpd_enforce_tls = yes\nsmtpd_tls_security_level = may\n');
    const wrapped = SMTP + '  -o smtpd_tls_wrappermode=yes\n';
    const w = run('tls-mx-requires-tls', { master: wrapped });
    expectFindings(w, [at('master', wrapped, '-o smtpd_tls_wrappermode=yes', 'warning', /runs in wrapper mode/)]);
    assert.equal(applyFix({ master: wrapped }, w[0]).master, SMTP);
  });

  test('quiet: port 25 at may with submission at encrypt; postscreen entry itself', () => {
    const main = 'smtpd_tls_security_level = encrypt\n';
    assert.deepEqual(run('tls-mx-requires-tls', { main, master: SMTP + '  -o smtpd_tls_security_level=may\n' }), []);
    assert.deepEqual(run('tls-mx-requires-tls', { master: SUBMISSION + '  -o smtpd_tls_security_level=encrypt\n' }), []);
    assert.deepEqual(run('tls-mx-requires-tls', { master: 'smtp inet n - y - 1 postscreen\n  -o smtpd_tls_security_level=encrypt\nsmtpd pass - - y - - smtpd\n' }), [], 'postscreen/tlsproxy are not judged');
  });
});

describe('TLS041 tls-wrappermode-main', () => {
  test('moves wrapper mode from main.cf to the submissions service; safe with master.cf', () => {
    const main = 'smtpd_tls_security_level = may\nsmtpd_tls_wrappermode = yes\n';
    const master = SMTP + 'smtps inet n - y - - smtpd\n  -o syslog_name=postfix/smtps\n';
    const found = run('tls-wrappermode-main', { main, master });
    expectFindings(found, [at('main', main, 'smtpd_tls_wrappermode = yes', 'error', /puts every SMTP server into implicit-TLS mode/)]);
    const fixed = applyFix({ main, master }, found[0]);
    assert.equal(fixed.main, 'smtpd_tls_security_level = may\n');
    assert.equal(fixed.master, master + '  -o smtpd_tls_wrappermode=yes\n');
    assert.equal(fixed.safe, true);
    assert.equal(run('tls-wrappermode-main', { main })[0].fixes![0].safe, false, 'without master.cf we cannot know');
  });

  test('quiet for no and unset', () => {
    assert.deepEqual(run('tls-wrappermode-main', { main: 'smtpd_tls_wrappermode = no\n' }), []);
    assert.deepEqual(run('tls-wrappermode-main', { main: 'smtpd_tls_security_level = may\n' }), []);
  });
});

describe('TLS042 tls-submissions-no-wrappermode', () => {
  test('465 without wrapper mode: at the entry, safe insert; =no edited in place', () => {
    const master = SMTP + '465 inet n - y - - smtpd\n  -o smtpd_sasl_auth_enable=yes\n';
    const found = run('tls-submissions-no-wrappermode', { master });
    expectFindings(found, [at('master', master, '465 inet n - y - - smtpd', 'error', /^The 465 service listens on port 465, which is for implicit TLS \(RFC 8314\)/)]);
    const fixed = applyFix({ master }, found[0]);
    assert.equal(fixed.master, master + '  -o smtpd_tls_wrappermode=yes\n');
    assert.equal(fixed.safe, true);
    const no = 'submissions inet n - y - - smtpd\n  -o smtpd_tls_wrappermode=no\n  -o syslog_name=x\n';
    const f2 = run('tls-submissions-no-wrappermode', { master: no });
    expectFindings(f2, [at('master', no, '-o smtpd_tls_wrappermode=no', 'error')]);
    assert.equal(applyFix({ master: no }, f2[0]).master, 'submissions inet n - y - - smtpd\n  -o smtpd_tls_wrappermode=yes\n  -o syslog_name=x\n');
  });

  test('a service on one line with its options: the -o goes on a new line', () => {
    const master = 'smtps inet n - y - - smtpd -o syslog_name=smtps';
    const found = run('tls-submissions-no-wrappermode', { master });
    assert.equal(applyFix({ master }, found[0]).master, master + '\n  -o smtpd_tls_wrappermode=yes');
  });

  test('quiet: wrapper mode set; postscreen or other daemons on 465', () => {
    assert.deepEqual(run('tls-submissions-no-wrappermode', { master: 'submissions inet n - y - - smtpd\n  -o smtpd_tls_wrappermode=yes\n' }), []);
    assert.deepEqual(run('tls-submissions-no-wrappermode', { master: 'smtps inet n - y - - stunnel\n' }), []);
  });
});

describe('TLS043 tls-submission-no-encrypt', () => {
  test('submission with SASL, level inherited from main.cf may: at the entry, related main.cf line', () => {
    const main = 'smtpd_tls_security_level = may\n';
    const found = run('tls-submission-no-encrypt', { main, master: SUBMISSION });
    expectFindings(found, [at('master', SUBMISSION, 'submission inet n - y - - smtpd', 'warning', /accepts AUTH but does not require TLS \(smtpd_tls_security_level = may\): mail from mail clients may travel unencrypted, and so may passwords\. RFC 8314/)]);
    assert.deepEqual(found[0].related, [{ file: 'main', ...span(main, 'smtpd_tls_security_level = may'), message: 'the submission service inherits this level' }]);
    assert.equal(applyFix({ main, master: SUBMISSION }, found[0]).master, SUBMISSION + '  -o smtpd_tls_security_level=encrypt\n');
  });

  test('an explicit -o level may is edited in place', () => {
    const master = SUBMISSION + '  -o smtpd_tls_security_level=may\n';
    const found = run('tls-submission-no-encrypt', { master });
    expectFindings(found, [at('master', master, '-o smtpd_tls_security_level=may', 'warning')]);
    assert.equal(applyFix({ master }, found[0]).master, SUBMISSION + '  -o smtpd_tls_security_level=encrypt\n');
  });

  test('quiet: encrypt, no SASL, port 25', () => {
    assert.deepEqual(run('tls-submission-no-encrypt', { master: SUBMISSION + '  -o smtpd_tls_security_level=encrypt\n' }), []);
    assert.deepEqual(run('tls-submission-no-encrypt', { master: 'submission inet n - y - - smtpd\n' }), []);
    assert.deepEqual(run('tls-submission-no-encrypt', { main: 'smtpd_sasl_auth_enable = yes\n', master: SMTP }), []);
  });
});

describe('TLS044 tls-auth-before-starttls / TLS045 tls-auth-without-tls', () => {
  test('TLS044: SASL in main.cf at level may: once at the SASL line, fix adds auth_only', () => {
    const main = 'smtpd_tls_security_level = may\nsmtpd_sasl_auth_enable = yes\n';
    const found = run('tls-auth-before-starttls', { main, master: SMTP + 'submission inet n - y - - smtpd\n' });
    expectFindings(found, [at('main', main, 'smtpd_sasl_auth_enable = yes', 'warning', /^The smtp service announces AUTH before STARTTLS.*Set smtpd_tls_auth_only = yes\. Better still, turn SASL off on port 25/)]);
    assert.equal(applyFix({ main }, found[0]).main, main + 'smtpd_tls_auth_only = yes\n');
  });

  test('TLS044: an explicit auth_only = no is the place; a -o SASL on submission at may gets a -o', () => {
    const main = 'smtpd_tls_security_level = may\nsmtpd_sasl_auth_enable = yes\nsmtpd_tls_auth_only = no\n';
    const found = run('tls-auth-before-starttls', { main });
    expectFindings(found, [at('main', main, 'smtpd_tls_auth_only = no', 'warning', /smtpd_tls_auth_only = no/)]);
    assert.equal(applyFix({ main }, found[0]).main, 'smtpd_tls_security_level = may\nsmtpd_sasl_auth_enable = yes\nsmtpd_tls_auth_only = yes\n');
    const m2 = 'smtpd_tls_security_level = may\n';
    const f2 = run('tls-auth-before-starttls', { main: m2, master: SUBMISSION });
    expectFindings(f2, [at('master', SUBMISSION, '-o smtpd_sasl_auth_enable=yes', 'warning', /^The submission service announces AUTH before STARTTLS/)]);
    assert.equal(applyFix({ main: m2, master: SUBMISSION }, f2[0]).master, SUBMISSION + '  -o smtpd_tls_auth_only=yes\n');
  });

  test('TLS045: SASL with no TLS at all: error, fix turns TLS on', () => {
    const main = 'smtpd_sasl_auth_enable = yes\n';
    const found = run('tls-auth-without-tls', { main });
    expectFindings(found, [at('main', main, 'smtpd_sasl_auth_enable = yes', 'error', /accepts AUTH but offers no TLS \(smtpd_tls_security_level is not set\), so every password is sent in the clear/)]);
    assert.equal(applyFix({ main }, found[0]).main, main + 'smtpd_tls_security_level = may\n');
    const m2 = 'smtpd_sasl_auth_enable = yes\nsmtpd_tls_security_level = none\n';
    expectFindings(run('tls-auth-without-tls', { main: m2 }), [at('main', m2, 'smtpd_tls_security_level = none', 'error')]);
  });

  test('quiet: auth_only yes, encrypt, wrapper mode, legacy smtpd_use_tls', () => {
    const base = 'smtpd_sasl_auth_enable = yes\n';
    assert.deepEqual(run('tls-auth-before-starttls', { main: base + 'smtpd_tls_security_level = may\nsmtpd_tls_auth_only = yes\n' }), []);
    assert.deepEqual(run('tls-auth-before-starttls', { main: base + 'smtpd_tls_security_level = encrypt\n' }), []);
    assert.deepEqual(run('tls-auth-without-tls', { master: 'smtps inet n - y - - smtpd\n  -o smtpd_tls_wrappermode=yes\n  -o smtpd_sasl_auth_enable=yes\n' }), []);
    assert.deepEqual(run('tls-auth-without-tls', { main: base + 'smtpd_use_tls = yes\n' }), []);
  });
});

describe('TLS046 tls-sasl-anonymous', () => {
  test('security options without noanonymous where SASL is on: safe fix appends it', () => {
    const main = 'smtpd_sasl_auth_enable = yes\nsmtpd_sasl_security_options = noplaintext\n';
    const found = run('tls-sasl-anonymous', { main });
    expectFindings(found, [at('main', main, 'smtpd_sasl_security_options = noplaintext', 'warning', /lacks noanonymous, so anonymous SASL logins are allowed/)]);
    const fixed = applyFix({ main }, found[0]);
    assert.equal(fixed.main, 'smtpd_sasl_auth_enable = yes\nsmtpd_sasl_security_options = noplaintext, noanonymous\n');
    assert.equal(fixed.safe, true);
    const master = SUBMISSION + '  -o smtpd_sasl_tls_security_options=\n';
    const f2 = run('tls-sasl-anonymous', { master });
    expectFindings(f2, [at('master', master, '-o smtpd_sasl_tls_security_options=', 'warning', /is empty lacks noanonymous/)]);
    assert.equal(applyFix({ master }, f2[0]).master, SUBMISSION + '  -o smtpd_sasl_tls_security_options=noanonymous\n');
  });

  test('quiet: defaults, noanonymous present, SASL off', () => {
    assert.deepEqual(run('tls-sasl-anonymous', { main: 'smtpd_sasl_auth_enable = yes\n' }), []);
    assert.deepEqual(run('tls-sasl-anonymous', { main: 'smtpd_sasl_auth_enable = yes\nsmtpd_sasl_security_options = noanonymous, noplaintext\n' }), []);
    assert.deepEqual(run('tls-sasl-anonymous', { main: 'smtpd_sasl_security_options = noplaintext\n' }), []);
  });
});
