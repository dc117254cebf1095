/**
 * Catalogue SEC100 (2.9): an explicit hash: or btree: table. Distributions are dropping Berkeley
 * DB, and Postfix then cannot open such tables. A cache (TLS sessions, address verification,
 * ...) is advised differently from a lookup table: Postfix writes it itself, so no postmap, and
 * cdb, being read-only, cannot hold it.
 */
import { CACHE_PARAMETERS, cacheType } from '../../caches';
import type { Rule, TextEditSpec } from '../../types';
import { at, fix } from './common';
import { writtenTables, type WrittenTable } from './tableRefs';

const DROPPED = 'which several distributions are removing';

/** Alias tables are built with newaliases (postalias), not postmap. */
const ALIAS_PARAMETERS = new Set(['alias_maps', 'alias_database']);

/** The places that name one table, and the edits that change them all, made once per group. */
interface Group {
  same: WrittenTable[];
  edits: Map<string, TextEditSpec[]>;
  /** Whether one of the places is an alias setting (decided once per group, not per finding). */
  aliases?: boolean;
}

/**
 * One array of edits per group and new type, shared by the fixes of all its findings: a table
 * named in n places has n findings, and edits made per finding would cost n * n.
 */
function editsOf(group: Group, newText: string): TextEditSpec[] {
  let edits = group.edits.get(newText);
  if (!edits) {
    edits = group.same.map((o) => ({ ...o.typeLoc, newText }));
    group.edits.set(newText, edits);
  }
  return edits;
}

export const berkeleyDbTable: Rule = {
  id: 'berkeley-db-table',
  defaultSeverity: 'hint',
  description: 'hash: or btree: tables need Berkeley DB, which distributions are dropping; lmdb: or cdb: work everywhere (lmdb: or, from 3.11, $default_cache_db_type: for caches, which need no postmap).',
  check({ model }) {
    const own = cacheType(model.target);
    const tables = writtenTables(model).filter((t) => t.ref.type === 'hash' || t.ref.type === 'btree');
    // Every place that names the same table: a fix changes them together, or the places would
    // name two different files (alias_maps and alias_database: newaliases builds one while
    // local delivery reads the other).
    const places = new Map<string, Group>();
    for (const t of tables) {
      const key = `${t.ref.type}:${t.ref.name}`;
      const group = places.get(key);
      if (group) group.same.push(t);
      else places.set(key, { same: [t], edits: new Map() });
    }
    return tables.map((t) => {
      const group = places.get(`${t.ref.type}:${t.ref.name}`)!;
      const same = group.same;
      const where = same.length === 2 ? ' in both places that name it' : same.length > 2 ? ` in all ${same.length} places that name it` : '';
      const edits = (newText: string) => editsOf(group, newText);
      if (CACHE_PARAMETERS.has(t.parameter)) {
        const use = own === 'btree' ? 'lmdb' : own;
        const advice = own === 'btree' ? 'Use lmdb:' : `Use ${own}:, the build's own cache type`;
        return at(
          t.loc,
          `${t.ref.type}: needs Berkeley DB, ${DROPPED}; Postfix built without it cannot open the ${t.parameter} cache ${t.ref.name} ("unsupported dictionary type"). ${advice}. Postfix creates the cache itself (no postmap); cdb: cannot hold a cache.`,
          undefined,
          fix(`${own === 'btree' ? 'Use lmdb: for the cache' : "Use the build's cache type"}${where}`, edits(use), false, false),
        );
      }
      const aliases = (group.aliases ??= same.some((o) => ALIAS_PARAMETERS.has(o.parameter)));
      const rebuild = aliases ? 'rebuild it with newaliases' : 'rebuild the table with postmap';
      return at(
        t.loc,
        `${t.ref.type}: tables need Berkeley DB, ${DROPPED}; Postfix built without it cannot open ${t.ref.name} ("unsupported dictionary type"). Use lmdb: (or cdb: for tables that rarely change) and ${rebuild}; from 3.11, $default_database_type: follows the build.`,
        undefined,
        fix(`Use lmdb:${where} (then ${aliases ? 'run newaliases' : 'run postmap on the table'})`, edits('lmdb'), false, false),
      );
    });
  },
};
