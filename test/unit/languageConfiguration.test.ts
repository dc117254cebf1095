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
import { ROOT } from '../helpers/paths';

interface OnEnterRule {
  beforeText: string;
  afterText?: string;
  action: { indent: 'none' | 'indent' | 'outdent' | 'indentOutdent'; appendText?: string };
}

const config = JSON.parse(readFileSync(join(ROOT, 'language-configuration.json'), 'utf8'));
const rules: OnEnterRule[] = config.onEnterRules;

/** The text VS Code puts at the start of the new line when Enter is pressed at the end of `line`. */
function enter(line: string): string | undefined {
  const rule = rules.find((r) => new RegExp(r.beforeText).test(line));
  if (!rule) return undefined;
  assert.equal(rule.action.indent, 'none');
  return /^\s*/.exec(line)![0] + (rule.action.appendText ?? '');
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

  test('what the rules insert continues the value in Postfix', () => {
    const first = 'mydestination = a,';
    const one = parseMainCf(`${first}\n${enter(first)}c\n`).parameters;
    assert.deepEqual(one.map((p) => [p.name, p.value.normalized]), [['mydestination', 'a, c']]);
    const two = parseMainCf(`mydestination = x,\n  b,\n${enter('  b,')}c\n`).parameters;
    assert.deepEqual(two.map((p) => [p.name, p.value.normalized]), [['mydestination', 'x, b, c']]);
  });
});
