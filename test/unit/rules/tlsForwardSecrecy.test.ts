/** tls-forward-secrecy: exact ranges, severities and fixes per gap, and the configurations that must stay quiet. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyze } from '../../../server/src/analysis/engine';
import { tlsForwardSecrecy } from '../../../server/src/analysis/rules/tlsForwardSecrecy';
import type { AnalysisSettings, Diagnostic } from '../../../server/src/analysis/types';
import { applyFixes } from '../../../server/src/fixes/apply';
import { forwardSecrecyFix } from '../../../server/src/fixes/forwardSecrecy';
import { loadModel } from '../../../server/src/model/load';
import { ROOT } from '../../helpers/paths';

type Texts = { main?: string; master?: string };

/**
 * The rule's findings, every gap included: tls-client-off, which reports outgoing TLS off in
 * its place (see "left to tls-client-off" below), is off unless `settings` says otherwise.
 */
function findings(texts: Texts, version: string, settings: AnalysisSettings = { rules: {} }): Diagnostic[] {
  return analyze(loadModel({ ...texts, version }), { ...settings, rules: { 'tls-client-off': 'off', ...settings.rules } }, [tlsForwardSecrecy]).diagnostics;
}

/** [file, text at the range, severity, start of the message] */
const summary = (texts: Texts, ds: Diagnostic[]) => ds.map((d) => [d.file, texts[d.file]!.slice(d.start, d.end), d.severity, d.message.slice(0, 40)]);

const CERT = 'smtpd_tls_cert_file = /etc/postfix/cert.pem\n';

