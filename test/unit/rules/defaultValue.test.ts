import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultValue } from '../../../server/src/analysis/rules/defaultValue';
import { applyFix, runRule, show } from '../../helpers/rules';

describe('default-value', () => {
  test('equal to the default of the target after whitespace normalization: hint, unnecessary, safe removal', () => {
    const main = 'smtpd_tls_session_cache_timeout = 3600s\nsmtpd_tls_received_header = NO\nmydestination = $myhostname,   localhost.$mydomain, localhost\ninet_interfaces = loopback-only\n';
    const { model, diagnostics, shown } = runRule(defaultValue, { main, version: '3.7' });
    assert.deepEqual(shown, [
      'main:1:1-1:40 hint «smtpd_tls_session_cache_timeout = 3600s»',
      'main:2:1-2:31 hint «smtpd_tls_received_header = NO»',
      'main:3:1-3:62 hint «mydestination = $myhostname,   localhost.$mydomain, localhost»',
    ]);
    assert.equal(diagnostics[0].message, 'smtpd_tls_session_cache_timeout = 3600s is the default in Postfix 3.7, so this line changes nothing. Remove it to keep main.cf short.');
    assert.deepEqual(diagnostics[0].tags, ['unnecessary']);
    assert.deepEqual(diagnostics[0].fixes!.map((f) => [f.title, f.safe]), [['Remove smtpd_tls_session_cache_timeout (same as the default)', true]]);
    assert.equal(applyFix(model, diagnostics[1].fixes![0]).main!.split('\n')[1], 'mydestination = $myhostname,   localhost.$mydomain, localhost');
  });

  test('defaults that depend on the release, the host or the build are not judged', () => {
    const main = [
      'smtp_tls_security_level = may', // may only at compatibility level 3.11
      'tls_random_source = dev:/dev/urandom', // build-dependent
      'myhostname =', // computed from the host
      'queue_directory = /var/spool/postfix', // a path chosen at build time
      'alias_maps = hash:/etc/aliases', // build-dependent alternatives
      'append_dot_mydomain = no', // an expression of compatibility_level
      '',
    ].join('\n');
    assert.deepEqual(runRule(defaultValue, { main }).shown, []);
    assert.deepEqual(runRule(defaultValue, { main: 'milter_default_action = tempfail\n', version: '3.11' }).shown, []);
    assert.deepEqual(runRule(defaultValue, { main: 'milter_default_action = tempfail\n', version: '3.10' }).shown, ['main:1:1-1:33 hint «milter_default_action = tempfail»']);
  });

  test('a -o equal to the main.cf setting it shadows, with the main.cf line as related information', () => {
    const main = 'smtpd_sasl_auth_enable = yes\n';
    const master = 'submission inet n - n - - smtpd\n  -o smtpd_sasl_auth_enable=yes\n  -o content_filter=\n';
    const { model, diagnostics, shown } = runRule(defaultValue, { main, master });
    // content_filter= resets the default on purpose and is not reported.
    assert.deepEqual(shown, ['master:2:3-2:32 hint «-o smtpd_sasl_auth_enable=yes»']);
    assert.match(diagnostics[0].message, /^The submission service gets smtpd_sasl_auth_enable = yes from main\.cf line 1 anyway/);
    assert.deepEqual(diagnostics[0].related!.map((r) => show(model, r)), ['main:1:1-1:29 undefined «smtpd_sasl_auth_enable = yes»']);
    assert.deepEqual(diagnostics[0].fixes!.map((f) => f.safe), [false]);
    assert.equal(applyFix(model, diagnostics[0].fixes![0]).master, 'submission inet n - n - - smtpd\n  -o content_filter=\n');
  });
});
