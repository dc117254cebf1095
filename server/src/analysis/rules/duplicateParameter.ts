import { normalizeWhitespace } from '../../parser/lines';
import type { ConfigModel } from '../../model/config';
import { deleteSetting } from '../edits';
import { postconfData } from '../postconf';
import { lineNumberAt, mainSettings, overrideSettings, settingInScope, shown, type Setting } from '../settings';
import type { Finding, Rule } from '../types';

/**
 * The names set more than once in one scope (main.cf, or one service's `-o` settings), each
 * with its settings in document order, in the order of their first setting. The last setting
 * of a name is the one that counts (`effective`), so only the names of the others need a group.
 */
function duplicates(model: ConfigModel, settings: readonly Setting[]): Setting[][] {
  const out: Setting[][] = [];
  let groups = new Map<string, Setting[]>();
  let service: Setting['service'];
  for (const s of settings) {
    if (s.service !== service) {
      // A service's overrides are consecutive: one scope at a time.
      groups = new Map();
      service = s.service;
    }
    if (s.effective) continue;
    const group = groups.get(s.name);
    if (group) group.push(s);
    else {
      const created = [s];
      groups.set(s.name, created);
      out.push(created);
    }
  }
  for (const group of out) group.push(settingInScope(model, group[0].name, group[0].service)!);
  return out;
}

/** Shared by the findings that carry it (findings are not changed once made). */
const UNNECESSARY: readonly 'unnecessary'[] = Object.freeze(['unnecessary'] as const);

function report(model: ConfigModel, group: Setting[], out: Finding[]): void {
  const last = group[group.length - 1];
  const name = last.name;
  const lastLine = lineNumberAt(model, last.file, last.start);
  const where = last.service ? ` for the ${last.service.name} service` : '';
  const lastValue = normalizeWhitespace(last.value);
  // What the earlier settings' findings have in common, made once per name.
  const related = [{ file: last.file, start: last.nameStart, end: last.nameEnd, message: `line ${lastLine}: the setting that counts` }];
  const title = `Remove this earlier ${name} setting`;
  const different = `${name} is set again on line ${lastLine}${where}, and only the last setting counts: this value (`;
  let equal: string | undefined;
  let previous: Setting | undefined;
  let differs = false;
  const lines: number[] = [];
  for (let i = 0; i < group.length - 1; i++) {
    const s = group[i];
    const line = lineNumberAt(model, s.file, s.start);
    lines.push(line);
    const differsFromLast = s.value !== last.value && normalizeWhitespace(s.value) !== lastValue;
    if (differsFromLast) differs = true;
    out.push({
      file: s.file,
      start: s.start,
      end: s.end,
      severity: differsFromLast ? 'warning' : 'info',
      message: differsFromLast
        ? `${different}${shown(s.value)}) has no effect. Remove this line, or move the value you want to the last one.`
        : (equal ??= `${name} is set again with the same value on line ${lastLine}${where}; this earlier setting has no effect. Remove it.`),
      tags: UNNECESSARY,
      related,
      fixes: [{ title, edits: [deleteSetting(model, s)], safe: true, preferred: true }],
      data: overriding(previous, s),
    });
    previous = s;
  }
  out.push({
    file: last.file,
    start: last.nameStart,
    end: last.nameEnd,
    severity: differs ? 'warning' : 'info',
    message: differs
      ? `${name} is also set on line ${lines.join(', ')}${where} with a different value; this later setting (${shown(last.value)}) is the one Postfix uses. Keep one of them.`
      : `${name} is also set on line ${lines.join(', ')}${where} with the same value; one setting is enough.`,
    related: lines.map((line, k) => ({ file: group[k].file, start: group[k].nameStart, end: group[k].nameEnd, message: `line ${line}: overridden by this setting` })),
    data: overriding(previous, last),
  });
}

/** postconf's warning for an assignment in main.cf that overrides a different earlier value. */
function overriding(previous: Setting | undefined, s: Setting) {
  return s.file === 'main' && previous && previous.value !== s.value ? postconfData(`overriding earlier entry: ${s.name}=${previous.value}`) : undefined;
}

/**
 * A parameter set twice: in main.cf, or twice with `-o` on one master.cf service. The last
 * one wins. Every earlier one is reported as having no effect (with a fix that removes it)
 * and the last one as overriding them; a warning when the values differ, info when equal.
 * postconf warns only about main.cf, at the later line, and only when the raw values differ.
 */
export const duplicateParameter: Rule = {
  id: 'duplicate-parameter',
  defaultSeverity: 'warning',
  description: 'A parameter set more than once in main.cf (or with `-o` on one service): only the last counts. Warning when the values differ, info when they are equal.',
  check(ctx) {
    const { model } = ctx;
    const out: Finding[] = [];
    for (const group of duplicates(model, mainSettings(model))) report(model, group, out);
    for (const group of duplicates(model, overrideSettings(model))) report(model, group, out);
    return out;
  },
};
