/** undefined-reference and reference-cycle. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { referenceCycle } from '../../../server/src/analysis/rules/referenceCycle';
import { undefinedReference } from '../../../server/src/analysis/rules/undefinedReference';
import { applyFix, runRule } from '../../helpers/rules';

describe('undefined-reference', () => {
  test('every reference form; range is the name; suggestions with unsafe fixes', () => {
    const main = 'smtpd_banner = $myhostnme ${cond_x?yes} $(paren_z) $$not_a_ref\nunused = ${{$rel_y} == {1} ? {a} : {b}}\n';
    const { model, diagnostics, shown } = runRule(undefinedReference, { main });
    assert.deepEqual(shown, [
      'main:1:17-1:26 warning «myhostnme»',
      'main:1:29-1:35 warning «cond_x»',
      'main:1:43-1:50 warning «paren_z»',
      'main:2:14-2:19 warning «rel_y»',
    ]);
    assert.equal(
      diagnostics[0].message,
      '$myhostnme refers to a parameter that is set nowhere and has no default, so it expands to nothing (postconf: undefined parameter). Did you mean $myhostname?',
    );
    assert.deepEqual(diagnostics[0].data, { postconf: 'undefined parameter: myhostnme' });
    assert.equal(diagnostics[0].fixes![0].safe, false);
    assert.equal(applyFix(model, diagnostics[0].fixes![0]).main!.split('\n')[0], 'smtpd_banner = $myhostname ${cond_x?yes} $(paren_z) $$not_a_ref');
    assert.match(diagnostics[1].message, /Set cond_x, or fix the name\.$/);
  });

  test('defined anywhere postconf looks: main.cf, a service, built-ins, per-service names', () => {
    const main = 'myhostname = mail.$from_service\nrelayhost = $relay_destination_rate_delay $mydomain\n';
    const master = 'smtp inet n - n - - smtpd -o from_service=x -o smtpd_banner=$nowhere\nsmtp2 inet n - n - - smtpd -o smtpd_banner=$from_service\nrelay unix - - n - - smtp\n';
    const { shown } = runRule(undefinedReference, { main, master });
    // A -o value sees main.cf and its own service, not another service.
    assert.deepEqual(shown, ['master:1:62-1:69 warning «nowhere»', 'master:2:45-2:57 warning «from_service»']);
  });

  test('not in a -o value that a later entry with the same name and type replaces (postconf never scans it)', () => {
    const master = 'amavis unix - - n - - smtp\n  -o smtp_helo_name=$replaced_ref\n  -o smtp_bind_address=$kept_ref\namavis unix - - n - - smtp\n  -o smtp_helo_name=mail.example.com\n';
    assert.deepEqual(runRule(undefinedReference, { main: 'mydomain = x\n', master }).shown, ['master:3:25-3:33 warning «kept_ref»']);
  });

  test('without main.cf, -o values are not judged (they usually refer to main.cf settings)', () => {
    const master = 'submission inet n - n - - smtpd -o smtpd_client_restrictions=$mua_client_restrictions\n';
    assert.deepEqual(runRule(undefinedReference, { master }).shown, []);
    assert.deepEqual(runRule(undefinedReference, { main: 'mydomain = x\n', master }).shown, ['master:1:63-1:86 warning «mua_client_restrictions»']);
  });

  test('never the setting\'s own name: relayhost = $RELAY_HOST would refer to itself', () => {
    const { diagnostics, shown } = runRule(undefinedReference, { main: 'relayhost = $RELAY_HOST\nmyhostname = $RELAY_HOST\n' });
    assert.deepEqual(shown, ['main:1:14-1:24 warning «RELAY_HOST»', 'main:2:15-2:25 warning «RELAY_HOST»']);
    assert.match(diagnostics[0].message, /\(postconf: undefined parameter\)\. Set RELAY_HOST, or fix the name\.$/);
    assert.deepEqual(diagnostics[0].fixes, []);
    // In another setting it is a fine suggestion.
    assert.match(diagnostics[1].message, /Did you mean \$relayhost\?$/);
    assert.deepEqual(diagnostics[1].fixes!.map((f) => f.title), ['Change to $relayhost']);
  });

  test('raw parameters are not expanded, read-only and overridden assignments not scanned', () => {
    const main = 'smtpd_reject_footer = $raw_only\nprocess_name = $ro_only\nmydomain = $first\nmydomain = x\n';
    assert.deepEqual(runRule(undefinedReference, { main }).shown, []);
  });
});

describe('reference-cycle', () => {
  test('a loop through a built-in parameter is an error at each reference that closes it', () => {
    const { diagnostics, shown } = runRule(referenceCycle, { main: 'myhostname = $a_name.example\na_name = $myhostname\n' });
    assert.deepEqual(shown, ['main:1:14-1:21 error «$a_name»', 'main:2:10-2:21 error «$myhostname»']);
    assert.equal(
      diagnostics[0].message,
      'myhostname, a_name refer to each other in a loop ($myhostname → $a_name), so expanding them never ends: Postfix stops with "unreasonable macro call nesting". Break the loop.',
    );
    assert.deepEqual(diagnostics[0].data, { postconf: 'unreasonable macro call nesting' });
  });

  test('a loop no built-in reaches is a warning; a conditional test is no loop', () => {
    const loop = runRule(referenceCycle, { main: 'aa = x$aa\n' });
    assert.deepEqual(loop.shown, ['main:1:7-1:10 warning «$aa»']);
    assert.match(loop.diagnostics[0].message, /^aa refers to itself .* postconf -x stops with/);
    assert.deepEqual(runRule(referenceCycle, { main: 'aa = $bb\nbb = ${aa?x}\nmyhostname = $aa\n' }).shown, []);
  });

  test('entries with the same name and type share one -o name space: a loop across them, none where a later entry replaces a member', () => {
    const across = 'amavis unix - - n - - smtp -o smtp_helo_name=$smtp_bind_address\namavis unix - - n - - smtp -o smtp_bind_address=$smtp_helo_name\n';
    assert.deepEqual(runRule(referenceCycle, { main: 'mydomain = x\n', master: across }).shown, ['master:1:46-1:64 error «$smtp_bind_address»', 'master:2:49-2:64 error «$smtp_helo_name»']);
    const broken = 'amavis unix - - n - - smtp -o smtp_helo_name=$smtp_bind_address -o smtp_bind_address=$smtp_helo_name\namavis unix - - n - - smtp -o smtp_helo_name=h\n';
    assert.deepEqual(runRule(referenceCycle, { main: 'mydomain = x\n', master: broken }).shown, []);
  });

  test('a loop a service closes with its -o settings, alone or with main.cf', () => {
    const master = 'smtp inet n - n - - smtpd -o smtpd_banner=$foo -o foo=$smtpd_banner\nx inet n - n - - smtpd -o bar=$myhostname\n';
    const { shown } = runRule(referenceCycle, { main: 'myhostname = $bar\nbar = y\n', master });
    assert.deepEqual(shown, ['main:1:14-1:18 error «$bar»', 'master:1:43-1:47 error «$foo»', 'master:1:55-1:68 error «$smtpd_banner»', 'master:2:31-2:42 error «$myhostname»']);
  });
});
