/** option-whitespace and override-context. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { optionWhitespace } from '../../../server/src/analysis/rules/optionWhitespace';
import { overrideContext } from '../../../server/src/analysis/rules/overrideContext';
import { applyFix, runRule } from '../../helpers/rules';

describe('option-whitespace', () => {
  test('spaces around =: error over the broken words; long form fix (3.0 and later)', () => {
    const master = 'submission inet n - n - - smtpd\n  -o smtpd_tls_security_level = encrypt\n  -o smtpd_sasl_auth_enable=yes\n';
    const { model, diagnostics, shown } = runRule(optionWhitespace, { master });
    assert.deepEqual(shown, ['master:2:6-2:40 error «smtpd_tls_security_level = encrypt»']);
    assert.equal(
      diagnostics[0].message,
      'Spaces around "=" split this -o into separate words: smtpd_tls_security_level is not set, the other words end the option list (later -o settings of this service are ignored), and smtpd stops with "unexpected command-line argument". A short-form -o takes no spaces; write a list with commas only, or use the long form -o { name = value } (Postfix 3.0 and later).',
    );
    assert.deepEqual(diagnostics[0].fixes!.map((f) => [f.title, f.safe, f.preferred]), [
      ['Write -o smtpd_tls_security_level=encrypt', true, true],
      ['Use the long form -o { smtpd_tls_security_level = encrypt }', true, false],
    ]);
    assert.equal(applyFix(model, diagnostics[0].fixes![1]).master!.split('\n')[1], '  -o { smtpd_tls_security_level = encrypt }');
  });

  test('a list written with spaces: the comma form keeps it one word, even over continuation lines', () => {
    const master = 'submission inet n - n - - smtpd\n  -o smtpd_tls_mandatory_protocols=!SSLv2, !SSLv3,\n     !TLSv1\n  -o syslog_name=x\n';
    const { model, diagnostics, shown } = runRule(optionWhitespace, { master });
    assert.deepEqual(shown, ['master:2:6-3:12 error «smtpd_tls_mandatory_protocols=!SSLv2, !SSLv3,\n     !TLSv1»']);
    assert.match(diagnostics[0].message, /^Spaces in the value split this -o into separate words: smtpd_tls_mandatory_protocols gets only "!SSLv2,"/);
    assert.equal(applyFix(model, diagnostics[0].fixes![0]).master, 'submission inet n - n - - smtpd\n  -o smtpd_tls_mandatory_protocols=!SSLv2,!SSLv3,!TLSv1\n  -o syslog_name=x\n');
  });

  test('free text with spaces: only the long form, and none before Postfix 3.0', () => {
    const master = 'smtp inet n - n - - smtpd -o smtpd_banner=$myhostname ESMTP ready -o syslog_name=x\n';
    const now = runRule(optionWhitespace, { master });
    assert.deepEqual(now.shown, ['master:1:30-1:66 error «smtpd_banner=$myhostname ESMTP ready»']);
    assert.deepEqual(now.diagnostics[0].fixes!.map((f) => [f.title, f.preferred]), [['Use the long form -o { smtpd_banner = $myhostname ESMTP ready }', true]]);
    assert.deepEqual(runRule(optionWhitespace, { master, version: '2.11' }).diagnostics[0].fixes, []);
  });

  test('pipe and spawn take arguments: only unmistakable cases count there', () => {
    const master = 'maildrop unix - n n - - pipe -o x=y flags=R user=vmail argv=/usr/bin/maildrop -d ${recipient}\nfilter unix - n n - - pipe -o name = value flags=R argv=/bin/f\n';
    const { shown } = runRule(optionWhitespace, { master });
    assert.deepEqual(shown, ['master:2:31-2:43 error «name = value»']);
  });

  test('correct -o forms are not reported', () => {
    const master = 'smtp inet n - n - - smtpd -o a=b -o { smtpd_banner = a b } -oc=d -vo e=f -o smtpd_client_restrictions=permit_mynetworks,reject\n';
    assert.deepEqual(runRule(optionWhitespace, { master }).shown, []);
  });
});

describe('override-context', () => {
  test('client TLS settings on smtpd, server settings on smtp: warning with the counterpart as fix', () => {
    const master = 'smtps inet n - n - - smtpd\n  -o smtp_tls_security_level=encrypt\n  -o smtpd_tls_wrappermode=yes\nrelay unix - - n - - smtp\n  -o smtpd_tls_loglevel=1\n';
    const { model, diagnostics, shown } = runRule(overrideContext, { master });
    assert.deepEqual(shown, ['master:2:6-2:29 warning «smtp_tls_security_level»', 'master:5:6-5:24 warning «smtpd_tls_loglevel»']);
    assert.equal(
      diagnostics[0].message,
      'smtp_tls_security_level is an SMTP client setting, but the smtps service runs smtpd, which never reads it. Put it on the smtp transport it is meant for (or use the matching smtpd_ parameter).',
    );
    assert.equal(applyFix(model, diagnostics[0].fixes![0]).master!.split('\n')[1], '  -o smtpd_tls_security_level=encrypt');
    assert.equal(applyFix(model, diagnostics[1].fixes![0]).master!.split('\n')[4], '  -o smtp_tls_loglevel=1');
  });

  test('tlsmgr-level settings as -o; not when another -o of the service uses the name', () => {
    const master = 'smtp inet n - n - - smtpd -o smtpd_tls_session_cache_database=btree:/x -o tls_random_source=dev:/dev/urandom\nsubmission inet n - n - - smtpd -o smtpd_tls_session_cache_database=\nx inet n - n - - smtpd -o smtp_tls_note=a -o smtpd_banner=$smtp_tls_note\n';
    const { diagnostics, shown } = runRule(overrideContext, { master });
    assert.deepEqual(shown, ['master:1:30-1:62 warning «smtpd_tls_session_cache_database»', 'master:1:75-1:92 warning «tls_random_source»']);
    assert.match(diagnostics[0].message, /^smtpd_tls_session_cache_database is read by tlsmgr\(8\), which serves every service from main\.cf's value/);
    assert.equal(diagnostics[0].fixes, undefined);
  });
});
