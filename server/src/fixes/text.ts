/**
 * Building blocks for exact, minimal fixes: whole-line deletions and insertions that keep the
 * file's line endings, value replacements that keep continuation and comment lines intact,
 * and `-o` removal in master.cf. Every helper returns edits in document offsets of one file.
 */
import type { FileKind, TextEditSpec } from '../analysis/types';
import type { Parameter } from '../parser/mainCf';
import type { Override } from '../parser/masterCf';
import { isSpace } from '../parser/lines';
import type { PhysicalLines } from '../parser/physicalLines';
import type { LogicalLine, PhysicalLine } from '../parser/types';

export interface EditableDoc {
  text: string;
  lines: PhysicalLines;
}

/** The file's line ending: that of its first line break (LF when it has none). */
export function lineEnding(text: string): '\n' | '\r\n' {
  const nl = text.indexOf('\n');
  return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}

/** The terminator of one physical line (the file's style for a last line without one). */
export function lineEndingOf(doc: EditableDoc, line: PhysicalLine): '\n' | '\r\n' {
  if (line.next === line.end) return lineEnding(doc.text);
  return line.end > line.start && doc.text[line.end - 1] === '\r' ? '\r\n' : '\n';
}

/** The physical line that contains `offset` (the last line for the end of the text). */
export function lineAt(doc: EditableDoc, offset: number): PhysicalLine {
  return doc.lines.at(doc.lines.indexAt(offset));
}

/** End of a line's text without trailing whitespace (a CRLF line's `\r` included). */
export function trimmedEnd(doc: EditableDoc, line: PhysicalLine): number {
  let e = line.end;
  while (e > line.start && isSpace(doc.text.charCodeAt(e - 1))) e--;
  return e;
}

/** The leading whitespace of a line. */
export function indentation(doc: EditableDoc, line: PhysicalLine): string {
  let i = line.start;
  while (i < line.end && (doc.text[i] === ' ' || doc.text[i] === '\t')) i++;
  return doc.text.slice(line.start, i);
}

/** The physical lines that carry text of a logical line (comment and blank lines inside excluded). */
export function linesOf(doc: EditableDoc, logical: LogicalLine): PhysicalLine[] {
  const out: PhysicalLine[] = [];
  for (let i = logical.firstLine; i <= logical.lastLine; i++) {
    if (doc.lines.hasText(i)) out.push(doc.lines.at(i));
  }
  return out;
}

/** Deletes whole physical lines, merging neighbours into one edit each. */
export function deleteLines(file: FileKind, lines: PhysicalLine[]): TextEditSpec[] {
  const edits: TextEditSpec[] = [];
  for (const l of [...lines].sort((a, b) => a.start - b.start)) {
    const last = edits[edits.length - 1];
    if (last && last.end === l.start) last.end = l.next;
    else edits.push({ file, start: l.start, end: l.next, newText: '' });
  }
  return edits;
}

/** Deletes a main.cf setting or a master.cf service: its lines, not the comments between them. */
export function deleteLogicalLine(file: FileKind, doc: EditableDoc, logical: LogicalLine): TextEditSpec[] {
  return deleteLines(file, linesOf(doc, logical));
}

/** Inserts whole lines before physical line `before`, in that line's line-ending style. */
export function insertLinesBefore(file: FileKind, doc: EditableDoc, before: PhysicalLine, content: string[]): TextEditSpec {
  const eol = lineEndingOf(doc, before);
  return { file, start: before.start, end: before.start, newText: content.map((c) => c + eol).join('') };
}

/** Inserts whole lines after physical line `after` (or at the start of an empty document). */
export function insertLinesAfter(file: FileKind, doc: EditableDoc, after: PhysicalLine | undefined, content: string[]): TextEditSpec {
  const eol = after ? lineEndingOf(doc, after) : lineEnding(doc.text);
  if (!after) return { file, start: 0, end: 0, newText: content.map((c) => c + eol).join('') };
  if (after.next === after.end) return { file, start: after.end, end: after.end, newText: content.map((c) => eol + c).join('') };
  return { file, start: after.next, end: after.next, newText: content.map((c) => c + eol).join('') };
}

/**
 * Replaces the value of a main.cf setting. A value continued over several lines becomes one
 * line: the first line's part is replaced and the continuation lines are deleted, so comment
 * lines between them stay.
 */
export function replaceValue(doc: EditableDoc, p: Parameter, newValue: string): TextEditSpec[] {
  if (p.value.text === newValue) return [];
  if (p.value.text === '') {
    // Whatever whitespace follows the `=` goes; the line ending (a CRLF's `\r` too) stays.
    const line = lineAt(doc, p.eq);
    const end = line.end > p.eq + 1 && doc.text[line.end - 1] === '\r' ? line.end - 1 : line.end;
    return [{ file: 'main', start: p.eq + 1, end: Math.max(p.eq + 1, end), newText: newValue === '' ? '' : ' ' + newValue }];
  }
  const first = lineAt(doc, p.value.start);
  const edits: TextEditSpec[] = [{ file: 'main', start: p.value.start, end: Math.min(trimmedEnd(doc, first), p.value.end), newText: newValue }];
  const later = linesOf(doc, p.logical).filter((l) => l.index > first.index);
  return [...edits, ...deleteLines('main', later)];
}

/** End offset of an override including the closing brace of the long form. */
export function overrideEnd(text: string, o: Override): number {
  if (o.form !== 'long') return o.end;
  const close = text.indexOf('}', o.valueEnd);
  return close < 0 ? o.end : close + 1;
}

/**
 * Removes one `-o` setting from master.cf: the whole line when the line holds nothing else,
 * otherwise the option with the whitespace before it.
 */
export function deleteOverride(doc: EditableDoc, o: Override): TextEditSpec[] {
  const end = overrideEnd(doc.text, o);
  const first = lineAt(doc, o.start);
  const last = lineAt(doc, Math.max(o.start, end - 1));
  const before = doc.text.slice(first.start, o.start);
  const after = doc.text.slice(end, last.end);
  if (first.index > 0 && before.trim() === '' && after.trim() === '' && first.kind === 'continuation') {
    const lines = doc.lines.slice(first.index, last.index + 1).filter((l) => l.kind !== 'comment');
    return deleteLines('master', lines);
  }
  let start = o.start;
  while (start > first.start && (doc.text[start - 1] === ' ' || doc.text[start - 1] === '\t')) start--;
  return [{ file: 'master', start, end, newText: '' }];
}

/** Replaces the value of a `-o` setting (the caller keeps short-form values free of whitespace). */
export function replaceOverrideValue(o: Override, newValue: string): TextEditSpec[] {
  if (o.value === newValue) return [];
  return [{ file: 'master', start: o.valueStart, end: o.valueEnd, newText: newValue }];
}
