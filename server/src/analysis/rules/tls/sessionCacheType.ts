/**
 * catalogue | rule
 * TLS078    | tls-session-cache-type
 *
 * A TLS session cache (smtpd_, smtp_, lmtp_ tls_session_cache_database in main.cf) of a table
 * type that cannot hold it: dbm (records too small for session objects) or a type that cannot
 * be updated and enumerated by tlsmgr (read-only lookups, network tables). The fix switches to
 * the build's cache type from 3.11 ($default_cache_db_type), else to btree; not safe, since a
 * build before 3.11 may lack Berkeley DB (lmdb is the other choice).
 */
import { cacheType } from '../../caches';
import { explicitSettings, prefixedNames } from '../../tls/context';
import { fix, replaceValue } from '../../tls/edits';
import { FindingSet } from '../../tls/report';
import type { Rule } from '../../types';

const NO_UPDATE = new Set([
  'cdb', 'cidr', 'environ', 'fail', 'inline', 'ldap', 'memcache', 'mongodb', 'mysql', 'nis', 'nisplus', 'pcre', 'pgsql', 'pipemap',
  'randmap', 'regexp', 'socketmap', 'sqlite', 'static', 'tcp', 'texthash', 'unionmap', 'unix',
]);

const CACHES = prefixedNames(['tls_session_cache_database'], ['smtpd', 'smtp', 'lmtp']);

export const tlsSessionCacheType: Rule = {
  id: 'tls-session-cache-type',
  defaultSeverity: 'error',
  description: 'A TLS session cache of an unsuitable table type: dbm, or one tlsmgr cannot update and enumerate (cdb, ldap, regexp, ...).',
  check({ model }) {
    const found = new FindingSet(model);
    for (const s of explicitSettings(model, CACHES)) {
      if (s.source !== 'main') continue;
      const m = /^([a-z0-9_]+):(.*)$/i.exec(s.value);
      if (!m) continue;
      const type = m[1].toLowerCase();
      if (type !== 'dbm' && !NO_UPDATE.has(type)) continue;
      const why = type === 'dbm' ? 'dbm records are too small for TLS session objects' : `tlsmgr cannot update and walk through a ${type} table`;
      const literal = /^[a-z0-9_]+:/i.test(s.text.trim());
      const use = cacheType(model.target);
      const advice = use === 'btree' ? 'Use btree:${data_directory}/... (or lmdb: where Berkeley DB is not available)' : `Use ${use}:\${data_directory}/..., the build's own cache type`;
      found.addAt(s, {
        message: `${s.name} = ${s.value} cannot work as a session cache: ${why}. ${advice}.`,
        fixes: literal ? fix(use === 'btree' ? 'Use a btree table' : "Use the build's cache type", [replaceValue(s, s.text.trim().replace(/^[a-z0-9_]+:/i, `${use}:`))], false, true) : [],
      });
    }
    return found.list();
  },
};
