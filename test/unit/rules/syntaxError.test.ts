import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { leadingWhitespace } from '../../../server/src/analysis/rules/leadingWhitespace';
import { masterField } from '../../../server/src/analysis/rules/masterField';
import { masterSyntax } from '../../../server/src/analysis/rules/masterSyntax';
import { syntaxError } from '../../../server/src/analysis/rules/syntaxError';
import { runRule } from '../../helpers/rules';

describe('syntax-error', () => {
  test('a line without =: error over the logical line, postconf\'s message as data', () => {
    const { diagnostics, shown } = runRule(syntaxError, { main: 'mydomain = x\njust_a_name\n' });
    assert.deepEqual(shown, ['main:2:1-2:12 error «just_a_name»']);
    assert.equal(
      diagnostics[0].message,
      `missing '=' after attribute name: "just_a_name". Postfix refuses the whole file: every line must be 'name = value', and a line starting with whitespace continues the previous one.`,
    );
    assert.deepEqual(diagnostics[0].data, { postconf: `missing '=' after attribute name: "just_a_name"` });
  });

  test('master.cf: too few columns', () => {
    const { diagnostics, shown } = runRule(syntaxError, { master: 'smtp inet n - n - -\n' });
    assert.deepEqual(shown, ['master:1:1-1:20 error «smtp inet n - n - -»']);
    assert.match(diagnostics[0].message, /^bad field count\. Postfix refuses the whole master\.cf: a service needs eight columns/);
  });

  test('a broken expression in an expanded value is an error, in a value nothing expands a warning', () => {
    const main = 'myhostname = ${mydomain\nunused = cost$\nsmtpd_reject_footer = raw$\nmydomain = x\n';
    const { diagnostics, shown } = runRule(syntaxError, { main, master: 'smtp inet n - n - - smtpd -o foo_bar=${{a} =~ {b}}\n' });
    assert.deepEqual(shown, ['main:1:14-1:24 error «${mydomain»', 'main:2:14-2:15 warning «$»', 'master:1:44-1:50 warning «=~ {b}»']);
    assert.deepEqual(diagnostics.map((d) => d.data), [
      { postconf: 'truncated macro reference: "${mydomain"' },
      { postconf: 'empty macro name: "cost$"' },
      { postconf: '"==" or "!="" or "<"" or "<="" or ">="" or ">" expected at: "...a}>>>=~ {b}"' },
    ]);
    assert.match(diagnostics[0].message, /^macro processing error: truncated macro reference: "\$\{mydomain"\. Postfix refuses to start with this value/);
    assert.match(diagnostics[1].message, /^empty macro name: "cost\$"\. postconf warns about this value, and any Postfix program that expands it fails/);
  });

  test('nothing for a -o value that a later entry with the same name and type replaces (postconf never reads it)', () => {
    const master = [
      'amavis unix - - n - - smtp',
      '  -o foo_bar=cost$',
      '  -o kept_bad=also$',
      '  -o smtp_helo_name=${x',
      'amavis unix - - n - - smtp',
      '  -o foo_bar=fine',
      '  -o smtp_helo_name=mail.example.com',
      '',
    ].join('\n');
    assert.deepEqual(runRule(syntaxError, { main: 'mydomain = x\n', master }).shown, ['master:3:19-3:20 warning «$»']);
  });
});

describe('rules for what the parsers report', () => {
  test('leading-whitespace', () => {
    const { diagnostics, shown } = runRule(leadingWhitespace, { main: '  orphan = 1\nmydomain = x\n' });
    assert.deepEqual(shown, ['main:1:1-1:13 warning «  orphan = 1»']);
    assert.deepEqual(diagnostics[0].data, { postconf: 'logical line must not start with whitespace: "  orphan = 1"' });
  });

  test('master-field: the first bad column', () => {
    const { diagnostics, shown } = runRule(masterField, { master: 'smtp inet N - n - - smtpd\n' });
    assert.deepEqual(shown, ['master:1:11-1:12 error «N»']);
    assert.deepEqual(diagnostics[0].data, { postconf: 'invalid private field "N" in "smtp inet N - n - - smtpd"' });
    assert.match(diagnostics[0].message, /wakeup and maxproc take a number or -\.$/);
  });

  test('master-field: look-alike characters in the field are named', () => {
    const master = 'submission inet n\u00a0\u00a0 \u2013 n - - smtpd\n';
    const { diagnostics, shown } = runRule(masterField, { master });
    assert.deepEqual(shown, ['master:1:17-1:20 error «n\u00a0\u00a0»']);
    assert.match(diagnostics[0].message, /take a number or -\. The field holds non-breaking space \(U\+00A0\), which looks like a blank but is not \(non-ascii-character offers the fix\)\.$/);
    const two = runRule(masterField, { master: 'submission inet n \u2013\u00a0 n - - smtpd\n' }).diagnostics;
    assert.match(two[0].message, /The field holds en dash \(U\+2013\) and non-breaking space \(U\+00A0\), which look like ASCII but are not/);
  });

  test('master-syntax: brace problems', () => {
    const { diagnostics, shown } = runRule(masterSyntax, { master: 'smtp inet n - n - - smtpd -o { smtpd_banner = a b\n' });
    assert.deepEqual(shown, ['master:1:30-1:50 warning «{ smtpd_banner = a b»']);
    assert.deepEqual(diagnostics[0].data, { postconf: `master.cf: missing '}' in "{ smtpd_banner = a b"` });
  });
});
