/** TLS040 tls-mx-requires-tls: the port 25 server requires TLS (level encrypt or wrapper mode); a public MX must accept plain SMTP (RFC 3207). */
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
    assert.deepEqual(run('tls-mx-requires-tls', { main: '', master: SUBMISSION + '  -o smtpd_tls_security_level=encrypt\n' }), []);
    assert.deepEqual(run('tls-mx-requires-tls', { main: '', master: 'smtp inet n - y - 1 postscreen\n  -o smtpd_tls_security_level=encrypt\nsmtpd pass - - y - - smtpd\n' }), [], 'postscreen/tlsproxy are not judged');
  });
});