describe('tls-forward-secrecy: gaps', () => {
  test('3.4: every explicit setting that weakens forward secrecy, at its line', () => {
    const main = `${CERT}smtpd_tls_security_level = none\nsmtpd_tls_eecdh_grade = none\nsmtp_tls_ciphers = export\nsmtpd_tls_exclude_ciphers = aNULL, kEECDH\ntls_eecdh_auto_curves = secp384r1\n`;
    const ds = findings({ main }, '3.4');
    assert.deepEqual(summary({ main }, ds), [
      ['main', 'smtpd_tls_security_level = none', 'warning', 'The SMTP server has a certificate but TL'],
      ['main', 'smtpd_tls_eecdh_grade = none', 'warning', 'smtpd_tls_eecdh_grade = none turns ECDHE'],
      ['main', 'smtp_tls_ciphers = export', 'warning', 'Outgoing mail is sent without TLS (smtp_'],
      ['main', 'smtp_tls_ciphers = export', 'error', 'smtp_tls_ciphers = export lets Postfix 3'],
      ['main', 'smtpd_tls_exclude_ciphers = aNULL, kEECDH', 'warning', 'smtpd_tls_exclude_ciphers excludes kEECD'],
      ['main', 'tls_eecdh_auto_curves = secp384r1', 'warning', 'tls_eecdh_auto_curves lacks P-256 (prime'],
    ]);
    assert.equal(ds[1].message, 'smtpd_tls_eecdh_grade = none turns ECDHE off, the main forward-secret key exchange of TLS 1.2 and older; remove the line (the default is auto).');
    assert.equal(ds[2].message, 'Outgoing mail is sent without TLS (smtp_tls_security_level is empty by default), even to servers that offer STARTTLS, so it has neither encryption nor forward secrecy. Set smtp_tls_security_level = may.');
  });

  test('outgoing TLS off: at the level, else the first client TLS setting, else relayhost, else the first setting', () => {
    const at = (main: string) => findings({ main }, '3.7').map((d) => main.slice(d.start, d.end));
    assert.deepEqual(at('myhostname = a\nsmtp_tls_security_level = none\n'), ['smtp_tls_security_level = none']);
    assert.deepEqual(at('myhostname = a\nsmtp_tls_CAfile = /etc/ssl/ca.pem\nsmtp_tls_loglevel = 1\n'), ['smtp_tls_CAfile = /etc/ssl/ca.pem']);
    assert.deepEqual(at('myhostname = a\nrelayhost = [smtp.example.com]:587\n'), ['relayhost = [smtp.example.com]:587']);
    assert.deepEqual(at('myhostname = a\nmydomain = example.com\n'), ['myhostname = a']);
    const empty = findings({ main: '# nothing yet\n' }, '3.7');
    assert.deepEqual(empty.map((d) => [d.start, d.end]), [[0, 0]], 'a main.cf without settings: at its start');
  });

  test('EC group lists: P-256 always, X25519 from 3.6 (OpenSSL 1.1.1 and later)', () => {
    const main = `${CERT}smtpd_tls_security_level = may\nsmtp_tls_security_level = may\ntls_eecdh_auto_curves = prime256v1 secp384r1\n`;
    assert.deepEqual(findings({ main }, '3.5'), []);
    assert.deepEqual(
      findings({ main }, '3.6').map((d) => d.message),
      ['tls_eecdh_auto_curves lacks X25519; most clients offer X25519 or P-256, and without them ECDHE fails and TLS 1.2 and older lose forward secrecy. Remove the setting to use the built-in list.'],
    );
  });

  test('targeted fixes are safe and exact; the whole change comes second', () => {
    const main = `${CERT}smtpd_tls_security_level = may\nsmtp_tls_security_level = may\nsmtpd_tls_eecdh_grade = none\nsmtp_tls_ciphers = low\nsmtp_tls_exclude_ciphers = kEDH, RC4\ntls_eecdh_auto_curves = secp384r1\n`;
    const ds = findings({ main }, '3.4');
    const targeted = ds.map((d) => d.fixes![0]);
    assert.deepEqual(
      targeted.map((f) => [f.title, f.safe, f.preferred, f.changes]),
      [
        ['Remove smtpd_tls_eecdh_grade', true, true, ['smtpd_tls_eecdh_grade']],
        ['Set smtp_tls_ciphers to medium', true, true, ['smtp_tls_ciphers']],
        ['Remove the forward-secret key exchanges from smtp_tls_exclude_ciphers', true, true, ['smtp_tls_exclude_ciphers']],
        ['Remove tls_eecdh_auto_curves (use the built-in list)', true, true, ['tls_eecdh_auto_curves']],
      ],
    );
    assert.equal(
      applyFixes({ main }, targeted).main,
      `${CERT}smtpd_tls_security_level = may\nsmtp_tls_security_level = may\nsmtp_tls_ciphers = medium\nsmtp_tls_exclude_ciphers = RC4\n`,
    );
    const whole = forwardSecrecyFix(loadModel({ main, version: '3.4' }))!;
    for (const d of ds) assert.deepEqual(d.fixes![1], { ...whole, preferred: false });
  });

  test('2.6 and 2.7: ECDHE needs a grade; "none" becomes strong', () => {
    const main = `${CERT}smtpd_tls_security_level = may\nsmtp_tls_security_level = may\nsmtpd_tls_dh1024_param_file = /etc/postfix/dh2048.pem\nsmtpd_tls_ciphers = medium\nsmtp_tls_ciphers = medium\n`;
    assert.deepEqual(summary({ main }, findings({ main }, '2.7')), [
      ['main', 'smtpd_tls_security_level = may', 'warning', 'Postfix 2.7 leaves ECDHE off unless smtp'],
    ]);
    const none = `${main}smtpd_tls_eecdh_grade = none\n`;
    const [d] = findings({ main: none }, '2.6');
    assert.equal(none.slice(d.start, d.end), 'smtpd_tls_eecdh_grade = none');
    assert.equal(applyFixes({ main: none }, [d.fixes![0]]).main, `${main}smtpd_tls_eecdh_grade = strong\n`);
    assert.deepEqual(findings({ main: `${main}smtpd_tls_eecdh_grade = ultra\n` }, '2.7'), []);
  });

  test('before the July 2015 patch releases: the 1024-bit built-in DH prime and the export default grade', () => {
    const main = `${CERT}smtpd_tls_security_level = may\nsmtp_tls_security_level = may\n`;
    assert.deepEqual(summary({ main }, findings({ main }, '3.0.1')), [
      ['main', 'smtpd_tls_security_level = may', 'warning', "On Postfix 3.0.1 the SMTP server's oppor"],
      ['main', 'smtpd_tls_security_level = may', 'warning', 'Postfix 3.0.1 predates the July 2015 pat'],
      ['main', 'smtp_tls_security_level = may', 'warning', "On Postfix 3.0.1 the SMTP client's oppor"],
    ]);
    assert.deepEqual(findings({ main }, '3.0'), []);
  });

  test('a DH file below 2048 bits, when it can be read; an unreadable one is unknown', () => {
    const small = readFileSync(join(ROOT, 'test/fixtures/dh/dh1024.pem'));
    const settings: AnalysisSettings = { rules: {}, readFile: (p) => (p === '/etc/postfix/dh1024.pem' ? small : undefined) };
    const main = `${CERT}smtpd_tls_security_level = may\nsmtp_tls_security_level = may\nsmtpd_tls_dh1024_param_file = \${config_directory}/dh1024.pem\n`;
    const ds = findings({ main: `config_directory = /etc/postfix\n${main}` }, '3.4', settings);
    assert.equal(ds.length, 1);
    assert.equal(ds[0].message, '/etc/postfix/dh1024.pem holds a 1024-bit DH prime; below 2048 bits the DHE key exchange is weak and many clients refuse it. Remove the setting: the built-in prime of this release has 2048 bits.');
    assert.equal(ds[0].fixes![0].safe, true);
    assert.deepEqual(findings({ main }, '3.4', { rules: {} }), [], 'no file access: no finding');
    assert.deepEqual(findings({ main: main.replace('dh1024', 'missing') }, '3.4', settings), []);
  });

  test('master.cf: a port-25 service with TLS off, a weak grade on another service', () => {
    const texts = { main: `${CERT}smtp_tls_security_level = may\n`, master: 'smtp inet n - n - - smtpd\n  -o smtpd_tls_security_level=none\nsubmission inet n - n - - smtpd\n  -o smtpd_tls_ciphers=low\n' };
    const ds = findings(texts, '3.7');
    assert.deepEqual(summary(texts, ds), [
      ['master', '-o smtpd_tls_security_level=none', 'warning', 'The SMTP server has a certificate but TL'],
      ['master', '-o smtpd_tls_ciphers=low', 'error', 'smtpd_tls_ciphers = low lets Postfix 3.7'],
    ]);
    assert.deepEqual([ds[0].start, ds[0].end], [28, 60]);
    assert.equal(ds[0].fixes![0].safe, false, 'turning TLS on for port 25 is for the admin to decide');
  });
});

