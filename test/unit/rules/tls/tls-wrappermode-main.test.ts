/** TLS041 tls-wrappermode-main: smtpd_tls_wrappermode = yes in main.cf puts port 25 and 587 into implicit-TLS mode too; set it on the 465 service only. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

const SMTP = 'smtp inet n - y - - smtpd\n';

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
