/** The status rules: ignored-parameter, removed-parameter, read-only-parameter, newer-than-target. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ignoredParameter } from '../../../server/src/analysis/rules/ignoredParameter';
import { newerThanTarget } from '../../../server/src/analysis/rules/newerThanTarget';
import { readOnlyParameter } from '../../../server/src/analysis/rules/readOnlyParameter';
import { removedParameter } from '../../../server/src/analysis/rules/removedParameter';
import { applyFix, runRule } from '../../helpers/rules';

describe('ignored-parameter', () => {
  const main = 'smtpd_tls_eecdh_grade = ultra\ntls_eecdh_strong_curve = prime256v1\ntls_low_cipherlist = x\n';

  test('from the release that stopped using them; whole line, unnecessary, safe removal', () => {
    const { model, diagnostics, shown } = runRule(ignoredParameter, { main });
    assert.deepEqual(shown, [
      'main:1:1-1:30 info «smtpd_tls_eecdh_grade = ultra»',
      'main:2:1-2:36 info «tls_eecdh_strong_curve = prime256v1»',
      'main:3:1-3:23 info «tls_low_cipherlist = x»',
    ]);
    assert.equal(
      diagnostics[0].message,
      'Postfix 3.6 and later ignore smtpd_tls_eecdh_grade, so this setting has no effect. postconf 3.9 and later also warn when it is set. Remove it.',
    );
    assert.equal(diagnostics[2].message, 'Postfix 3.8 and later ignore tls_low_cipherlist, so this setting has no effect. Remove it.');
    assert.deepEqual(diagnostics[1].tags, ['unnecessary']);
    assert.deepEqual(diagnostics[1].fixes!.map((f) => [f.title, f.safe]), [['Remove tls_eecdh_strong_curve (ignored since Postfix 3.6)', true]]);
    assert.equal(applyFix(model, diagnostics[1].fixes![0]).main, 'smtpd_tls_eecdh_grade = ultra\ntls_low_cipherlist = x\n');
  });

  test('not before that release; removal unsafe while a value still refers to it', () => {
    assert.deepEqual(runRule(ignoredParameter, { main, version: '3.5' }).shown, []);
    assert.deepEqual(runRule(ignoredParameter, { main, version: '3.7' }).shown.length, 2);
    const referenced = runRule(ignoredParameter, { main: 'tls_eecdh_ultra_curve = secp384r1\nmy_curve = $tls_eecdh_ultra_curve\n' });
    assert.equal(referenced.diagnostics[0].fixes![0].safe, false);
  });

  test('-o overrides too', () => {
    const { shown } = runRule(ignoredParameter, { main: '', master: 'smtp inet n - n - - smtpd -o smtpd_tls_eecdh_grade=strong\n' });
    assert.deepEqual(shown, ['master:1:27-1:58 info «-o smtpd_tls_eecdh_grade=strong»']);
  });
});

describe('removed-parameter', () => {
  test('removed before the target: unused for postconf, a safe removal, tagged deprecated', () => {
    const main = 'program_directory = /usr/libexec/postfix\nsmtp_tls_cipherlist = HIGH\n';
    const { model, diagnostics, shown } = runRule(removedParameter, { main, version: '3.7' });
    assert.deepEqual(shown, ['main:1:1-1:18 warning «program_directory»', 'main:2:1-2:20 warning «smtp_tls_cipherlist»']);
    assert.equal(
      diagnostics[0].message,
      'program_directory was removed in Postfix 2.1; Postfix 3.7 ignores this setting (postconf: unused parameter). Use daemon_directory instead.',
    );
    assert.deepEqual(diagnostics[0].data, { postconf: 'unused parameter: program_directory=/usr/libexec/postfix' });
    assert.deepEqual(diagnostics[0].tags, ['deprecated']);
    assert.equal(applyFix(model, diagnostics[1].fixes![0]).main, 'program_directory = /usr/libexec/postfix\n');
  });

  test('not while the target still has it, nor when a value uses it as $name', () => {
    assert.deepEqual(runRule(removedParameter, { main: 'nullmx_reject_code = 556\n', version: '3.6' }).shown, []);
    assert.deepEqual(runRule(removedParameter, { main: 'nullmx_reject_code = 556\n', version: '3.7' }).shown, ['main:1:1-1:19 warning «nullmx_reject_code»']);
    assert.deepEqual(runRule(removedParameter, { main: 'smtp_skip_4xx_greeting = yes\nx = $smtp_skip_4xx_greeting\n' }).shown, []);
  });
});

describe('read-only-parameter', () => {
  test('main.cf and -o assignments; postconf drops them', () => {
    const { model, diagnostics, shown } = runRule(readOnlyParameter, { main: 'process_name = x\nmydomain = y\n', master: 'smtp inet n - n - - smtpd -o service_name=z\n' });
    assert.deepEqual(shown, ['main:1:1-1:13 warning «process_name»', 'master:1:30-1:42 warning «service_name»']);
    assert.equal(diagnostics[0].message, 'process_name is set by Postfix itself for each process; postconf drops this assignment with a warning (read-only parameter assignment). Remove it.');
    assert.deepEqual(diagnostics.map((d) => d.data), [{ postconf: 'read-only parameter assignment: process_name=x' }, { postconf: 'read-only parameter assignment: service_name=z' }]);
    assert.equal(applyFix(model, diagnostics[1].fixes![0]).master, 'smtp inet n - n - - smtpd\n');
  });
});

describe('newer-than-target', () => {
  test('introduced after the target and not backported to its line', () => {
    const main = 'tls_ffdhe_auto_groups = ffdhe2048\nsmtpd_forbid_bare_newline = normalize\n';
    const at37 = runRule(newerThanTarget, { main, version: '3.7' });
    // smtpd_forbid_bare_newline came with 3.9 and to 3.7.9: "3.7" means the newest 3.7 patch.
    assert.deepEqual(at37.shown, ['main:1:1-1:22 warning «tls_ffdhe_auto_groups»']);
    assert.equal(
      at37.diagnostics[0].message,
      'tls_ffdhe_auto_groups was introduced in Postfix 3.8; Postfix 3.7 does not know it, so this setting has no effect there (postconf: unused parameter). Remove it, or set the target release (postfix.version, --postfix-version) to the one you run.',
    );
    assert.deepEqual(at37.diagnostics[0].data, { postconf: 'unused parameter: tls_ffdhe_auto_groups=ffdhe2048' });
    const at375 = runRule(newerThanTarget, { main, version: '3.7.5' });
    assert.deepEqual(at375.shown, ['main:1:1-1:22 warning «tls_ffdhe_auto_groups»', 'main:2:1-2:26 warning «smtpd_forbid_bare_newline»']);
    assert.match(at375.diagnostics[1].message, /^smtpd_forbid_bare_newline was introduced in Postfix 3\.9 \(and 3\.5\.23, 3\.6\.13, 3\.7\.9, 3\.8\.4\); Postfix 3\.7\.5 does not know it/);
    assert.deepEqual(runRule(newerThanTarget, { main }).shown, []);
  });
});
