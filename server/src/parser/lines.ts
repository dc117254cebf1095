import { lastStartingAtOrBefore } from '../search';
import type { PhysicalLines } from './physicalLines';
import type { LogicalLine, Piece } from './types';

/** C isspace() in the C locale: what Postfix treats as whitespace. */
export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/**
 * Groups physical lines into logical lines exactly as Postfix's readllines() does: blank and
 * comment lines never end a logical line, a line starting with whitespace continues the
 * current one, and one starting with whitespace before any other logical line is an orphan.
 * Every contributing line has text, so only the last one loses trailing whitespace.
 */
export function logicalLines(text: string, lines: PhysicalLines): LogicalLine[] {
  const result: LogicalLine[] = [];
  let open = false;
  let first = 0;
  let last = 0;
  // The first piece as offsets; an array of pieces only once a second one comes.
  let start = 0;
  let end = 0;
  let pieces: Piece[] | undefined;
  let length = 0;
  let orphan = false;
  for (let i = 0; i < lines.length; i++) {
    if (!lines.hasText(i)) continue;
    const kind = lines.kind(i);
    if (kind === 'start' || !open) {
      if (open) result.push(logicalLine(text, start, end, pieces, first, last, orphan));
      open = true;
      start = lines.start(i);
      end = lines.end(i);
      pieces = undefined;
      first = i;
      length = end - start;
      orphan = kind !== 'start';
    } else {
      const s = lines.start(i);
      const e = lines.end(i);
      // A literal, not push(): an array grown from empty reserves room for 17 elements.
      if (pieces === undefined) pieces = [{ start, end, logical: 0 }, { start: s, end: e, logical: length }];
      else pieces.push({ start: s, end: e, logical: length });
      length += e - s;
    }
    last = i;
  }
  if (open) result.push(logicalLine(text, start, end, pieces, first, last, orphan));
  return result;
}

/**
 * A logical line. Nearly every line of a large file is one physical line: its one piece is
 * made when asked for instead of kept (an array and an object less per line, about 1 MB for
 * 100,000 lines). Hot paths test `firstLine === lastLine` and use `start` and `end` instead.
 */
class Logical implements LogicalLine {
  constructor(
    public text: string,
    public start: number,
    public end: number,
    public firstLine: number,
    public lastLine: number,
    public orphan: boolean,
    /** The pieces of a line continued over several physical lines; undefined for one. */
    private readonly several: Piece[] | undefined,
  ) {}

  get pieces(): Piece[] {
    return this.several ?? [{ start: this.start, end: this.end, logical: 0 }];
  }
}

/** The logical line from its first piece (`start`, `end`) or all its pieces (the last one is trimmed in place). */
function logicalLine(text: string, start: number, end: number, pieces: Piece[] | undefined, first: number, last: number, orphan: boolean): LogicalLine {
  if (pieces === undefined) {
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    return new Logical(text.slice(start, end), start, end, first, last, orphan, undefined);
  }
  const tail = pieces[pieces.length - 1];
  let tailEnd = tail.end;
  while (tailEnd > tail.start && isSpace(text.charCodeAt(tailEnd - 1))) tailEnd--;
  tail.end = tailEnd;
  return new Logical(pieces.map((p) => text.slice(p.start, p.end)).join(''), start, tailEnd, first, last, orphan, pieces);
}

/**
 * The piece of `line` that holds the document offset `offset` (either end included), or
 * undefined between pieces. A binary search: a service's -o options can be thousands of pieces.
 */
export function pieceHolding(line: LogicalLine, offset: number): Piece | undefined {
  const p = lastStartingAtOrBefore(line.pieces, offset, (x) => x.start);
  return p && offset <= p.end ? p : undefined;
}

/** Maps an offset in a logical line's text to the document offset. */
export function toDocumentOffset(line: LogicalLine, logical: number): number {
  // One piece: a shift (and no pieces array made).
  if (line.firstLine === line.lastLine) return Math.min(line.start + logical, line.end);
  const pieces = line.pieces;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid].logical <= logical) lo = mid;
    else hi = mid - 1;
  }
  const p = pieces[lo];
  return Math.min(p.start + (logical - p.logical), p.end);
}

/** Maps the end of a run of logical text to the document: just past its last character. */
export function toDocumentEnd(line: LogicalLine, logicalEnd: number): number {
  return logicalEnd === 0 ? toDocumentOffset(line, 0) : toDocumentOffset(line, logicalEnd - 1) + 1;
}

/** Postfix's display normalisation: every whitespace run becomes one space, ends trimmed. */
export function normalizeWhitespace(value: string): string {
  // Most values have single spaces only: no new string needed.
  if (!/[\t\n\v\f\r]| {2}|^ | $/.test(value)) return value;
  return value.replace(/[ \t\n\v\f\r]+/g, ' ').replace(/^ | $/g, '');
}

/** Quoted text for a message, cut short: a message must not repeat a megabyte of input. */
export function quote(text: string): string {
  return `"${text.length > 120 ? text.slice(0, 120) + '...' : text}"`;
}
