import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { physicalLines } from '../../server/src/parser/physicalLines';

describe('physical lines', () => {
  test('offsets and kinds of every line, with and without a final newline, CRLF kept in the line', () => {
    const lines = physicalLines('a = 1\r\n# c\n\n  b\n \t\nx');
    assert.equal(lines.length, 6);
    assert.deepEqual(lines.slice(), [
      { index: 0, kind: 'start', start: 0, end: 6, next: 7 },
      { index: 1, kind: 'comment', start: 7, end: 10, next: 11 },
      { index: 2, kind: 'blank', start: 11, end: 11, next: 12 },
      { index: 3, kind: 'continuation', start: 12, end: 15, next: 16 },
      { index: 4, kind: 'blank', start: 16, end: 18, next: 19 },
      { index: 5, kind: 'start', start: 19, end: 20, next: 20 },
    ]);
    assert.deepEqual(physicalLines('a\n').slice(), [{ index: 0, kind: 'start', start: 0, end: 1, next: 2 }]);
    assert.deepEqual(physicalLines('\n').slice(), [{ index: 0, kind: 'blank', start: 0, end: 0, next: 1 }]);
    assert.equal(physicalLines('').length, 0);
  });

  test('accessors, iteration and slices give the same lines as at()', () => {
    const lines = physicalLines('a\n b\n#c');
    assert.deepEqual([...lines], lines.slice());
    assert.deepEqual(lines.slice(1, -1), [lines.at(1)]);
    for (let i = 0; i < lines.length; i++) {
      const l = lines.at(i);
      assert.deepEqual([lines.start(i), lines.end(i), lines.next(i), lines.kind(i), lines.hasText(i)], [l.start, l.end, l.next, l.kind, l.kind === 'start' || l.kind === 'continuation']);
    }
    assert.equal(lines.at(3), undefined);
    assert.equal(lines.at(-1), undefined);
  });

  test('the line at an offset: indexAt clamps to the last line, holding() only within a line', () => {
    const lines = physicalLines('ab\ncd\n');
    assert.deepEqual([0, 2, 3, 5, 6].map((o) => lines.indexAt(o)), [0, 0, 1, 1, 1]);
    assert.deepEqual([0, 2, 3, 5].map((o) => lines.holding(o)?.index), [0, 0, 1, 1]);
    assert.equal(lines.holding(6), undefined);
    assert.equal(lines.holding(-1), undefined);
    assert.equal(physicalLines('').indexAt(0), 0);
    assert.equal(physicalLines('').holding(0), undefined);
  });
});
