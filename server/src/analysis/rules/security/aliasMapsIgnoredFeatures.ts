/** Catalogue SEC084 (2.7): alias_maps with proxy: (local(8) opens the table directly) or a regexp/pcre table using $1 (not substituted in aliases, for safety). */
import { parseTableRef, tableEntries } from '../../security/tables';
import { valueWords } from '../../security/words';
import type { Finding, Rule, RuleContext } from '../../types';
import { at } from './common';

export const aliasMapsIgnoredFeatures: Rule = {
  id: 'alias-maps-ignored-features',
  defaultSeverity: 'info',
  description: 'alias_maps with proxy: (ignored by local delivery) or regexp/pcre results with $1 (not substituted).',
  check(ctx: RuleContext) {
    const out: Finding[] = [];
    for (const w of valueWords(ctx.model, 'alias_maps').words) {
      const ref = parseTableRef(w.text);
      if (!ref || !w.loc) continue;
      if (ref.proxied) {
        out.push(at(w.loc, `${w.text}: local delivery opens alias tables itself, so proxy: has no effect here (the table must be readable by local(8)). Drop proxy:.`));
        continue;
      }
      if (ref.type !== 'regexp' && ref.type !== 'pcre') continue;
      const dollar = tableEntries(ctx, w.text)?.find((e) => /\$(\d|\{\d+\})/.test(e.value));
      if (dollar) out.push(at(w.loc, `${w.text} uses $n in an alias result (${dollar.key} ${dollar.value}), but local delivery does not substitute $n in aliases, for safety. Do not rely on it.`));
    }
    return out;
  },
};
