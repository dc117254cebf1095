/**
 * Building blocks for fixes: minimal text edits that keep the file's line endings and touch
 * only the lines concerned.
 */
import { lineEndingOf } from '../fixes/text';
import type { ConfigModel, ServiceModel } from '../model/config';
import type { MasterCf } from '../parser/masterCf';
import { NO_LINES, type PhysicalLines } from '../parser/physicalLines';
import type { PhysicalLine } from '../parser/types';
import { NO_ARGUMENT_DAEMONS } from './daemons';
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

/**
 * Adds an option (`-o name=value`) to a master.cf service where Postfix reads it: on a new line
 * after the entry, or, when the entry has arguments after its options (where Postfix stops
 * reading options: a `pipe` command's `flags=...`, a stray word), first among the options, right
 * after the command. Added at the end it would be ignored, and added again by every later fix;
 * added just before the first other argument, it would make that argument look like part of
 * its value. Undefined when no place works: a stray word right after the command of a daemon
 * that takes no arguments would read as the new option's value.
 */
export function insertServiceOption(master: MasterCf, service: ServiceModel, indent: string, option: string): TextEditSpec | undefined {
  const { text, lines } = master;
  const entry = service.service;
  const operand = entry.firstOperand;
  if (operand) {
    if (operand.index === 0 && NO_ARGUMENT_DAEMONS.has(service.command)) return undefined;
    const command = entry.fields[7];
    const first = lines.at(lines.indexAt(command.start));
    if (!isBlank(text.slice(command.end, first.end))) return { file: 'master', start: command.end, end: command.end, newText: ` ${option}` };
    return { file: 'master', start: first.next, end: first.next, newText: indent + option + lineEndingOf(master, first) };
  }
  return insertAfterService(master, service, indent + option);
}

/** Inserts a new physical line right after a service entry's last line, with that line's ending. */
export function insertAfterService(master: MasterCf, service: ServiceModel, line: string): TextEditSpec {
  const last = master.lines.at(service.service.logical.lastLine);
  const eol = lineEndingOf(master, last);
  if (last.next > last.end) return { file: 'master', start: last.next, end: last.next, newText: line + eol };
  return { file: 'master', start: last.end, end: last.end, newText: eol + line };
}

export function replace(file: FileKind, start: number, end: number, newText: string): TextEditSpec {
  return { file, start, end, newText };
}
