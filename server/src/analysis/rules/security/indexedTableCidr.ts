/** Catalogue SEC103 (2.9): network patterns (CIDR) inside an indexed access or postscreen table (when readable): indexed tables do exact lookups, so ranges never match. */
import { INDEXED_TYPES, looksLikeCidr, tableEntries } from '../../security/tables';
import { valueWords } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at } from './common';
import { writtenTables } from './tableRefs';

export const indexedTableCidr: Rule = {
  id: 'indexed-table-cidr',
  defaultSeverity: 'warning',
  description: 'CIDR network patterns in a hash:/lmdb:/cdb: access or postscreen table never match.',
  check(ctx) {
    const out: Finding[] = [];
    const classes = new Set(valueWords(ctx.model, 'smtpd_restriction_classes').words.map((w) => w.text));
    for (const t of writtenTables(ctx.model)) {
      const accessList = /_restrictions$/.test(t.parameter) || t.parameter === 'postscreen_access_list' || classes.has(t.parameter);
      if (!INDEXED_TYPES.has(t.ref.type) || !accessList) continue;
      const cidr = tableEntries(ctx, `${t.ref.type}:${t.ref.name}`)?.find((e) => looksLikeCidr(e.key));
      if (cidr) out.push(at(t.loc, `${t.ref.type}:${t.ref.name} holds the network pattern ${cidr.key}, but ${t.ref.type}: only finds exact keys: the range never matches. Put address ranges in a cidr: table.`));
    }
    return out;
  },
};
