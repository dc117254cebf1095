/**
 * Minimal text edits for the security rules' quick fixes: change a setting where it is written
 * (never add a second one), add a missing setting at the end of main.cf, add or change a `-o`
 * line of a master.cf service, and add or remove one word of a list. Line endings (LF or CRLF)
 * and indentation follow the file.
 */
import { lineEnding } from '../../fixes/text';
import { insertServiceOption } from '../edits';
import type { ConfigModel, ServiceModel } from '../../model/config';
import type { MainCf } from '../../parser/mainCf';
import type { MasterCf } from '../../parser/masterCf';
import type { FileKind, TextEditSpec } from '../types';
import type { Word } from './words';


function docOf(model: ConfigModel, file: FileKind): MainCf | MasterCf | undefined {
  return file === 'main' ? model.main : model.master;
}

/** Sets main.cf parameter `name` to `value`: edits the effective line, or appends one. */
export function setMainParameter(model: ConfigModel, name: string, value: string): TextEditSpec | undefined {
  const main = model.main;
  if (!main) return undefined;
  // The effective assignment is the last one of the name.
  const p = model.effective.get(name);
  if (p) {
    const glue = p.value.text === '' && value !== '' && !/[ \t]/.test(main.text[p.value.start - 1] ?? '') ? ' ' : '';
    return { file: 'main', start: p.value.start, end: p.value.end, newText: glue + value };
  }
  const eol = lineEnding(main.text);
  const text = main.text;
  const prefix = text.length > 0 && !text.endsWith('\n') ? eol : '';
  const line = value === '' ? `${name} =` : `${name} = ${value}`;
  return { file: 'main', start: text.length, end: text.length, newText: `${prefix}${line}${eol}` };
}

/** Deletes the effective main.cf line(s) of `name` (all physical lines of its logical line). */
export function deleteMainParameter(model: ConfigModel, name: string): TextEditSpec | undefined {
  const main = model.main;
  const p = model.effective.get(name);
  if (!main || !p) return undefined;
  const first = main.lines.at(p.logical.firstLine);
  const last = main.lines.at(p.logical.lastLine);
  return { file: 'main', start: first.start, end: last.next, newText: '' };
}

/** Sets `-o name=value` on a service: edits the existing override, or adds the option. */
export function setServiceOverride(model: ConfigModel, service: ServiceModel, name: string, value: string): TextEditSpec | undefined {
  const master = model.master;
  if (!master) return undefined;
  const o = service.overrides.get(name);
  if (o) return { file: 'master', start: o.valueStart, end: o.valueEnd, newText: value };
  return insertServiceOption(master, service, overrideIndent(master, service), `-o ${name}=${value}`);
}

/** Removes a service's `-o name=...` (its own line when it has one, else just the option). */
export function removeServiceOverride(model: ConfigModel, service: ServiceModel, name: string): TextEditSpec | undefined {
  const master = model.master;
  const o = service.overrides.get(name);
  if (!master || !o) return undefined;
  const line = master.lines.holding(o.start);
  if (line && line.index > service.service.logical.firstLine && master.text.slice(line.start, o.start).trim() === '' && master.text.slice(o.end, line.end).trim() === '') {
    return { file: 'master', start: line.start, end: line.next, newText: '' };
  }
  let start = o.start;
  while (start > 0 && /[ \t]/.test(master.text[start - 1])) start--;
  return { file: 'master', start, end: o.end, newText: '' };
}

/** The indentation of the service's existing continuation lines, or two spaces. */
function overrideIndent(master: MasterCf, service: ServiceModel): string {
  const ll = service.service.logical;
  for (let i = ll.firstLine + 1; i <= ll.lastLine; i++) {
    if (master.lines.kind(i) !== 'continuation') continue;
    const m = /^[ \t]+/.exec(master.text.slice(master.lines.start(i), master.lines.end(i)));
    if (m) return m[0];
  }
  return '  ';
}

/** Replaces one master.cf column of a service. */
export function setServiceField(service: ServiceModel, index: number, value: string): TextEditSpec {
  const f = service.service.fields[index];
  return { file: 'master', start: f.start, end: f.end, newText: value };
}

/** The separator to use between list words, copied from the list when it has one. */
function separatorOf(model: ConfigModel, words: Word[]): string {
  for (let i = 1; i < words.length; i++) {
    const a = words[i - 1].loc;
    const b = words[i].loc;
    if (!a || !b || a.file !== b.file) continue;
    const gap = docOf(model, a.file)?.text.slice(a.end, b.start) ?? '';
    if (gap.includes('\n')) continue;
    if (gap.includes(',')) return gap.includes(', ') || /,\s/.test(gap) ? ', ' : ',';
    return ' ';
  }
  return ', ';
}

/** Inserts `item` into a list before `words[index]`, or at the end when index = words.length. */
export function insertListWord(model: ConfigModel, words: Word[], index: number, item: string): TextEditSpec | undefined {
  const sep = separatorOf(model, words);
  if (index < words.length) {
    const w = words[index];
    if (!w.exact || !w.loc) return undefined;
    return { file: w.loc.file, start: w.loc.start, end: w.loc.start, newText: `${item}${sep}` };
  }
  const w = words[words.length - 1];
  if (!w?.exact || !w.loc) return undefined;
  return { file: w.loc.file, start: w.loc.end, end: w.loc.end, newText: `${sep}${item}` };
}

/** Removes `words[index]` and one separator next to it. */
export function removeListWord(words: Word[], index: number): TextEditSpec | undefined {
  const w = words[index];
  if (!w.exact || !w.loc) return undefined;
  const next = words[index + 1];
  if (next?.exact && next.loc && next.loc.file === w.loc.file) return { file: w.loc.file, start: w.loc.start, end: next.loc.start, newText: '' };
  const prev = words[index - 1];
  if (prev?.exact && prev.loc && prev.loc.file === w.loc.file) return { file: w.loc.file, start: prev.loc.end, end: w.loc.end, newText: '' };
  return { file: w.loc.file, start: w.loc.start, end: w.loc.end, newText: '' };
}
