/**
 * Minimal text edits for TLS quick fixes: change a main.cf value or a `-o` value in place,
 * append a main.cf setting or add a `-o` option to a service when there is none, delete a
 * setting. Edits keep the file's line endings and the indentation of neighbouring `-o` lines,
 * and never add a second assignment of a name that is already set in the same place.
 */
import type { ConfigModel, ServiceModel } from '../../model/config';
import type { Parameter } from '../../parser/mainCf';
import type { Override } from '../../parser/masterCf';
import { Derived } from '../../model/derived';
import { isSpace } from '../../parser/lines';
import type { PhysicalLine } from '../../parser/types';
import { insertServiceOption, linesBetweenKept } from '../edits';
import type { TextEditSpec } from '../types';
import { overrideEnd } from './report';

/** The line ending of a physical line (CRLF when the line keeps a `\r`), else of the file. */
function eolOf(text: string, line?: PhysicalLine): string {
  if (line && line.next > line.end) return text.charCodeAt(line.end - 1) === 13 ? '\r\n' : '\n';
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** A list value written for a short-form `-o`, which cannot contain whitespace. */
export function compactList(value: string): string {
  return value.trim().split(/\s*,\s*|\s+/).join(',');
}

/** Sets `name = value` in main.cf: edits the value of the assignment that wins, or appends a line. */
export function setMain(model: ConfigModel, name: string, value: string): TextEditSpec | undefined {
  const main = model.main;
  if (!main) return undefined;
  const p = model.effective.get(name);
  if (p) return { file: 'main', start: p.value.start, end: p.value.end, newText: p.value.text === '' ? ` ${value}` : value };
  const text = main.text;
  const eol = eolOf(text, main.lines.at(main.lines.length - 1));
  const lead = text.length > 0 && !text.endsWith('\n') ? eol : '';
  return { file: 'main', start: text.length, end: text.length, newText: `${lead}${name} = ${value}${eol}` };
}

/**
 * Deletes a main.cf setting with its continuation lines. Comment and blank lines between them
 * are not part of the setting and stay.
 */
export function deleteMain(model: ConfigModel, p: Parameter): TextEditSpec | undefined {
  const main = model.main;
  if (!main) return undefined;
  const kept = linesBetweenKept(main.text, main.lines, p.logical.firstLine, p.logical.lastLine);
  return { file: 'main', start: main.lines.start(p.logical.firstLine), end: main.lines.next(p.logical.lastLine), newText: kept };
}

/** The file's `-o` indentation per model (see optionIndent). */
const fileIndent = new Derived<string>();

/** The indentation of `-o` lines: this service's, else the file's, else two spaces. */
function optionIndent(model: ConfigModel, service: ServiceModel): string {
  const { text, lines } = model.master!;
  const indentOf = (i: number) => {
    if (lines.kind(i) !== 'continuation') return undefined;
    let body = lines.start(i);
    while (body < lines.end(i) && isSpace(text.charCodeAt(body))) body++;
    return text.charCodeAt(body) === 45 /* - */ ? text.slice(lines.start(i), body) : undefined;
  };
  const { firstLine, lastLine } = service.service.logical;
  for (let i = firstLine + 1; i <= lastLine; i++) {
    const own = indentOf(i);
    if (own !== undefined) return own;
  }
  // The file's is looked for once per model: per fix it made n services cost n * n.
  let file = fileIndent.get(model);
  if (file === undefined) {
    file = '  ';
    for (let i = 0; i < lines.length; i++) {
      const found = indentOf(i);
      if (found !== undefined) {
        file = found;
        break;
      }
    }
    fileIndent.set(model, file);
  }
  return file;
}

/** Sets `-o name=value` on a service: edits the effective override, or adds the option. */
export function setOverride(model: ConfigModel, service: ServiceModel, name: string, value: string): TextEditSpec | undefined {
  const master = model.master;
  if (!master) return undefined;
  const o = service.overrides.get(name);
  if (o) return { file: 'master', start: o.valueStart, end: o.valueEnd, newText: o.form === 'long' ? value : compactList(value) };
  return insertServiceOption(master, service, optionIndent(model, service), `-o ${name}=${compactList(value)}`);
}

/** Deletes a `-o` override: its whole line when it stands alone there, else the option and the blanks before it. */
export function deleteOverride(model: ConfigModel, o: Override): TextEditSpec | undefined {
  const master = model.master;
  if (!master) return undefined;
  const end = overrideEnd(model, o);
  const line = master.lines.holding(o.start);
  if (!line) return undefined;
  if (master.text.slice(line.start, line.end).trim() === master.text.slice(o.start, end).trim() && end <= line.end) {
    return { file: 'master', start: line.start, end: line.next, newText: '' };
  }
  let start = o.start;
  while (start > 0 && /[ \t]/.test(master.text[start - 1])) start--;
  return { file: 'master', start, end, newText: '' };
}

/** Sets a value where it applies: as `-o` on `service`, or in main.cf. */
export function setIn(model: ConfigModel, service: ServiceModel | undefined, name: string, value: string): TextEditSpec | undefined {
  return service ? setOverride(model, service, name, value) : setMain(model, name, value);
}

/** Deletes an explicit setting (a main.cf line or a `-o`). */
export function deleteSetting(model: ConfigModel, s: { parameter?: Parameter; override?: Override; source: string }): TextEditSpec | undefined {
  if (s.source === 'override' && s.override) return deleteOverride(model, s.override);
  if (s.source === 'main' && s.parameter) return deleteMain(model, s.parameter);
  return undefined;
}

/** Replaces the value of an explicit setting in place. */
export function replaceValue(s: { parameter?: Parameter; override?: Override; source: string }, value: string): TextEditSpec | undefined {
  if (s.source === 'override' && s.override) {
    const o = s.override;
    return { file: 'master', start: o.valueStart, end: o.valueEnd, newText: o.form === 'long' ? value : compactList(value) };
  }
  if (s.source === 'main' && s.parameter) {
    const v = s.parameter.value;
    return { file: 'main', start: v.start, end: v.end, newText: v.text === '' ? ` ${value}` : value };
  }
  return undefined;
}

/** Wraps edits into a fix, dropping it when an edit could not be built. */
export function fix(title: string, edits: (TextEditSpec | undefined)[], safe: boolean, preferred = false) {
  if (edits.length === 0 || edits.some((e) => e === undefined)) return [];
  return [{ title, edits: edits as TextEditSpec[], safe, ...(preferred ? { preferred } : {}) }];
}
