/** The edit helpers fixes are built from: exact text before and after, LF and CRLF. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyToText } from '../../../server/src/fixes/apply';
import {
  deleteLogicalLine,
  deleteOverride,
  insertLinesAfter,
  insertLinesBefore,
  lineEnding,
  replaceOverrideValue,
  replaceValue,
} from '../../../server/src/fixes/text';
import { parseMainCf } from '../../../server/src/parser/mainCf';
import { parseMasterCf } from '../../../server/src/parser/masterCf';

const crlf = (s: string) => s.replace(/\n/g, '\r\n');

describe('line endings', () => {
  test('the first line break decides; no line break means LF', () => {
    assert.equal(lineEnding('a = b\r\nc = d\n'), '\r\n');
    assert.equal(lineEnding('a = b\nc = d\r\n'), '\n');
    assert.equal(lineEnding('a = b'), '\n');
  });
});

describe('main.cf edits', () => {
  for (const [label, conv] of [
    ['LF', (s: string) => s],
    ['CRLF', crlf],
  ] as const) {
    test(`${label}: deleting a continued setting keeps the comment line inside it`, () => {
      const text = conv('a = 1\nb = x,\n# note\n  y\nc = 3\n');
      const doc = parseMainCf(text);
      const b = doc.parameters[1];
      assert.equal(applyToText(text, deleteLogicalLine('main', doc, b.logical)), conv('a = 1\n# note\nc = 3\n'));
    });

    test(`${label}: replacing a continued value leaves one line and keeps comments`, () => {
      const text = conv('b = x,\n# note\n  y\nc = 3\n');
      const doc = parseMainCf(text);
      assert.equal(applyToText(text, replaceValue(doc, doc.parameters[0], 'z')), conv('b = z\n# note\nc = 3\n'));
    });

    test(`${label}: an empty value gets a space and the new value`, () => {
      const text = conv('a =\nb =   \n');
      const doc = parseMainCf(text);
      const out = applyToText(text, [...replaceValue(doc, doc.parameters[0], 'may'), ...replaceValue(doc, doc.parameters[1], 'no')]);
      assert.equal(out, conv('a = may\nb = no\n'));
    });

    test(`${label}: lines inserted before and after keep the line ending`, () => {
      const text = conv('a = 1\nb = 2\n');
      const doc = parseMainCf(text);
      const edits = [insertLinesBefore('main', doc, doc.lines.at(1), ['# x']), insertLinesAfter('main', doc, doc.lines.at(1), ['', 'c = 3'])];
      assert.equal(applyToText(text, edits), conv('a = 1\n# x\nb = 2\n\nc = 3\n'));
    });
  }

  test('inserting after a last line without a line break adds one before the new lines', () => {
    const text = 'a = 1\r\nb = 2';
    const doc = parseMainCf(text);
    assert.equal(applyToText(text, [insertLinesAfter('main', doc, doc.lines.at(1), ['c = 3'])]), 'a = 1\r\nb = 2\r\nc = 3');
  });

  test('deleting the last line without a line break', () => {
    const text = 'a = 1\nb = 2';
    const doc = parseMainCf(text);
    assert.equal(applyToText(text, deleteLogicalLine('main', doc, doc.parameters[1].logical)), 'a = 1\n');
  });

  test('inserting into an empty document', () => {
    const doc = parseMainCf('');
    assert.equal(applyToText('', [insertLinesAfter('main', doc, undefined, ['a = 1'])]), 'a = 1\n');
  });
});

describe('master.cf -o edits', () => {
  const text = crlf(
    [
      'submission inet n - n - - smtpd',
      '  -o syslog_name=postfix/submission',
      '  -o smtpd_tls_eecdh_grade=none',
      '  -o { smtpd_tls_dh1024_param_file = /etc/dh.pem }',
      'smtps inet n - n - - smtpd -o smtpd_tls_wrappermode=yes -o smtpd_tls_ciphers=export',
      '',
    ].join('\n'),
  );
  const doc = parseMasterCf(text);
  const [submission, smtps] = doc.services;

  test('an -o on its own line goes with its line', () => {
    assert.equal(
      applyToText(text, deleteOverride(doc, submission.overrides[1])),
      text.replace('  -o smtpd_tls_eecdh_grade=none\r\n', ''),
    );
  });

  test('a long-form -o on its own line goes with its line, brace included', () => {
    assert.equal(
      applyToText(text, deleteOverride(doc, submission.overrides[2])),
      text.replace('  -o { smtpd_tls_dh1024_param_file = /etc/dh.pem }\r\n', ''),
    );
  });

  test('an -o on the service line goes with the blank before it', () => {
    assert.equal(applyToText(text, deleteOverride(doc, smtps.overrides[1])), text.replace(' -o smtpd_tls_ciphers=export', ''));
  });

  test('replacing an -o value touches the value only', () => {
    assert.equal(applyToText(text, replaceOverrideValue(smtps.overrides[1], 'medium')), text.replace('ciphers=export', 'ciphers=medium'));
  });
});
