/**
 * Caches: tables Postfix creates and updates itself (TLS sessions, address verification,
 * postscreen, SMTP AUTH failures), unlike the lookup tables an administrator builds with
 * postmap. A cache needs a type that can be updated and walked through (btree or lmdb, never
 * cdb), and no postmap.
 */
import { existsIn, parameterFact } from '../data/parameters';
import type { Version } from '../data/versions';

export const CACHE_PARAMETERS: ReadonlySet<string> = new Set([
  'address_verify_map',
  'postscreen_cache_map',
  'smtpd_tls_session_cache_database',
  'smtp_tls_session_cache_database',
  'lmtp_tls_session_cache_database',
  'smtp_sasl_auth_cache_name',
  'lmtp_sasl_auth_cache_name',
]);

/**
 * The type to write a new cache with on `target`: from 3.11, `${default_cache_db_type}`, which
 * is the build's own cache type (btree, or lmdb where Postfix is built without Berkeley DB),
 * as Postfix's own cache defaults are written; before, btree, as Postfix's documentation has it.
 */
export function cacheType(target: Version): string {
  const fact = parameterFact('default_cache_db_type');
  return fact && existsIn(fact, target) ? '${default_cache_db_type}' : 'btree';
}

/** A new cache file under data_directory, written with `cacheType`. */
export function cacheValue(target: Version, file: string): string {
  return `${cacheType(target)}:\${data_directory}/${file}`;
}