describe('tls-forward-secrecy: quiet where nothing is missing', () => {
  test('the blog example for 3.11 and 3.7, and a modern configuration', () => {
    const example = readFileSync(join(ROOT, 'examples/main.cf'), 'utf8');
    assert.deepEqual(findings({ main: example }, '3.11'), []);
    assert.deepEqual(findings({ main: example }, '3.7'), []);
    assert.deepEqual(findings({ main: `${CERT}smtpd_tls_security_level = may\nsmtp_tls_security_level = dane\nsmtp_dns_support_level = dnssec\n` }, '3.11'), []);
  });

  test('no certificate, loopback only, a null client: server TLS off is not a gap', () => {
    assert.deepEqual(findings({ main: 'smtp_tls_security_level = may\n' }, '3.7'), []);
    assert.deepEqual(findings({ main: `inet_interfaces = 127.0.0.1, [::1]\n${CERT}smtp_tls_security_level = may\n` }, '3.7'), []);
    assert.deepEqual(findings({ main: `${CERT}smtp_tls_security_level = may\n` }, '3.7', { rules: {}, hostRole: 'null-client' }), []);
  });

  test('outgoing TLS: not for a relay host on loopback, nor when the smtp transport sets its own level', () => {
    assert.deepEqual(findings({ main: 'relayhost = [127.0.0.1]:10026\n' }, '3.7'), []);
    assert.deepEqual(findings({ main: 'relayhost = localhost\n' }, '3.7'), []);
    assert.deepEqual(findings({ main: 'relayhost = [::1]:10025\n' }, '3.7'), [], 'a bracketed IPv6 address keeps its colons');
    assert.deepEqual(findings({ main: 'myhostname = a\n', master: 'smtp unix - - n - - smtp\n  -o smtp_tls_security_level=may\n' }, '3.7'), []);
    assert.equal(findings({ main: 'relayhost = [smtp.example.com]:587\n' }, '3.7').length, 1);
  });

  test('a content-filter reinjection service without TLS, and settings ignored by the release', () => {
    const texts = {
      main: `${CERT}smtpd_tls_security_level = may\nsmtp_tls_security_level = may\nsmtpd_tls_eecdh_grade = none\nsmtp_tls_ciphers = export\n`,
      master: 'smtp inet n - n - - smtpd\n127.0.0.1:10025 inet n - n - - smtpd\n  -o smtpd_tls_security_level=none\n',
    };
    assert.deepEqual(findings(texts, '3.8'), [], 'the grade is ignored from 3.6, export is medium from 3.8');
  });

  test('the pre-2.3 booleans still count as TLS on', () => {
    assert.deepEqual(findings({ main: `${CERT}smtpd_use_tls = yes\nsmtp_use_tls = yes\n` }, '3.7'), []);
  });

  test('releases before 2.3 are not judged', () => {
    assert.deepEqual(findings({ main: CERT }, '2.2'), []);
  });
});

describe('tls-forward-secrecy: outgoing TLS off is left to tls-client-off', () => {
  const main = 'myhostname = a\nrelayhost = [smtp.example.com]:587\n';
  const both = (rules: AnalysisSettings['rules']) => analyze(loadModel({ main, version: '3.7' }), { rules }).diagnostics.filter((d) => /TLS/.test(d.message) && /without TLS/.test(d.message));

  test('one finding, tls-client-off\'s, which offers the whole forward-secrecy change second', () => {
    const ds = both({});
    assert.deepEqual(ds.map((d) => [d.code, main.slice(d.start, d.end)]), [['tls-client-off', 'relayhost = [smtp.example.com]:587']]);
    const whole = forwardSecrecyFix(loadModel({ main, version: '3.7' }))!;
    assert.deepEqual(ds[0].fixes!.map((f) => [f.title, f.preferred ?? false]), [
      ['Set smtp_tls_security_level = may', true],
      ['Insert forward-secrecy settings for Postfix 3.7', false],
    ]);
    assert.deepEqual(ds[0].fixes![1], { ...whole, preferred: false });
  });

  test('with tls-client-off off, tls-forward-secrecy reports it; with tls-forward-secrecy off, its change is not offered', () => {
    assert.deepEqual(both({ 'tls-client-off': 'off' }).map((d) => d.code), ['tls-forward-secrecy']);
    const alone = both({ 'tls-forward-secrecy': 'off' });
    assert.deepEqual(alone.map((d) => [d.code, d.fixes!.map((f) => f.title)]), [['tls-client-off', ['Set smtp_tls_security_level = may']]]);
  });
});
