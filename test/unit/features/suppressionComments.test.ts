/** Rule ids in `# postfix-lint: disable...` comments: completion and hover. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CompletionItem, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { RULES } from '../../../server/src/analysis/rules';
import { completion } from '../../../server/src/features/completion';
import { hover } from '../../../server/src/features/hover';
import { fixture } from '../../helpers/features';

const labels = (items: CompletionItem[]) => items.map((i) => i.label);

describe('suppression comments in the editor', () => {
  test('completion after the directive: every rule id, with its default severity and description, replacing the word typed', () => {
    const { ctx, offset } = fixture({ file: 'main', main: '# postfix-lint: disable-next-line defa|\nbiff = yes\n' });
    const { items } = completion(ctx, offset);
    assert.deepEqual(labels(items), RULES.map((r) => r.id));
    const item = items.find((i) => i.label === 'default-value')!;
    assert.equal(item.detail, 'default: hint');
    assert.equal((item.documentation as MarkupContent).value, RULES.find((r) => r.id === 'default-value')!.description);
    assert.deepEqual((item.textEdit as TextEdit).range, { start: { line: 0, character: 34 }, end: { line: 0, character: 38 } });
  });

  test('after a comma ids already listed are left out; in master.cf too; nothing in the directive or in the reason', () => {
    const { ctx, offset } = fixture({ file: 'master', master: 'smtp inet n - n - - smtpd\n  # postfix-lint: disable-next-line option-whitespace, |\n  -o a=b\n' });
    const got = labels(completion(ctx, offset).items);
    assert.equal(got.length, RULES.length - 1);
    assert.ok(!got.includes('option-whitespace'));
    for (const main of ['# postfix-lint: disa|ble-next-line x\n', '# postfix-lint: disable-next-line x -- why |\n', '# postfix-lint:|\n']) {
      const f = fixture({ file: 'main', main });
      assert.deepEqual(completion(f.ctx, f.offset).items, [], main);
    }
    // An ordinary comment is not a suppression: no rule ids there.
    const plain = fixture({ file: 'main', main: '# a note about defa|\n' });
    assert.ok(!labels(completion(plain.ctx, plain.offset).items).includes('default-value'));
  });

  test('hover on an id: what the rule finds; on an unknown id: that it silences nothing', () => {
    const known = fixture({ file: 'main', main: '# postfix-lint: disable duplicate-par|ameter, nosuch\n' });
    const h = hover(known.ctx, known.offset)!;
    assert.equal((h.contents as MarkupContent).value, `**duplicate-parameter** (default: warning)\n\n${RULES.find((r) => r.id === 'duplicate-parameter')!.description}`);
    assert.deepEqual(h.range, { start: { line: 0, character: 24 }, end: { line: 0, character: 43 } });
    const unknown = fixture({ file: 'main', main: '# postfix-lint: disable duplicate-parameter, nos|uch\n' });
    assert.equal((hover(unknown.ctx, unknown.offset)!.contents as MarkupContent).value, '**nosuch**: no rule has this id, so this comment silences nothing by that name.');
    const directive = fixture({ file: 'main', main: '# postfix-lint: dis|able x\n' });
    assert.equal(hover(directive.ctx, directive.offset), null);
  });
});
