/**
 * language-configuration.json: Toggle Line Comment, folding, and the Enter rules. The rules are
 * applied to sample lines as VS Code applies them (the first rule whose beforeText matches the
 * text before the cursor), and the result is read back with our parser: an indentation the
 * rules insert must make Postfix continue the value.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseMainCf } from '../../server/src/parser/mainCf';
import { parseMasterCf } from '../../server/src/parser/masterCf';
import { ROOT } from '../helpers/paths';

interface OnEnterRule {
  beforeText: string;
  afterText?: string;
  action: { indent: 'none' | 'indent' | 'outdent' | 'indentOutdent'; appendText?: string };
}

const config = JSON.parse(readFileSync(join(ROOT, 'language-configuration.json'), 'utf8'));
const rules: OnEnterRule[] = config.onEnterRules;

/**
 * The text VS Code puts at the start of the new line when Enter is pressed after `before`
 * with `after` left on the line (undefined: no rule applies).
 */
function enter(before: string, after = ''): string | undefined {
  const rule = rules.find((r) => new RegExp(r.beforeText).test(before) && (r.afterText === undefined || new RegExp(r.afterText).test(after)));
  if (!rule) return undefined;
  assert.equal(rule.action.indent, 'none');
  return /^\s*/.exec(before)![0] + (rule.action.appendText ?? '');
}

/** The document after pressing Enter at `at` in `line` (as VS Code does with the rules). */
function split(line: string, at: number): string {
  const indent = enter(line.slice(0, at), line.slice(at)) ?? /^\s*/.exec(line)![0];
  return `${line.slice(0, at)}\n${indent}${line.slice(at)}\n`;
}

describe('language configuration', () => {
  test('# is the line comment (Toggle Line Comment); Postfix has no block comments', () => {
    assert.deepEqual(config.comments, { lineComment: '#' });
  });

  test('folding by indentation treats continuation lines as the body of their setting', () => {
    assert.deepEqual(config.folding, { offSide: true });
  });

  test('Enter after a setting whose value ends with a comma indents the next line', () => {
    assert.equal(enter('mydestination = $myhostname, localhost,'), '    ');
    assert.equal(enter('smtpd_recipient_restrictions =permit_mynetworks,  '), '    ');
    assert.equal(enter('  permit_sasl_authenticated,'), '  ');
    assert.equal(enter('\treject_unauth_destination,'), '\t');
  });

  test('no rule where Postfix would not continue: comments, empty values, values without a comma, master.cf entries', () => {
    for (const line of ['# mydestination = a,', 'relayhost =', 'mydestination = a, b', 'smtp inet n - y - - smtpd', '', '   ']) {
      assert.equal(enter(line), undefined, line);
    }
  });

  test('Enter inside a line moves the rest onto a continuation line: Postfix reads the same setting or service', () => {
    const main = 'smtpd_recipient_restrictions = permit_mynetworks reject_unauth_destination';
    for (const at of [main.indexOf(' reject'), main.indexOf('reject'), main.indexOf('= ') + 1, main.indexOf('permit')]) {
      const params = parseMainCf(split(main, at)).parameters;
      assert.deepEqual(params.map((p) => [p.name, p.value.normalized]), [['smtpd_recipient_restrictions', 'permit_mynetworks reject_unauth_destination']], `split at ${at}`);
    }
    const master = 'submission inet n - n - - smtpd -o smtpd_tls_security_level=encrypt';
    const service = parseMasterCf(split(master, master.indexOf('-o'))).services;
    assert.deepEqual(service.map((s) => [s.fields.map((f) => f.text).join(' '), s.overrides.map((o) => `${o.name}=${o.value}`)]), [['submission inet n - n - - smtpd', ['smtpd_tls_security_level=encrypt']]]);
    // In a comment, or with nothing after the cursor, Enter stays VS Code's own.
    assert.equal(enter('# a comment', ' more'), undefined);
    assert.equal(enter('relayhost = [relay.example.com]', ''), undefined);
  });

  test('what the rules insert continues the value in Postfix', () => {
    const first = 'mydestination = a,';
    const one = parseMainCf(`${first}\n${enter(first)}c\n`).parameters;
    assert.deepEqual(one.map((p) => [p.name, p.value.normalized]), [['mydestination', 'a, c']]);
    const two = parseMainCf(`mydestination = x,\n  b,\n${enter('  b,')}c\n`).parameters;
    assert.deepEqual(two.map((p) => [p.name, p.value.normalized]), [['mydestination', 'x, b, c']]);
  });
});
