/** Applying fixes: conflicts between fixes, validity of one fix, order of edits at one offset. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Fix, TextEditSpec } from '../../../server/src/analysis/types';
import { applyFixes, applyToText, editsConflict, invalidFix, selectCompatible } from '../../../server/src/fixes/apply';
import { diffEdits } from '../../../server/src/fixes/diffEdits';

const e = (start: number, end: number, newText = '', file: 'main' | 'master' = 'main'): TextEditSpec => ({ file, start, end, newText });
const fix = (title: string, ...edits: TextEditSpec[]): Fix => ({ title, edits, safe: true });

describe('edit conflicts', () => {
  test('shared characters conflict; neighbours do not', () => {
    assert.equal(editsConflict(e(0, 5), e(4, 8)), true);
    assert.equal(editsConflict(e(0, 5), e(5, 8)), false);
    assert.equal(editsConflict(e(0, 5), e(2, 3, '', 'master')), false);
  });

  test('an insertion inside or at either end of another edit conflicts, and two at one offset', () => {
    assert.equal(editsConflict(e(3, 3, 'x'), e(0, 5)), true);
    assert.equal(editsConflict(e(5, 5, 'x'), e(0, 5)), true);
    assert.equal(editsConflict(e(0, 0, 'x'), e(0, 5)), true);
    assert.equal(editsConflict(e(4, 4, 'x'), e(4, 4, 'y')), true);
    assert.equal(editsConflict(e(6, 6, 'x'), e(0, 5)), false);
  });
});

describe('fix validity', () => {
  test('edits outside the text, for a file that is not open, or overlapping within the fix', () => {
    assert.equal(invalidFix(fix('ok', e(0, 3), e(3, 3, 'x')), { main: 'abcdef' }), undefined);
    assert.match(invalidFix(fix('out', e(4, 9)), { main: 'abcdef' })!, /outside main\.cf/);
    assert.match(invalidFix(fix('closed', e(0, 1, '', 'master')), { main: 'abc' })!, /not open/);
    assert.match(invalidFix(fix('overlap', e(0, 3), e(2, 4)), { main: 'abcdef' })!, /overlapping/);
  });
});

describe('choosing compatible fixes', () => {
  test('in order: a fix colliding with an earlier chosen one waits', () => {
    const texts = { main: 'aaaa\nbbbb\ncccc\n' };
    const candidates = [
      { fix: fix('first', e(0, 5)) },
      { fix: fix('collides with first', e(3, 7, 'x')) },
      { fix: fix('independent', e(10, 15)) },
      { fix: fix('invalid', e(0, 99)) },
      { fix: fix('empty') },
    ];
    assert.deepEqual(
      selectCompatible(candidates, texts).map((c) => c.fix.title),
      ['first', 'independent'],
    );
  });

  test('the same choice as comparing each fix with every edit chosen before it', () => {
    const naive = (candidates: { fix: Fix }[], texts: { main: string; master: string }) => {
      const chosen: { fix: Fix }[] = [];
      const taken: TextEditSpec[] = [];
      for (const c of candidates) {
        if (c.fix.edits.length === 0 || invalidFix(c.fix, texts)) continue;
        if (c.fix.edits.some((x) => taken.some((t) => editsConflict(x, t)))) continue;
        chosen.push(c);
        taken.push(...c.fix.edits);
      }
      return chosen;
    };
    const edit = fc
      .record({ start: fc.nat(20), length: fc.constantFrom(0, 0, 1, 2, 5), file: fc.constantFrom<'main' | 'master'>('main', 'main', 'master') })
      .map((r) => e(r.start, r.start + r.length, 'x', r.file));
    const candidate = fc.array(edit, { maxLength: 3 }).map((edits) => ({ fix: fix('f', ...edits) }));
    const texts = { main: 'x'.repeat(18), master: 'y'.repeat(18) };
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 12 }), (candidates) => {
        assert.deepEqual(selectCompatible(candidates, texts), naive(candidates, texts));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('applying', () => {
  test('insertions at one offset keep their listed order; a deletion and an insertion at its end', () => {
    assert.equal(applyToText('abc', [e(1, 1, 'X'), e(1, 1, 'Y')]), 'aXYbc');
    assert.equal(applyToText('abcdef', [e(1, 3), e(3, 3, 'Z')]), 'aZdef');
  });

  test('the same text as splicing each edit in from the last one, for any edits, overlapping or not', () => {
    // What applyToText did before it joined the pieces once: the reference for its result.
    const spliced = (text: string, edits: TextEditSpec[]) =>
      edits
        .map((x, i) => ({ x, i }))
        .sort((a, b) => b.x.start - a.x.start || b.x.end - a.x.end || b.i - a.i)
        .reduce((out, { x }) => out.slice(0, x.start) + x.newText + out.slice(x.end), text);
    const edit = fc.record({ start: fc.nat(12), length: fc.nat(4), newText: fc.constantFrom('', 'X', 'YZ') }).map((r) => e(r.start, r.start + r.length, r.newText));
    const backwards = fc.record({ start: fc.nat(12), back: fc.integer({ min: 1, max: 3 }) }).map((r) => e(r.start, r.start - r.back, 'W'));
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.array(fc.oneof({ weight: 9, arbitrary: edit }, { weight: 1, arbitrary: backwards }), { maxLength: 6 }), (text, edits) => {
        assert.equal(applyToText(text, edits), spliced(text, edits));
      }),
      { numRuns: 3000 },
    );
    const many = Array.from({ length: 5000 }, (_, i) => e(i * 4, i * 4 + 1, 'xy'));
    assert.equal(applyToText('abcd'.repeat(5000), many), 'xybcd'.repeat(5000));
  });

  test('fixes over both files', () => {
    const out = applyFixes({ main: 'a = 1\n', master: 'x\n' }, [fix('both', e(4, 5, '2'), e(0, 1, 'y', 'master'))]);
    assert.deepEqual(out, { main: 'a = 2\n', master: 'y\n' });
  });
});

describe('line diff edits', () => {
  test('only the changed lines are replaced, CRLF kept', () => {
    const before = 'a = 1\r\nb = 2\r\nc = 3\r\nd = 4\r\n';
    const after = 'a = 1\r\nb = 20\r\nc = 3\r\n';
    const edits = diffEdits('main', before, after);
    assert.deepEqual(edits, [
      { file: 'main', start: 7, end: 14, newText: 'b = 20\r\n' },
      { file: 'main', start: 21, end: 28, newText: '' },
    ]);
    assert.equal(applyToText(before, edits), after);
  });

  test('no change, no edit; a missing final line break is a change of the last line', () => {
    assert.deepEqual(diffEdits('main', 'x\n', 'x\n'), []);
    assert.equal(applyToText('a\nb', diffEdits('main', 'a\nb', 'a\nb\nc\n')), 'a\nb\nc\n');
  });

  test('any two texts: the edits make the second from the first, and each covers whole lines', () => {
    // Few distinct lines, so that texts repeat lines (no anchors) as well as share unique ones.
    const line = fc.constantFrom('a = 1\n', 'b = 2\n', 'c = 3\r\n', '# x\n', '\n', 'd = 4');
    const text = fc.array(line, { maxLength: 12 }).map((ls) => ls.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const edits = diffEdits('main', before, after);
        assert.equal(applyToText(before, edits), after);
        for (const x of edits) {
          assert.ok(x.start === 0 || before[x.start - 1] === '\n', `starts a line: ${JSON.stringify(x)}`);
          assert.ok(x.end === 0 || x.end === before.length || before[x.end - 1] === '\n', `ends a line: ${JSON.stringify(x)}`);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('lines that occur once in both texts split the diff: only the lines between them change', () => {
    const before = 'u1\nx\nx\nu2\ny\nu3\n';
    const after = 'u1\nx\nz\nu2\ny\nw\nu3\n';
    assert.deepEqual(diffEdits('main', before, after), [
      { file: 'main', start: 5, end: 7, newText: 'z\n' },
      { file: 'main', start: 12, end: 12, newText: 'w\n' },
    ]);
  });

  test('thousands of changed lines: line by line when the count stays, else one edit for the run', () => {
    const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('');
    const before = `head\n${lines(5000, (i) => `p${i} = caf\u00e9\u00a0x\n`)}tail\n`;
    const after = `head\n${lines(5000, (i) => `p${i} = caf\u00e9 x\n`)}tail\n`;
    assert.deepEqual(diffEdits('main', before, after), [{ file: 'main', start: 5, end: before.length - 5, newText: after.slice(5, -5) }]);
    const everyOther = lines(5000, (i) => (i % 2 ? `p${i} = caf\u00e9 x\n` : `p${i} = caf\u00e9\u00a0x\n`));
    const edits = diffEdits('main', before, `head\n${everyOther}tail\n`);
    assert.equal(edits.length, 2500);
    assert.equal(applyToText(before, edits), `head\n${everyOther}tail\n`);
    const shorter = `head\n${lines(4000, (i) => `q${i}\n`)}tail\n`;
    assert.deepEqual(diffEdits('main', before, shorter), [{ file: 'main', start: 5, end: before.length - 5, newText: shorter.slice(5, -5) }]);
  });
});
