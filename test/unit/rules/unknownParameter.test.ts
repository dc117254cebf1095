import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MESSAGE_LIMIT, unknownParameter } from '../../../server/src/analysis/rules/unknownParameter';
import { applyFix, runRule } from '../../helpers/rules';

describe('unknown-parameter', () => {
  test('a misspelled name: range, message with suggestions, a fix per suggestion', () => {
    const main = 'smtpd_tls_security_level = may\nsmtp_tls_eecdh_grade = ultra\n';
    const { model, diagnostics, shown } = runRule(unknownParameter, { main });
    assert.deepEqual(shown, ['main:2:1-2:21 warning «smtp_tls_eecdh_grade»']);
    const [d] = diagnostics;
    assert.equal(
      d.message,
      'Postfix 3.11 has no parameter smtp_tls_eecdh_grade, so this setting in main.cf has no effect (postconf: unused parameter). Did you mean smtpd_tls_eecdh_grade (ignored since Postfix 3.6)?',
    );
    assert.deepEqual(d.data, { postconf: 'unused parameter: smtp_tls_eecdh_grade=ultra' });
    assert.equal(d.fixes!.length, 1);
    assert.deepEqual([d.fixes![0].title, d.fixes![0].safe, d.fixes![0].preferred], ['Change to smtpd_tls_eecdh_grade', false, true]);
    assert.equal(applyFix(model, d.fixes![0]).main, 'smtpd_tls_security_level = may\nsmtpd_tls_eecdh_grade = ultra\n');
  });

  test('fixes and postconf data are made when read: the same fixes each time, and no other own keys', () => {
    const main = 'myhostnam = x\nmy_note = y\nmy_note = z\n';
    const { diagnostics } = runRule(unknownParameter, { main, master: '' });
    assert.deepEqual(
      diagnostics.map((d) => Object.keys(d)),
      [
        ['file', 'start', 'end', 'message', 'code', 'severity'],
        ['file', 'start', 'end', 'message', 'code', 'severity'],
        ['file', 'start', 'end', 'message', 'code', 'severity'],
      ],
    );
    const [misspelled, first, last] = diagnostics;
    assert.equal(misspelled.fixes, misspelled.fixes, 'made once, then kept');
    assert.deepEqual(misspelled.fixes![0].edits, [{ file: 'main', start: 0, end: 9, newText: 'myhostname' }]);
    assert.deepEqual(first.fixes, [], 'no near name, no fix');
    // postconf reports the assignment that counts (the last); an overridden one has no data.
    assert.equal(first.data, undefined);
    assert.deepEqual(last.data, { postconf: 'unused parameter: my_note=z' });
  });

  test("postconf data only for the -o a service's name space keeps: a later entry with the same name and type replaces an earlier one's", () => {
    const master = 'amavis unix - - n - - smtp -o my_note=a -o my_other=b\namavis unix - - n - - smtp -o my_note=c\n';
    const { diagnostics, shown } = runRule(unknownParameter, { main: 'mydomain = x\n', master });
    assert.deepEqual(shown, ['master:1:31-1:38 warning «my_note»', 'master:1:44-1:52 warning «my_other»', 'master:2:31-2:38 warning «my_note»']);
    assert.deepEqual(
      diagnostics.map((d) => d.data),
      [undefined, { postconf: 'unused parameter: my_other=b' }, { postconf: 'unused parameter: my_note=c' }],
    );
  });

  test('up to three suggestions, closest first; none that would duplicate a setting', () => {
    const main = 'smtpd_tls_mandatory_protocol = >=TLSv1.2\nsmtpd_tls_mandatory_protocols = >=TLSv1.2\nmyhostnam = x\n';
    const { diagnostics, shown } = runRule(unknownParameter, { main });
    assert.deepEqual(shown, ['main:1:1-1:29 warning «smtpd_tls_mandatory_protocol»', 'main:3:1-3:10 warning «myhostnam»']);
    assert.match(diagnostics[0].message, /Did you mean smtpd_tls_mandatory_protocols, or /);
    assert.ok(diagnostics[0].fixes!.every((f) => f.title !== 'Change to smtpd_tls_mandatory_protocols'), 'renaming would create a duplicate');
    assert.match(diagnostics[1].message, /Did you mean myhostname\?$/);
  });

  test('user-defined names: unused unless referenced, listed as restriction class, or a database setting', () => {
    const main = [
      'my_note = hello',
      'my_domain = example.com',
      'myhostname = mail.$my_domain',
      'smtpd_restriction_classes = cls',
      'cls = permit',
      'alias_maps = proxy:ldap:myldap',
      'myldap_server_host = h',
      'myldap_bogus = 1',
      '',
    ].join('\n');
    const { diagnostics, shown } = runRule(unknownParameter, { main, master: '' });
    assert.deepEqual(shown, ['main:1:1-1:8 warning «my_note»', 'main:8:1-8:13 warning «myldap_bogus»']);
    assert.match(diagnostics[0].message, /nothing refers to it as \$my_note, so this setting in main\.cf has no effect/);
  });

  test('without the other file, only likely misspellings are reported: a user-defined name may be used there', () => {
    const main = 'mua_client_restrictions = permit_sasl_authenticated, reject\nmyhostnam = x\n';
    assert.deepEqual(runRule(unknownParameter, { main }).shown, ['main:2:1-2:10 warning «myhostnam»']);
    const master = 'submission inet n - n - - smtpd -o smtpd_client_restrictions=$mua_client_restrictions\n';
    assert.deepEqual(runRule(unknownParameter, { main, master }).shown, ['main:2:1-2:10 warning «myhostnam»']);
    assert.deepEqual(runRule(unknownParameter, { main, master: 'smtp inet n - n - - smtpd\n' }).shown, ['main:1:1-1:24 warning «mua_client_restrictions»', 'main:2:1-2:10 warning «myhostnam»']);
    assert.deepEqual(runRule(unknownParameter, { master: 'smtp inet n - n - - smtpd -o my_flag=1 -o smtpd_tls_securty_level=may\n' }).shown, ['master:1:43-1:66 warning «smtpd_tls_securty_level»']);
  });

  test('-o settings: unknown names, names used by the same service only', () => {
    const master = [
      'smtp inet n - n - - smtpd -o smtpd_tls_securty_level=may -o my_banner=hi -o smtpd_banner=$my_banner',
      'smtp2 inet n - n - - smtpd -o other_only=1 -o smtpd_banner=$my_banner',
      '',
    ].join('\n');
    const { diagnostics, shown } = runRule(unknownParameter, { main: '', master });
    assert.deepEqual(shown, ['master:1:30-1:53 warning «smtpd_tls_securty_level»', 'master:2:31-2:41 warning «other_only»']);
    assert.equal(
      diagnostics[0].message,
      'Postfix 3.11 has no parameter smtpd_tls_securty_level, so this setting in the smtp service has no effect (postconf: unused parameter). Did you mean smtpd_tls_security_level, or smtp_tls_security_level?',
    );
    assert.deepEqual(diagnostics[1].data, { postconf: 'unused parameter: other_only=1' });
  });

  test('per-service names need a service of that name running a delivery agent', () => {
    const main = 'relay_destination_concurrency_limit = 2\nfoo_destination_concurrency_limit = 5\n';
    const withServices = runRule(unknownParameter, { main, master: 'relay unix - - n - - smtp\n' });
    assert.deepEqual(withServices.shown, ['main:2:1-2:34 warning «foo_destination_concurrency_limit»']);
    assert.match(withServices.diagnostics[0].message, /no master\.cf service named "foo" runs a delivery agent that reads <service>_destination_concurrency_limit/);
    // Without master.cf nothing can be said about per-service names.
    assert.deepEqual(runRule(unknownParameter, { main }).shown, []);
  });

  test('earlier duplicates are reported too; only the effective one carries postconf\'s warning', () => {
    const { diagnostics, shown } = runRule(unknownParameter, { main: 'foo = 1\nfoo = 2\n', master: '' });
    assert.deepEqual(shown, ['main:1:1-1:4 warning «foo»', 'main:2:1-2:4 warning «foo»']);
    assert.deepEqual(diagnostics.map((d) => d.data), [undefined, { postconf: 'unused parameter: foo=2' }]);
  });

  test('names other rules explain are left to them: read-only, removed, newer than the target', () => {
    const main = 'process_name = x\nprogram_directory = /x\nnon_bdb_migration_level = disable\n';
    assert.deepEqual(runRule(unknownParameter, { main, version: '3.7' }).shown, []);
  });

  test('the remembered messages of a name keep apart the releases and the places it is set in', () => {
    const master = 'smtp inet n - n - - smtpd -o smtpd_tls_securty_level=may\n';
    const main = 'smtpd_tls_securty_level = may\n';
    const messages = (version: string) => runRule(unknownParameter, { main, master, version }).diagnostics.map((d) => d.message.replace(/\. Did you mean.*/, ''));
    const expected = (version: string) => [
      `Postfix ${version} has no parameter smtpd_tls_securty_level, so this setting in main.cf has no effect (postconf: unused parameter)`,
      `Postfix ${version} has no parameter smtpd_tls_securty_level, so this setting in the smtp service has no effect (postconf: unused parameter)`,
    ];
    // Twice each, in turn: the second round is answered from what the first remembered.
    for (const version of ['3.8', '3.4', '3.8', '3.4']) assert.deepEqual(messages(version), expected(version));
  });

  test('an analysis made once (postfix-lint) finds the same, with the same messages and suggestions', () => {
    const main = 'smtpd_tls_securty_level = may\nzz_own_name = 1\nmyhostname = $zz_own_name.example.com\nsmtp_tls_loglevl = 1\n';
    const shown = (once: boolean) => runRule(unknownParameter, { main, master: '' }, { rules: {}, once }).diagnostics.map((d) => [d.start, d.end, d.message]);
    const once = shown(true);
    assert.equal(once.length, 2);
    assert.match(String(once[0][2]), /Did you mean smtpd_tls_security_level, or smtp_tls_security_level\?$/);
    assert.deepEqual(once, shown(false));
    assert.deepEqual(shown(true), once);
  });

  test('past the limit of remembered messages, and in files too large to remember, they are made the same', () => {
    const file = (from: number, count: number) => Array.from({ length: count }, (_, i) => `zz_unknown_${from + i} = 1`).join('\n') + '\n';
    const expected = (i: number) =>
      `Postfix 3.11 has no parameter zz_unknown_${i}, and nothing refers to it as $zz_unknown_${i}, so this setting in main.cf has no effect (postconf: unused parameter). Fix the name, or remove the setting.`;
    // Two files of three quarters of the limit fill the memo past it; the first file comes back
    // after; the last file is too large to remember.
    const part = (MESSAGE_LIMIT * 3) / 4;
    for (const [from, count] of [[0, part], [part, part], [0, part], [0, MESSAGE_LIMIT + part / 3]]) {
      const { diagnostics } = runRule(unknownParameter, { main: file(from, count), master: '' });
      assert.equal(diagnostics.length, count);
      diagnostics.forEach((d, i) => assert.equal(d.message, expected(from + i)));
    }
  });
});
