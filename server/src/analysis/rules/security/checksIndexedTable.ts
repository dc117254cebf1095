/** Catalogue SEC101 (2.9) [derived]: header/body checks with an indexed table (hash, btree, lmdb, cdb, dbm): they look up whole lines, so exact keys practically never match. */
import { INDEXED_TYPES } from '../../security/tables';
import type { Rule } from '../../types';
import { at } from './common';
import { writtenTables } from './tableRefs';

export const checksIndexedTable: Rule = {
  id: 'checks-indexed-table',
  defaultSeverity: 'warning',
  description: 'header_checks/body_checks with an indexed table type: exact keys never match whole lines.',
  check({ model }) {
    return writtenTables(model)
      .filter((t) => /(^|_)(header|body)_checks$/.test(t.parameter) && INDEXED_TYPES.has(t.ref.type))
      .map((t) => at(t.loc, `${t.parameter} compares whole header or body lines against the table, but ${t.ref.type}: only finds exact keys, so practically nothing matches. Use regexp: or pcre: with patterns.`));
  },
};
