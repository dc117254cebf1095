import { normalizeWhitespace } from '../../parser/lines';
import { deleteSetting } from '../edits';
import { postconfData } from '../postconf';
import { lineNumberAt, mainSettings, overrideSettings, shown, type Setting } from '../settings';
import type { Finding, Rule } from '../types';

function groupByName(settings: readonly Setting[], scope: (s: Setting) => string): Setting[][] {
  const groups = new Map<string, Setting[]>();
  for (const s of settings) {
    const key = `${scope(s)}\u0000${s.name}`;
    const g = groups.get(key);
    if (g) g.push(s);
    else groups.set(key, [s]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

const same = (a: Setting, b: Setting) => normalizeWhitespace(a.value) === normalizeWhitespace(b.value);

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
    const groups = [
      ...groupByName(mainSettings(model), () => 'main'),
      ...groupByName(overrideSettings(model), (s) => String(s.service!.index)),
    ];
    for (const group of groups) {
      const last = group[group.length - 1];
      const lastLine = lineNumberAt(model, last.file, last.start);
      const where = last.service ? ` for the ${last.service.name} service` : '';
      group.forEach((s, i) => {
        const previous = group[i - 1];
        // postconf's warning for this assignment: it overrides a different earlier value.
        const data = s.file === 'main' && previous && previous.value !== s.value ? postconfData(`overriding earlier entry: ${s.name}=${previous.value}`) : undefined;
        if (s === last) {
          const earlier = group.slice(0, -1);
          const differs = earlier.some((e) => !same(e, s));
          const lines = earlier.map((e) => lineNumberAt(model, e.file, e.start));
          out.push({
            file: s.file,
            start: s.nameStart,
            end: s.nameEnd,
            severity: differs ? 'warning' : 'info',
            message: differs
              ? `${s.name} is also set on line ${lines.join(', ')}${where} with a different value; this later setting (${shown(s.value)}) is the one Postfix uses. Keep one of them.`
              : `${s.name} is also set on line ${lines.join(', ')}${where} with the same value; one setting is enough.`,
            related: earlier.map((e, k) => ({ file: e.file, start: e.nameStart, end: e.nameEnd, message: `line ${lines[k]}: overridden by this setting` })),
            data,
          });
          return;
        }
        const differs = !same(s, last);
        out.push({
          file: s.file,
          start: s.start,
          end: s.end,
          severity: differs ? 'warning' : 'info',
          message: differs
            ? `${s.name} is set again on line ${lastLine}${where}, and only the last setting counts: this value (${shown(s.value)}) has no effect. Remove this line, or move the value you want to the last one.`
            : `${s.name} is set again with the same value on line ${lastLine}${where}; this earlier setting has no effect. Remove it.`,
          tags: ['unnecessary'],
          related: [{ file: last.file, start: last.nameStart, end: last.nameEnd, message: `line ${lastLine}: the setting that counts` }],
          fixes: [{ title: `Remove this earlier ${s.name} setting`, edits: [deleteSetting(model, s)], safe: true, preferred: true }],
          data,
        });
      });
    }
    return out;
  },
};
