/** The text edits behind the TLS quick fixes: exact text before and after. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compactList, deleteMain, deleteOverride, setMain, setOverride } from '../../../server/src/analysis/tls/edits';
import type { TextEditSpec } from '../../../server/src/analysis/types';
import { loadModel } from '../../../server/src/model/load';
import { applyEdits } from '../../helpers/edits';

const apply = (text: string, e: TextEditSpec | undefined) => applyEdits(text, [e!]);

describe('TLS fix edits', () => {
  test('main.cf: edit the assignment that wins, fill an empty value, or append a line', () => {
    const text = 'a = 1\nsmtpd_tls_protocols = SSLv3\nsmtpd_tls_protocols = !SSLv2\n';
    const m = loadModel({ main: text });
    assert.equal(apply(text, setMain(m, 'smtpd_tls_protocols', '>=TLSv1')), 'a = 1\nsmtpd_tls_protocols = SSLv3\nsmtpd_tls_protocols = >=TLSv1\n');
    const empty = 'smtpd_tls_protocols =\n';
    assert.equal(apply(empty, setMain(loadModel({ main: empty }), 'smtpd_tls_protocols', '>=TLSv1')), 'smtpd_tls_protocols = >=TLSv1\n');
    assert.equal(apply(text, setMain(m, 'smtp_tls_security_level', 'may')), text + 'smtp_tls_security_level = may\n');
    const crlf = 'a = 1\r\nb = 2\r\n';
    assert.equal(apply(crlf, setMain(loadModel({ main: crlf }), 'c', '3')), 'a = 1\r\nb = 2\r\nc = 3\r\n');
    const noEol = 'a = 1\r\nb = 2';
    assert.equal(apply(noEol, setMain(loadModel({ main: noEol }), 'c', '3')), 'a = 1\r\nb = 2\r\nc = 3\r\n');
    assert.equal(setMain(loadModel({ master: 'x' }), 'c', '3'), undefined, 'no main.cf, no edit');
  });

  test('main.cf: a multi-line value is replaced whole; deleting takes its continuation lines', () => {
    const text = 'smtpd_tls_exclude_ciphers = aNULL,\n    kEDH\n# note\nb = 2\n';
    const m = loadModel({ main: text });
    assert.equal(apply(text, setMain(m, 'smtpd_tls_exclude_ciphers', 'aNULL')), 'smtpd_tls_exclude_ciphers = aNULL\n# note\nb = 2\n');
    assert.equal(apply(text, deleteMain(m, m.effective.get('smtpd_tls_exclude_ciphers')!)), '# note\nb = 2\n');
  });

  test('master.cf: edit an override (short form compacted, long form kept) or insert a -o line', () => {
    const text = 'submission inet n - n - - smtpd\n    -o smtpd_tls_mandatory_protocols=!SSLv2\n  -o { smtpd_sasl_security_options = noplaintext }\nsmtp unix - - n - - smtp\n';
    const m = loadModel({ master: text });
    const sub = m.services[0];
    assert.equal(
      apply(text, setOverride(m, sub, 'smtpd_tls_mandatory_protocols', '!SSLv2, !SSLv3')),
      text.replace('=!SSLv2\n', '=!SSLv2,!SSLv3\n'),
    );
    assert.equal(
      apply(text, setOverride(m, sub, 'smtpd_sasl_security_options', 'noplaintext, noanonymous')),
      text.replace('noplaintext }', 'noplaintext, noanonymous }'),
    );
    assert.equal(
      apply(text, setOverride(m, sub, 'smtpd_tls_security_level', 'encrypt')),
      text.replace('noplaintext }\n', 'noplaintext }\n    -o smtpd_tls_security_level=encrypt\n'),
      'indented like the first -o line of the service',
    );
    assert.equal(
      apply(text, setOverride(m, m.services[1], 'smtp_tls_security_level', 'may')),
      text + '    -o smtp_tls_security_level=may\n',
      'a service without options takes the file\'s -o indentation',
    );
    assert.equal(compactList(' a, b  c '), 'a,b,c');
  });

  test('master.cf: a new -o goes first when other arguments end the options, where Postfix still reads it', () => {
    const set = (text: string, name = 'smtpd_tls_wrappermode', value = 'yes') => {
      const m = loadModel({ master: text });
      const e = setOverride(m, m.services[0], name, value);
      return e && apply(text, e);
    };
    // A Cyrillic o: no option, so the words after it are arguments and the last -o is ignored.
    const stray = 'smtps inet n - n - - smtpd\r\n    -o syslog_name=x\r\n    -\u043e stray\r\n    -o smtpd_sasl_auth_enable=yes\r\n';
    const fixed = set(stray)!;
    assert.equal(fixed, stray.replace('smtpd\r\n', 'smtpd\r\n    -o smtpd_tls_wrappermode=yes\r\n'));
    assert.equal(loadModel({ master: fixed }).services[0].overrides.get('smtpd_tls_wrappermode')?.value, 'yes', 'Postfix reads it');
    assert.equal(set(fixed, 'smtpd_tls_wrappermode', 'no'), fixed.replace('wrappermode=yes', 'wrappermode=no'), 'and the next fix edits it in place');
    const pipeLine = 'x unix - n n - - pipe flags=R argv=/bin/cat\n';
    assert.equal(set(pipeLine, 'x_flag'), 'x unix - n n - - pipe -o x_flag=yes flags=R argv=/bin/cat\n', 'arguments on the command line: right after the command');
    const pipeNext = 'x unix - n n - - pipe\n  flags=R argv=/bin/cat';
    assert.equal(set(pipeNext, 'x_flag'), 'x unix - n n - - pipe\n  -o x_flag=yes\n  flags=R argv=/bin/cat');
    assert.equal(set('sub inet n - n - - smtpd stray\n  -o a=b\n'), undefined, 'smtpd takes no arguments: a word right after it would read as the value');
  });

  test('master.cf: delete an override on its own line, on the service line, or in long form', () => {
    const text = 'smtps inet n - n - - smtpd -o syslog_name=x\r\n  -o smtpd_tls_wrappermode=yes\r\n  -o { smtpd_tls_eecdh_grade = ultra }\r\n';
    const m = loadModel({ master: text });
    const o = (name: string) => m.services[0].overrides.get(name)!;
    assert.equal(apply(text, deleteOverride(m, o('smtpd_tls_wrappermode'))), 'smtps inet n - n - - smtpd -o syslog_name=x\r\n  -o { smtpd_tls_eecdh_grade = ultra }\r\n');
    assert.equal(apply(text, deleteOverride(m, o('syslog_name'))), text.replace(' -o syslog_name=x', ''));
    assert.equal(apply(text, deleteOverride(m, o('smtpd_tls_eecdh_grade'))), 'smtps inet n - n - - smtpd -o syslog_name=x\r\n  -o smtpd_tls_wrappermode=yes\r\n');
  });
});
