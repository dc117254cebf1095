import type { LogicalLine, PhysicalLine, PhysicalLineKind, Piece } from './types';

/** C isspace() in the C locale: what Postfix treats as whitespace. */
export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

function classify(text: string, start: number, end: number): PhysicalLineKind {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  if (i === end) return 'blank';
  if (text.charCodeAt(i) === 35 /* # */) return 'comment';
  return i === start ? 'start' : 'continuation';
}

/** Splits a document into physical lines at `\n` (a `\r` stays in the line as whitespace). */
export function physicalLines(text: string): PhysicalLine[] {
  const lines: PhysicalLine[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const next = nl < 0 ? end : nl + 1;
    lines.push({ index: lines.length, start, end, next, kind: classify(text, start, end) });
    start = next;
  }
  return lines;
}

/**
 * Groups physical lines into logical lines exactly as Postfix's readllines() does: blank and
 * comment lines never end a logical line, a line starting with whitespace continues the
 * current one, and one starting with whitespace before any other logical line is an orphan.
 */
export function logicalLines(text: string, lines: PhysicalLine[]): LogicalLine[] {
  const result: LogicalLine[] = [];
  let current: { pieces: Piece[]; parts: string[]; length: number; first: number; last: number; orphan: boolean } | undefined;
  const flush = () => {
    if (!current) return;
    let joined = current.parts.length === 1 ? current.parts[0] : current.parts.join('');
    let trimmed = joined.length;
    while (trimmed > 0 && isSpace(joined.charCodeAt(trimmed - 1))) trimmed--;
    joined = joined.slice(0, trimmed);
    const pieces = clipPieces(current.pieces, trimmed);
    const last = pieces[pieces.length - 1];
    result.push({
      text: joined,
      pieces,
      start: pieces[0].start,
      end: last.end,
      firstLine: current.first,
      lastLine: lineOfOffset(lines, current.first, last.end === last.start ? last.start : last.end - 1),
      orphan: current.orphan,
    });
    current = undefined;
  };
  for (const line of lines) {
    if (line.kind === 'blank' || line.kind === 'comment') continue;
    if (line.kind === 'start' || !current) {
      flush();
      current = { pieces: [], parts: [], length: 0, first: line.index, last: line.index, orphan: line.kind !== 'start' };
    }
    current.pieces.push({ start: line.start, end: line.end, logical: current.length });
    current.parts.push(text.slice(line.start, line.end));
    current.length += line.end - line.start;
    current.last = line.index;
  }
  flush();
  return result;
}

/** Cuts pieces so that they cover exactly the first `length` characters of the logical text. */
function clipPieces(pieces: Piece[], length: number): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    if (p.logical >= length && out.length > 0) break;
    const keep = Math.max(0, Math.min(p.end - p.start, length - p.logical));
    out.push({ start: p.start, end: p.start + keep, logical: p.logical });
  }
  return out;
}

function lineOfOffset(lines: PhysicalLine[], from: number, offset: number): number {
  let i = from;
  while (i + 1 < lines.length && lines[i + 1].start <= offset) i++;
  return i;
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
export function lineIndexAt(lines: readonly PhysicalLine[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}
