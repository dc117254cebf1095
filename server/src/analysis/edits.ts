/**
 * Building blocks for fixes: minimal text edits that keep the file's line endings and touch
 * only the lines concerned.
 */
import { lineEndingOf } from '../fixes/text';
import type { ConfigModel } from '../model/config';
import { NO_LINES, type PhysicalLines } from '../parser/physicalLines';
import type { PhysicalLine } from '../parser/types';
import type { Setting } from './settings';
import type { FileKind, TextEditSpec } from './types';

const NO_DOCUMENT: { readonly text: string; readonly lines: PhysicalLines } = Object.freeze({ text: '', lines: NO_LINES });

export function documentOf(model: ConfigModel, file: FileKind): { readonly text: string; readonly lines: PhysicalLines } {
  return (file === 'main' ? model.main : model.master) ?? NO_DOCUMENT;
}

/** The text of a physical line without its terminator and a trailing CR. */
export function lineContent(text: string, line: PhysicalLine): string {
  const s = text.slice(line.start, line.end);
  return s.endsWith('\r') ? s.slice(0, -1) : s;
}

function isBlank(s: string): boolean {
  return /^[ \t\r]*$/.test(s);
}

/**
 * The comment and blank lines strictly between two physical lines, as text: a setting that
 * spans them does not own them, so deleting the setting keeps them.
 */
export function linesBetweenKept(text: string, lines: PhysicalLines, first: number, last: number): string {
  let kept = '';
  for (let i = first + 1; i < last; i++) {
    if (!lines.hasText(i)) kept += text.slice(lines.start(i), lines.next(i));
  }
  return kept;
}

/**
 * Removes a setting: a main.cf setting with all its physical lines; a `-o` override with the
 * blanks before it, or its whole line when it stands alone on it. Comment lines inside stay.
 */
export function deleteSetting(model: ConfigModel, s: Setting): TextEditSpec {
  const { text, lines } = documentOf(model, s.file);
  if (s.parameter) {
    const ll = s.parameter.logical;
    return { file: s.file, start: lines.start(ll.firstLine), end: lines.next(ll.lastLine), newText: linesBetweenKept(text, lines, ll.firstLine, ll.lastLine) };
  }
  const firstIndex = lines.indexAt(s.start);
  const lastIndex = lines.indexAt(Math.max(s.start, s.end - 1));
  const first = lines.at(firstIndex);
  const last = lines.at(lastIndex);
  if (isBlank(text.slice(first.start, s.start)) && isBlank(text.slice(s.end, last.end))) {
    return { file: s.file, start: first.start, end: last.next, newText: linesBetweenKept(text, lines, firstIndex, lastIndex) };
  }
  let start = s.start;
  while (start > first.start && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return { file: s.file, start, end: s.end, newText: '' };
}

/** Inserts a whole line before physical line `line`, with the file's line ending. */
export function insertLineBefore(model: ConfigModel, file: FileKind, line: PhysicalLine, content: string): TextEditSpec {
  const { text, lines } = documentOf(model, file);
  return { file, start: line.start, end: line.start, newText: content + lineEndingOf({ text, lines }, line) };
}

export function replace(file: FileKind, start: number, end: number, newText: string): TextEditSpec {
  return { file, start, end, newText };
}
