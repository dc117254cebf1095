import { isSpace, type PhysicalLines } from './physicalLines';
import type { LogicalLine, Piece } from './types';

export { isSpace, NO_LINES, physicalLines, PhysicalLines } from './physicalLines';

/**
 * Groups physical lines into logical lines exactly as Postfix's readllines() does: blank and
 * comment lines never end a logical line, a line starting with whitespace continues the
 * current one, and one starting with whitespace before any other logical line is an orphan.
 * Every contributing line has text, so only the last one loses trailing whitespace.
 */
export function logicalLines(text: string, lines: PhysicalLines): LogicalLine[] {
  const result: LogicalLine[] = [];
  let pieces: Piece[] | undefined;
  let first = 0;
  let last = 0;
  let length = 0;
  let orphan = false;
  for (let i = 0; i < lines.length; i++) {
    if (!lines.hasText(i)) continue;
    const start = lines.start(i);
    const end = lines.end(i);
    const kind = lines.kind(i);
    if (kind === 'start' || pieces === undefined) {
      if (pieces !== undefined) result.push(logicalLine(text, pieces, first, last, orphan));
      // A literal, not push(): an array grown from empty reserves room for 17 elements.
      pieces = [{ start, end, logical: 0 }];
      first = i;
      length = 0;
      orphan = kind !== 'start';
    } else pieces.push({ start, end, logical: length });
    length += end - start;
    last = i;
  }
  if (pieces !== undefined) result.push(logicalLine(text, pieces, first, last, orphan));
  return result;
}

/** The logical line of `pieces` (fresh, so the last one is trimmed in place). */
function logicalLine(text: string, pieces: Piece[], first: number, last: number, orphan: boolean): LogicalLine {
  const tail = pieces[pieces.length - 1];
  let end = tail.end;
  while (end > tail.start && isSpace(text.charCodeAt(end - 1))) end--;
  tail.end = end;
  const joined = pieces.length === 1 ? text.slice(tail.start, end) : pieces.map((p) => text.slice(p.start, p.end)).join('');
  return { text: joined, pieces, start: pieces[0].start, end, firstLine: first, lastLine: last, orphan };
}

/** Maps an offset in a logical line's text to the document offset. */
export function toDocumentOffset(line: LogicalLine, logical: number): number {
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

/** Index of the physical line that holds `offset` (the last line for the end of the text). */
export function lineIndexAt(lines: PhysicalLines, offset: number): number {
  return lines.indexAt(offset);
}
