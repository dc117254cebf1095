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

function usedElsewhere(model: ConfigModel, table: string): boolean {
  for (const p of model.effective.values()) {
    if (p.name === 'alias_database' || p.name === 'alias_maps') continue;
    if (valueWords(model, p.name).words.some((w) => w.text === table)) return true;
  }
  return false;
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
    const out: Finding[] = [];
    for (const w of valueWords(model, 'alias_database').words) {
      if (!w.loc || maps.has(norm(w.text))) continue;
      const ref = parseTableRef(w.text);
      const same = ref && [...maps].find((m) => m.endsWith(`:${ref.name}`));
      // newaliases may deliberately build a table that another setting reads (virtual_alias_maps).
      if (!same && usedElsewhere(model, norm(w.text))) continue;
      const why = same ? `alias_maps reads it as ${same}` : 'alias_maps does not read it';
      out.push(at(w.loc, `alias_database names ${w.text}, but ${why}: newaliases builds one file while local delivery reads another, so alias changes never take effect or lookups fail. Use the same type:path in both${ref && ref.type !== 'hash' ? '' : ' (from 3.11, $default_database_type:)'}.`));
    }
    return out;
  },
};
