import { lineNumberAt } from '../settings';
import type { Finding, Rule } from '../types';

/** Two master.cf entries with the same service name and type: master(8) uses only the last. */
export const duplicateService: Rule = {
  id: 'duplicate-service',
  defaultSeverity: 'warning',
  description: 'A master.cf service defined twice with the same name and type: only the last entry counts, so the earlier one and its `-o` settings are lost.',
  check(ctx) {
    const { model } = ctx;
    const byKey = new Map<string, typeof model.services>();
    for (const s of model.services) {
      const key = `${s.name}\u0000${s.type}`;
      const group = byKey.get(key);
      if (group) group.push(s);
      else byKey.set(key, [s]);
    }
    const out: Finding[] = [];
    for (const group of byKey.values()) {
      const last = group[group.length - 1];
      const lastLine = lineNumberAt(model, 'master', last.service.start);
      for (const s of group.slice(0, -1)) {
        const [name, type] = s.service.fields;
        out.push({
          file: 'master',
          start: name.start,
          end: type.end,
          message: `"${s.name} ${s.type}" is defined again on line ${lastLine}; Postfix uses only the last definition, so this entry and its ${s.overrides.size ? `${s.overrides.size} -o setting${s.overrides.size > 1 ? 's' : ''}` : 'settings'} are ignored. Merge the two entries.`,
          tags: ['unnecessary'],
          related: [{ file: 'master', start: last.service.fields[0].start, end: last.service.fields[1].end, message: `line ${lastLine}: the definition Postfix uses` }],
        });
      }
    }
    return out;
  },
};
