import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fieldOf, parseMasterCf } from '../../server/src/parser/masterCf';
import { printDocument } from '../../server/src/parser/print';

const at = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

describe('master.cf parser', () => {
  test('eight fields with ranges, then arguments', () => {
    const text = 'submission inet n - y - - smtpd\n  -o syslog_name=postfix/submission\n';
    const [s] = parseMasterCf(text).services;
    assert.deepEqual(s.fields.map((f) => f.text), ['submission', 'inet', 'n', '-', 'y', '-', '-', 'smtpd']);
    assert.deepEqual([fieldOf(s, 'chroot')!.start, fieldOf(s, 'chroot')!.end], [20, 21]);
    assert.deepEqual(s.args.map((a) => a.text), ['-o', 'syslog_name=postfix/submission']);
    const [o] = s.overrides;
    assert.deepEqual([o.name, o.value, o.form], ['syslog_name', 'postfix/submission', 'short']);
    assert.equal(at(text, { start: o.nameStart, end: o.nameEnd }), 'syslog_name');
    assert.equal(at(text, { start: o.valueStart, end: o.valueEnd }), 'postfix/submission');
    assert.equal(at(text, o), '-o syslog_name=postfix/submission');
  });

  test('long form -o { name = value } keeps the value whitespace, ranges inside the braces', () => {
    const text = 'smtp inet n - n - - smtpd -o { smtpd_banner = hello   world }\n';
    const [s] = parseMasterCf(text).services;
    const [o] = s.overrides;
    assert.deepEqual([o.name, o.value, o.normalized, o.form], ['smtpd_banner', 'hello   world', 'hello world', 'long']);
    assert.equal(at(text, { start: o.valueStart, end: o.valueEnd }), 'hello   world');
    assert.equal(s.args[1].text, 'smtpd_banner=hello   world');
  });

  test('option words split before each o: -vo and -oname=value', () => {
    const [s] = parseMasterCf('x inet n - n - - smtpd -vo smtpd_banner=a -Dvo syslog_name=x\n').services;
    assert.deepEqual(s.args.map((a) => a.text), ['-v', '-o', 'smtpd_banner=a', '-Dv', '-o', 'syslog_name=x']);
    const [t] = parseMasterCf('x inet n - n - - smtpd -osyslog_name=foo\n').services;
    assert.deepEqual(t.args.map((a) => a.text), ['-o', 'sysl', '-o', 'g_name=f', '-o', '-o']);
    assert.deepEqual(t.overrides.map((o) => [o.name, o.value]), [['g_name', 'f']]);
  });

  test('a lone - takes the next word, braces removed, and options go on after it (as postconf reads it)', () => {
    const [a, b] = parseMasterCf('x unix - - n - - smtpd - {a b} -o smtpd_banner=a\ny unix - - n - - smtpd - -o smtpd_banner=b\n').services;
    assert.deepEqual(a.args.map((x) => x.text), ['-', 'a b', '-o', 'smtpd_banner=a']);
    assert.deepEqual(a.overrides.map((o) => [o.name, o.value]), [['smtpd_banner', 'a']]);
    assert.deepEqual(b.args.map((x) => x.text), ['-', '-o', 'smtpd_banner=b']);
    assert.deepEqual(b.overrides, []);
  });
  test('the -o settings are the -o words postconf walks to from the first word, even past a braced non-option', () => {
    const [a, b] = parseMasterCf('x unix - - n - - smtpd { -o a=b } -Dvo -o -o{a=b}\ny unix - - n - - smtpd { -v } -o b=c -o x{a b}=c\n').services;
    assert.deepEqual(a.args.map((x) => x.text), ['-o a=b', '-Dvo', '-o', '-o{a=b}']);
    assert.deepEqual(a.overrides.map((o) => [o.name, o.value]), [['-o{a', 'b}']]);
    assert.deepEqual(b.overrides.map((o) => [o.name, o.value]), [['b', 'c']]);
  });
  test('a word split twice (-ofoo=x is -o f -o -o=x): the -o setting of the last piece has its ranges in the text', () => {
    const text = 'smtp inet y y y - - smtpd -ofoo=x -v\n';
    const [s] = parseMasterCf(text).services;
    assert.deepEqual(
      s.overrides.map((o) => [o.name, o.value, text.slice(o.nameStart, o.nameEnd), text.slice(o.valueStart, o.valueEnd)]),
      [['-o', 'x', 'o', 'x']],
    );
  });
  test('the first argument after the options: where a new option must go before (braces included, -o values skipped)', () => {
    const first = (text: string) => {
      const o = parseMasterCf(text).services[0].firstOperand;
      return o && [o.index, at(text, o)];
    };
    assert.equal(first('smtp inet n - n - - smtpd -o a=b -v\n'), undefined, 'options only');
    assert.equal(first('smtp inet n - n - - smtpd\n'), undefined, 'no arguments');
    assert.equal(first('smtp inet n - n - - smtpd -o\n'), undefined, 'a last -o without its value');
    assert.deepEqual(first('x unix - n n - - pipe\n  flags=R user=v argv=/bin/cat\n'), [0, 'flags=R']);
    assert.deepEqual(first('s inet n - n - - smtpd -o a=b\n  -\u043e stray -o c=d\n'), [3, 'stray'], 'a Cyrillic o makes no -o');
    assert.deepEqual(first('s inet n - n - - smtpd -o { a = b } { two words }\n'), [2, '{ two words }']);
    assert.deepEqual(first('s inet n - n - - smtpd -v -- -o a=b\n'), [1, '--']);
    assert.deepEqual(first('s inet n - n - - smtpd - x -o a=b\n'), [0, '-'], 'the daemon stops at a lone -, though postconf reads on');
  });

  test('field errors: first bad column, with its range', () => {
    const text = 'smtp inet n yes n - - smtpd\n';
    const doc = parseMasterCf(text);
    assert.equal(doc.services[0].valid, false);
    const [p] = doc.problems;
    assert.deepEqual([p.code, p.fatal, at(text, p)], ['master-field', true, 'yes']);
    assert.equal(p.message, 'invalid unprivileged field "yes" in "smtp inet n yes n - - smtpd"');
  });

  test('too few fields and unclosed braces', () => {
    const doc = parseMasterCf('smtp inet n - n - -\nx inet n - n - - smtpd -o { a = b\n');
    assert.deepEqual(doc.problems.map((p) => [p.code, p.line, p.fatal, p.message]), [
      ['syntax-error', 1, true, 'bad field count'],
      ['master-syntax', 2, false, `master.cf: missing '}' in "{ a = b"`],
    ]);
    assert.deepEqual(doc.services[1].overrides.map((o) => [o.name, o.value]), [['a', 'b']]);
  });

  test('printing the tree reproduces the input byte for byte', () => {
    for (const text of ['', 'a inet n - n - - smtpd\r\n  -o x=y\r\n', ' orphan\n#c\n\nb unix - - n - - smtp']) {
      assert.equal(printDocument(parseMasterCf(text)), text);
    }
  });
});
