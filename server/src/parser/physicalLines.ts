/**
 * The physical lines of a document, stored compactly: one start offset and one kind byte per
 * line instead of one object per line. A 100,000-line file kept 100,000 small objects (over
 * 6 MB) that every scavenge copied; two typed arrays hold the same facts in under 0.5 MB,
 * outside the collected heap.
 *
 * Only `start` and `kind` are stored: lines are contiguous, so a line's `next` is the following
 * line's start (the text length for the last line), and its `end` is `next - 1` (the `\n`),
 * except for a last line without a terminator, which ends at the end of the text.
 */
import { isSpace } from './lines';
import type { PhysicalLine, PhysicalLineKind } from './types';

/** Kind codes as stored: the index into this list. */
const KINDS: readonly PhysicalLineKind[] = ['blank', 'comment', 'start', 'continuation'];
const BLANK = 0;
const COMMENT = 1;
const START = 2;
const CONTINUATION = 3;

function classify(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  if (i === end) return BLANK;
  if (text.charCodeAt(i) === 35 /* # */) return COMMENT;
  return i === start ? START : CONTINUATION;
}

export class PhysicalLines implements Iterable<PhysicalLine> {
  readonly length: number;

  /**
   * @param starts line starts, plus one more entry: the text length (so `next` needs no test)
   * @param kinds kind codes, one per line
   * @param lastEnd the end of the last line (the text length, less one when it ends with `\n`)
   */
  constructor(
    private readonly starts: Int32Array,
    private readonly kinds: Uint8Array,
    private readonly lastEnd: number,
  ) {
    this.length = kinds.length;
  }

  start(i: number): number {
    return this.starts[i];
  }

  /** Offset just past the line terminator (`\n`), or `end` for the last line without one. */
  next(i: number): number {
    return this.starts[i + 1];
  }

  end(i: number): number {
    return i + 1 < this.length ? this.starts[i + 1] - 1 : this.lastEnd;
  }

  kind(i: number): PhysicalLineKind {
    return KINDS[this.kinds[i]];
  }

  /** True for a line that carries text of a logical line (a start or a continuation). */
  hasText(i: number): boolean {
    return this.kinds[i] >= START;
  }

  /**
   * Line `i` as a fresh object, for callers that pass lines around. Like an array index, an
   * index outside the document gives undefined (typed as a line, as an array's would be).
   */
  at(i: number): PhysicalLine {
    if (!(i >= 0 && i < this.length)) return undefined as unknown as PhysicalLine;
    return { index: i, kind: this.kind(i), start: this.starts[i], end: this.end(i), next: this.starts[i + 1] };
  }

  /** Lines `from` up to (not including) `to`, as objects; the arguments work as Array.slice's do. */
  slice(from = 0, to = this.length): PhysicalLine[] {
    const lo = from < 0 ? Math.max(0, this.length + from) : Math.min(from, this.length);
    const hi = to < 0 ? Math.max(0, this.length + to) : Math.min(to, this.length);
    const out: PhysicalLine[] = [];
    for (let i = lo; i < hi; i++) out.push(this.at(i));
    return out;
  }

  /** The line whose text or terminator holds `offset`, or undefined for an offset outside the text. */
  holding(offset: number): PhysicalLine | undefined {
    if (this.length === 0) return undefined;
    // Lines are contiguous, so only the last line starting at or before `offset` can hold it.
    const i = this.indexAt(offset);
    return this.starts[i] <= offset && offset <= this.end(i) ? this.at(i) : undefined;
  }

  *[Symbol.iterator](): Iterator<PhysicalLine> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  /** Index of the line that holds `offset` (the last line for the end of the text; 0 when there is none). */
  indexAt(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = this.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return Math.max(0, lo);
  }
}

/** Splits a document into physical lines at `\n` (a `\r` stays in the line as whitespace). */
export function physicalLines(text: string): PhysicalLines {
  const length = text.length;
  // One pass (finding the line breaks is most of the work): the arrays grow by doubling from a
  // guess of 32 characters a line, and are cut to size at the end.
  let capacity = (length >> 5) + 16;
  let starts = new Int32Array(capacity + 1);
  let kinds = new Uint8Array(capacity);
  let count = 0;
  let start = 0;
  let lastEnd = 0;
  while (start < length) {
    if (count === capacity) {
      capacity *= 2;
      const moreStarts = new Int32Array(capacity + 1);
      moreStarts.set(starts);
      starts = moreStarts;
      const moreKinds = new Uint8Array(capacity);
      moreKinds.set(kinds);
      kinds = moreKinds;
    }
    const nl = text.indexOf('\n', start);
    // The last line may have no terminator.
    const end = nl < 0 ? length : nl;
    starts[count] = start;
    kinds[count] = classify(text, start, end);
    count++;
    lastEnd = end;
    start = nl < 0 ? length : nl + 1;
  }
  starts[count] = length;
  return new PhysicalLines(starts.slice(0, count + 1), kinds.slice(0, count), lastEnd);
}

/** The lines of an empty document, for callers without one. */
export const NO_LINES: PhysicalLines = physicalLines('');
