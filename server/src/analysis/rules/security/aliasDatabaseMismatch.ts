/**
 * Catalogue SEC083 (2.7) [derived]: a type:path of alias_database is not in alias_maps (a
 * different type or path): newaliases builds one file while local(8) reads another, so edits
 * never take effect or lookups fail. Only when both are set (the defaults depend on the build).
 */
import type { ConfigModel } from '../../../model/config';
import { parseTableRef } from '../../security/tables';
import { valueText, valueWords } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at } from './common';

/** Every word of every other main.cf setting (made only when a mismatch needs it, then once). */
function wordsElsewhere(model: ConfigModel): Set<string> {
  const out = new Set<string>();
  for (const p of model.effective.values()) {
    if (p.name === 'alias_database' || p.name === 'alias_maps') continue;
    for (const w of valueWords(model, p.name).words) out.add(w.text);
  }
  return out;
}

export const aliasDatabaseMismatch: Rule = {
  id: 'alias-database-mismatch',
  defaultSeverity: 'warning',
  description: 'alias_database names a table that alias_maps does not read: newaliases builds the wrong file.',
  check({ model }) {
    if (!model.effective.has('alias_database') || !model.effective.has('alias_maps')) return [];
    const dbType = valueText(model, 'default_database_type') || 'hash';
    const norm = (t: string) => {
      const ref = parseTableRef(t.replace(/\$\{?default_database_type\}?/, dbType));
      return ref ? `${ref.type}:${ref.name}` : t;
    };
    const maps = new Set(valueWords(model, 'alias_maps').words.map((w) => norm(w.text)));
    // alias_maps' tables by what follows each of their colons (the first table for each), for
    // "reads it as type:path": the one whose text ends with `:path`.
    const byPath = new Map<string, string>();
    for (const m of maps) {
      for (let colon = m.indexOf(':'); colon >= 0; colon = m.indexOf(':', colon + 1)) {
        const rest = m.slice(colon + 1);
        if (!byPath.has(rest)) byPath.set(rest, m);
      }
    }
    let elsewhere: Set<string> | undefined;
    const out: Finding[] = [];
    for (const w of valueWords(model, 'alias_database').words) {
      if (!w.loc || maps.has(norm(w.text))) continue;
      const ref = parseTableRef(w.text);
      const same = ref && byPath.get(ref.name);
      // newaliases may deliberately build a table that another setting reads (virtual_alias_maps).
      if (!same && (elsewhere ??= wordsElsewhere(model)).has(norm(w.text))) continue;
      const why = same ? `alias_maps reads it as ${same}` : 'alias_maps does not read it';
      out.push(at(w.loc, `alias_database names ${w.text}, but ${why}: newaliases builds one file while local delivery reads another, so alias changes never take effect or lookups fail. Use the same type:path in both${ref && ref.type !== 'hash' ? '' : ' (from 3.11, $default_database_type:)'}.`));
    }
    return out;
  },
};
