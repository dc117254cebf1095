import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { unknownRuleId } from '../../../server/src/analysis/rules/unknownRuleId';
import { parseSuppressionComment } from '../../../server/src/analysis/suppressions';
import { analyze } from '../../../server/src/analysis/engine';
import { loadModel } from '../../../server/src/model/load';
import { applyFix, runRule } from '../../helpers/rules';

describe('unknown-rule-id', () => {
  test('a mistyped id in a suppression comment: warning at the id, the fix is the closest id', () => {
    const main = 'biff = no\n# postfix-lint: disable-next-line default-valeu, duplicate-parameter\nbiff = yes\n';
    const { model, diagnostics, shown } = runRule(unknownRuleId, { main });
    assert.deepEqual(shown, ['main:2:35-2:48 warning «default-valeu»']);
    assert.equal(diagnostics[0].message, 'No rule is called default-valeu, so this comment silences nothing by that name. Did you mean default-value?');
    assert.deepEqual(diagnostics[0].fixes!.map((f) => [f.title, f.safe]), [['Change to default-value', false]]);
    assert.equal(applyFix(model, diagnostics[0].fixes![0]).main, main.replace('default-valeu', 'default-value'));
  });

  test('words that are no rule at all, in master.cf and with disable; a reason after -- is not read as ids', () => {
    const master = '# postfix-lint: disable because legacy\nsmtp inet n - n - - smtpd\n  # postfix-lint: disable-next-line option-whitespace -- the space is wanted\n  -o smtpd_tls_security_level=may\n';
    const { diagnostics, shown } = runRule(unknownRuleId, { master });
    assert.deepEqual(shown, ['master:1:25-1:32 warning «because»', 'master:1:33-1:39 warning «legacy»']);
    assert.equal(diagnostics[0].message, 'No rule is called because, so this comment silences nothing by that name. postfix-lint --list-rules lists the rules; a reason for the comment goes after " -- ".');
    assert.deepEqual(diagnostics[0].fixes, undefined);
  });

  test('no finding: known ids, every rule (no ids), ordinary comments', () => {
    const main = '# postfix-lint: disable-next-line default-value -- kept for the reader\nbiff = yes\n# postfix-lint: disable\n# a comment about postfix-lint: not a directive\n';
    assert.deepEqual(runRule(unknownRuleId, { main }).shown, []);
  });

  test('a reason after -- does not change what is silenced', () => {
    const main = 'biff = no\n# postfix-lint: disable-next-line duplicate-parameter -- the last one wins anyway\nbiff = yes\n';
    const codes = analyze(loadModel({ main })).diagnostics.filter((d) => d.code === 'duplicate-parameter').map((d) => d.start);
    assert.deepEqual(codes, [0], 'only the first line is reported; the line after the comment is silenced');
    assert.deepEqual(parseSuppressionComment('  #postfix-lint: disable-next-line a,b  c -- why, d'), {
      kind: 'disable-next-line',
      listStart: 34,
      listEnd: 41,
      ids: [
        { id: 'a', start: 35 },
        { id: 'b', start: 37 },
        { id: 'c', start: 40 },
      ],
      idsEnd: 41,
    });
    // A misspelt directive reads as disable with a strange id, which this rule then reports.
    assert.deepEqual(parseSuppressionComment('# postfix-lint: disable-nextline x'), { kind: 'disable', listStart: 23, listEnd: 34, ids: [{ id: '-nextline', start: 23 }, { id: 'x', start: 33 }], idsEnd: 34 });
    assert.equal(parseSuppressionComment('# postfix-lint disable x'), undefined);
    assert.deepEqual(parseSuppressionComment('# postfix-lint: disable --'), { kind: 'disable', listStart: 23, listEnd: 23, ids: [], idsEnd: 23 });
  });
});
