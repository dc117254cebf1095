/** Catalogue SEC100 (2.9): an explicit hash: or btree: table. Distributions are dropping Berkeley DB, and Postfix then cannot open such tables. */
import type { Rule } from '../../types';
import { at, fix } from './common';
import { writtenTables } from './tableRefs';

export const berkeleyDbTable: Rule = {
  id: 'berkeley-db-table',
  defaultSeverity: 'hint',
  description: 'hash: or btree: tables need Berkeley DB, which distributions are dropping; lmdb: or cdb: work everywhere.',
  check({ model }) {
    return writtenTables(model)
      .filter((t) => t.ref.type === 'hash' || t.ref.type === 'btree')
      .map((t) =>
        at(
          t.loc,
          `${t.ref.type}: tables need Berkeley DB, which several distributions are removing; Postfix built without it cannot open ${t.ref.name} ("unsupported dictionary type"). Use lmdb: (or cdb: for tables that rarely change) and rebuild the table with postmap; from 3.11, $default_database_type: follows the build.`,
          undefined,
          fix(`Use lmdb: (then run postmap on the table)`, [{ ...t.typeLoc, newText: 'lmdb' }], false, false),
        ),
      );
  },
};
