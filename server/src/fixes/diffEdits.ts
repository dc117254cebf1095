/**
 * The edits that turn one text into another, line by line: what fix-all hands to an editor,
 * so that only the changed lines are replaced (cursor, folding and undo stay sensible).
 *
 * A diff of two whole files costs (lines x changed lines), and a fix-all can change thousands
 * of lines (every line with a non-breaking space): that took seconds. So the lines both texts
 * share at their start and end are set aside, the rest is cut at the lines that occur once in
 * each text and in the same order (patience diff's anchors), and only the pieces between them
 * are diffed, each with a bound on its changes. A piece over the bound is replaced line by line
 * when it keeps its number of lines, else as a whole.
 */
import { diffArrays } from 'diff';
import type { FileKind, TextEditSpec } from '../analysis/types';
import { firstIndex } from '../search';

/** The most changed lines one piece is diffed for (its cost grows with its lines times this). */
const MAX_PIECE_CHANGES = 200;

/** The lines of a text, each with its line break (the last may have none): how diffLines reads a text. */
function linesOf(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    out.push(text.slice(start, nl + 1));
    start = nl + 1;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

export function diffEdits(file: FileKind, before: string, after: string): TextEditSpec[] {
  if (before === after) return [];
  const a = linesOf(before);
  const b = linesOf(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const out = new EditList(file);
  for (let i = 0; i < head; i++) out.keep(a[i]);
  const aEnd = a.length - tail;
  const bEnd = b.length - tail;
  let ai = head;
  let bi = head;
  for (const [ax, bx] of anchors(a, b, head, aEnd, bEnd)) {
    diffPiece(a.slice(ai, ax), b.slice(bi, bx), out);
    out.keep(a[ax]);
    ai = ax + 1;
    bi = bx + 1;
  }
  diffPiece(a.slice(ai, aEnd), b.slice(bi, bEnd), out);
  return out.done();
}

/**
 * The lines that occur exactly once in a[from, aEnd) and once in b[from, bEnd), as index
 * pairs, keeping the longest run in which both indexes rise (patience sorting).
 */
function anchors(a: string[], b: string[], from: number, aEnd: number, bEnd: number): [number, number][] {
  const seen = new Map<string, { inA: number; a: number; inB: number; b: number }>();
  for (let i = from; i < aEnd; i++) {
    const s = seen.get(a[i]);
    if (s) s.inA++;
    else seen.set(a[i], { inA: 1, a: i, inB: 0, b: -1 });
  }
  for (let j = from; j < bEnd; j++) {
    const s = seen.get(b[j]);
    if (s) (s.inB++, (s.b = j));
  }
  const pairs: [number, number][] = [];
  for (const s of seen.values()) if (s.inA === 1 && s.inB === 1) pairs.push([s.a, s.b]);
  pairs.sort((x, y) => x[0] - y[0]);
  // Longest increasing subsequence of the b indexes: piles with back links.
  const tops: number[] = [];
  const back: number[] = new Array(pairs.length);
  for (let k = 0; k < pairs.length; k++) {
    const lo = firstIndex(tops, (top) => pairs[top][1] >= pairs[k][1]);
    back[k] = lo > 0 ? tops[lo - 1] : -1;
    tops[lo] = k;
  }
  const chain: [number, number][] = [];
  for (let k = tops.length > 0 ? tops[tops.length - 1] : -1; k >= 0; k = back[k]) chain.push(pairs[k]);
  return chain.reverse();
}

/** The edits between two runs of lines that share no anchor. */
function diffPiece(a: string[], b: string[], out: EditList): void {
  if (a.length === 0 && b.length === 0) return;
  const changes = a.length > 0 && b.length > 0 ? diffArrays(a, b, { maxEditLength: MAX_PIECE_CHANGES }) : undefined;
  if (changes) {
    for (const c of changes) {
      if (c.added) out.add(c.value.join(''));
      else if (c.removed) out.remove(c.value.join(''));
      else for (const line of c.value) out.keep(line);
    }
    return;
  }
  if (a.length === b.length) {
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) out.keep(a[i]);
      else (out.remove(a[i]), out.add(b[i]));
    }
    return;
  }
  out.remove(a.join(''));
  out.add(b.join(''));
}

/** Edits made while walking the old text: runs of removed and added lines become one edit. */
class EditList {
  private readonly edits: TextEditSpec[] = [];
  private offset = 0;
  private pending: TextEditSpec | undefined;

  constructor(private readonly file: FileKind) {}

  keep(line: string): void {
    this.flush();
    this.offset += line.length;
  }

  remove(text: string): void {
    this.pending ??= { file: this.file, start: this.offset, end: this.offset, newText: '' };
    this.offset += text.length;
    this.pending.end = this.offset;
  }

  add(text: string): void {
    this.pending ??= { file: this.file, start: this.offset, end: this.offset, newText: '' };
    this.pending.newText += text;
  }

  done(): TextEditSpec[] {
    this.flush();
    return this.edits;
  }

  private flush(): void {
    if (this.pending) this.edits.push(this.pending);
    this.pending = undefined;
  }
}
