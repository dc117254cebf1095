import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { deprecatedParameter } from '../../../server/src/analysis/rules/deprecatedParameter';
import { applyFix, runRule } from '../../helpers/rules';

describe('deprecated-parameter', () => {
  test('warning where postconf of the target warns (3.9 and later), info before; tagged deprecated', () => {
    const main = 'smtpd_use_tls = yes\n';
    const at311 = runRule(deprecatedParameter, { main, version: '3.11' });
    assert.deepEqual(at311.shown, ['main:1:1-1:14 warning «smtpd_use_tls»']);
    assert.equal(
      at311.diagnostics[0].message,
      'smtpd_use_tls is deprecated and a future Postfix release will drop it. postconf 3.9 and later warn about it. Use smtpd_tls_security_level instead (yes means may, no means none).',
    );
    assert.deepEqual(at311.diagnostics[0].tags, ['deprecated']);
    const at37 = runRule(deprecatedParameter, { main, version: '3.7' });
    assert.deepEqual(at37.shown, ['main:1:1-1:14 info «smtpd_use_tls»']);
    assert.match(at37.diagnostics[0].message, / postconf 3\.9 and later warn about it\. /);
    // Before the replacement existed there was nothing else to write.
    assert.deepEqual(runRule(deprecatedParameter, { main, version: '2.2' }).shown, []);
  });

  test('use/enforce pairs become one security level; the other switch goes in the same fix', () => {
    const main = 'smtpd_use_tls = yes\nmydomain = x\nsmtpd_enforce_tls = yes\n';
    const { model, diagnostics } = runRule(deprecatedParameter, { main });
    assert.deepEqual(diagnostics.map((d) => d.fixes!.map((f) => [f.title, f.safe])), [[['Replace with smtpd_tls_security_level = encrypt', true]], [['Replace with smtpd_tls_security_level = encrypt', false]]]);
    assert.equal(applyFix(model, diagnostics[0].fixes![0]).main, 'smtpd_tls_security_level = encrypt\nmydomain = x\n');
    assert.equal(applyFix(model, diagnostics[1].fixes![0]).main, 'mydomain = x\nsmtpd_tls_security_level = encrypt\n');
    const off = runRule(deprecatedParameter, { main: 'smtp_use_tls=no\n', version: '3.10' });
    assert.equal(applyFix(off.model, off.diagnostics[0].fixes![0]).main, 'smtp_tls_security_level=none\n');
  });

  test('when the security level is in force the old switch has no effect and is removed', () => {
    const main = 'smtpd_tls_security_level = may\nsmtpd_use_tls = yes\n';
    const { model, diagnostics } = runRule(deprecatedParameter, { main });
    assert.deepEqual(diagnostics[0].fixes!.map((f) => [f.title, f.safe]), [['Remove smtpd_use_tls (smtpd_tls_security_level is set, so it has no effect)', true]]);
    assert.equal(applyFix(model, diagnostics[0].fixes![0]).main, 'smtpd_tls_security_level = may\n');
    // smtp_tls_security_level defaults to may from 3.11 on at compatibility level 3.11.
    const client = runRule(deprecatedParameter, { main: 'compatibility_level = 3.11\nsmtp_use_tls = no\n' });
    assert.equal(applyFix(client.model, client.diagnostics[0].fixes![0]).main, 'compatibility_level = 3.11\n');
    // An empty level set explicitly leaves the old switch in force: no mechanical fix.
    assert.deepEqual(runRule(deprecatedParameter, { main: 'smtpd_tls_security_level =\nsmtpd_use_tls = yes\n' }).diagnostics[0].fixes, []);
  });

  test('-o overrides: the fix stays inside the service', () => {
    const master = 'submission inet n - n - - smtpd\n  -o smtpd_enforce_tls=yes\n';
    const { model, diagnostics, shown } = runRule(deprecatedParameter, { main: 'smtpd_use_tls = yes\n', master });
    assert.deepEqual(shown, ['main:1:1-1:14 warning «smtpd_use_tls»', 'master:2:6-2:23 warning «smtpd_enforce_tls»']);
    assert.equal(applyFix(model, diagnostics[1].fixes![0]).master, 'submission inet n - n - - smtpd\n  -o smtpd_tls_security_level=encrypt\n');
  });

  test('renamed parameters: rename (safe when the new default is the old name), or remove when the new one is set', () => {
    const rename = runRule(deprecatedParameter, { main: 'virtual_maps = hash:/etc/postfix/virtual\n' });
    assert.equal(rename.diagnostics[0].message, 'virtual_maps is the old name of virtual_alias_maps (renamed in Postfix 2.0). postconf 3.11 and later warn about it. Use virtual_alias_maps instead.');
    assert.deepEqual(rename.diagnostics[0].fixes!.map((f) => [f.title, f.safe]), [['Rename to virtual_alias_maps', true]]);
    assert.equal(applyFix(rename.model, rename.diagnostics[0].fixes![0]).main, 'virtual_alias_maps = hash:/etc/postfix/virtual\n');
    const both = runRule(deprecatedParameter, { main: 'virtual_maps = hash:/a\nvirtual_alias_maps = hash:/b\n' });
    assert.equal(applyFix(both.model, both.diagnostics[0].fixes![0]).main, 'virtual_alias_maps = hash:/b\n');
    // Renamed in 3.6: on 3.5 the old name is the current one.
    assert.deepEqual(runRule(deprecatedParameter, { main: 'postscreen_blacklist_action = drop\n', version: '3.5' }).shown, []);
    assert.deepEqual(runRule(deprecatedParameter, { main: 'postscreen_blacklist_action = drop\n', version: '3.7' }).shown, ['main:1:1-1:28 info «postscreen_blacklist_action»']);
  });

  test('"do not specify" parameters: an unsafe removal; obsolete ones name their replacement', () => {
    const { diagnostics } = runRule(deprecatedParameter, { main: 'smtpd_tls_dh1024_param_file = /etc/dh.pem\nmaps_rbl_domains = x\n' });
    assert.equal(diagnostics[0].message, 'smtpd_tls_dh1024_param_file is deprecated and a future Postfix release will drop it. postconf 3.9 and later warn about it. Remove it and let Postfix use its default.');
    assert.deepEqual(diagnostics[0].fixes!.map((f) => [f.title, f.safe]), [['Remove smtpd_tls_dh1024_param_file', false]]);
    assert.deepEqual([diagnostics[1].severity, diagnostics[1].message], ['info', 'maps_rbl_domains is obsolete since Postfix 2.1. Use reject_rbl_client (restriction) instead.']);
  });

  test('names Postfix ignores are left to ignored-parameter', () => {
    assert.deepEqual(runRule(deprecatedParameter, { main: 'smtpd_tls_eecdh_grade = strong\n' }).shown, []);
    assert.deepEqual(runRule(deprecatedParameter, { main: 'smtpd_tls_eecdh_grade = strong\n', version: '3.5' }).shown, []);
  });
});
