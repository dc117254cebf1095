/**
 * Which parameter names count as used, by postconf's rules (syntax-facts.md section 9):
 * built-in names, service-defined names of master.cf services, restriction classes, names
 * referenced as `$name` anywhere, and legacy database-client settings `<prefix>_<key>`.
 */
import { isBuiltin, parameterFact, serviceTemplateFor } from '../data/parameters';
import { atLeast, type Version } from '../data/versions';
import { forEachRef } from '../parser/expression';
import { MacroScope } from './macro';
import type { ExprNode } from '../parser/types';

/** Configuration keys of the database clients that can be set in main.cf as `<prefix>_<key>`. */
const DBMS_KEYS: Record<string, string[]> = {
  ldap: [
    'bind', 'bind_dn', 'bind_pw', 'cache', 'cache_expiry', 'cache_size', 'chase_referrals', 'debuglevel',
    'dereference', 'domain', 'expansion_limit', 'leaf_result_attribute', 'query_filter', 'recursion_limit',
    'result_attribute', 'result_filter', 'result_format', 'sasl_authz_id', 'sasl_mechs', 'sasl_minssf', 'sasl_realm',
    'scope', 'search_base', 'server_host', 'server_port', 'size_limit', 'special_result_attribute', 'start_tls',
    'terminal_result_attribute', 'timeout', 'tls_ca_cert_dir', 'tls_ca_cert_file', 'tls_cert', 'tls_cipher_suite',
    'tls_key', 'tls_random_file', 'tls_require_cert', 'version',
  ],
  mysql: [
    'additional_conditions', 'dbname', 'domain', 'expansion_limit', 'hosts', 'option_file', 'option_group',
    'password', 'query', 'require_result_set', 'result_format', 'select_field', 'table', 'tls_CAfile', 'tls_CApath',
    'tls_cert_file', 'tls_ciphers', 'tls_key_file', 'tls_verify_cert', 'user', 'where_field',
  ],
  pgsql: [
    'additional_conditions', 'dbname', 'domain', 'expansion_limit', 'hosts', 'password', 'query', 'result_format',
    'select_field', 'select_function', 'table', 'user', 'where_field',
  ],
  sqlite: ['additional_conditions', 'dbpath', 'domain', 'expansion_limit', 'query', 'result_format', 'select_field', 'table', 'where_field'],
  memcache: [
    'backup', 'data_size_limit', 'domain', 'flags', 'key_format', 'line_size_limit', 'max_try', 'memcache',
    'retry_pause', 'timeout', 'ttl',
  ],
  mongodb: [
    'collection', 'dbname', 'domain', 'expansion_limit', 'filter', 'projection', 'query_filter', 'result_attribute',
    'result_format', 'uri', 'username', 'password',
  ],
};

/**
 * Legacy names postconf still accepts but relabels as user-defined (its legacy table), so their
 * values are neither scanned for database references nor evaluated at start-up.
 */
export const LEGACY_NAMES: ReadonlySet<string> = new Set(['virtual_maps', 'fallback_relay', 'authorized_verp_clients', 'smtpd_client_connection_limit_exceptions']);

export interface Assignment {
  name: string;
  /** Raw value as stored. */
  value: string;
  nodes: ExprNode[];
}

export interface UsageInput {
  target: Version;
  /** Effective main.cf assignments (last one wins). */
  main: Assignment[];
  /** Per master.cf service: its effective `-o` assignments and command basename. */
  services: { name: string; command: string; overrides: Assignment[] }[];
}

export interface Usage {
  /** True when `name` counts as used for a main.cf assignment. */
  usedInMain(name: string): boolean;
  /** True when `name` counts as used for a `-o` assignment of service number `index`. */
  usedInService(index: number, name: string): boolean;
  /** Service name to the set of command basenames that run under it. */
  serviceCommands: ReadonlyMap<string, ReadonlySet<string>>;
}

export function referencedNames(nodes: ExprNode[]): string[] {
  const names: string[] = [];
  forEachRef(nodes, (r) => names.push(r.name));
  return names;
}

/**
 * Records `type:prefix` database references of a value. postconf skips `proxy:` (and, from
 * 3.9 on, `debug:`) in front of the type.
 */
function addDbmsPrefixes(value: string, prefixes: Map<string, Set<string>>, target: Version): void {
  if (!value.includes(':')) return;
  const skipped = atLeast(target, '3.9') ? ['proxy:', 'debug:'] : ['proxy:'];
  for (const whole of value.split(/[\s,]+/)) {
    // Index arithmetic, not repeated replace(): a word of a million `proxy:` stays linear.
    let at = 0;
    for (let s = skipped.find((p) => whole.startsWith(p, at)); s; s = skipped.find((p) => whole.startsWith(p, at))) at += s.length;
    const word = whole.slice(at);
    const m = /^(ldap|mysql|pgsql|sqlite|memcache|mongodb):([^/].*)$/.exec(word);
    if (!m) continue;
    if (!prefixes.has(m[2])) prefixes.set(m[2], new Set());
    prefixes.get(m[2])!.add(m[1]);
  }
}

export function computeUsage(input: UsageInput): Usage {
  const serviceCommands = new Map<string, Set<string>>();
  for (const s of input.services) {
    if (!serviceCommands.has(s.name)) serviceCommands.set(s.name, new Set());
    serviceCommands.get(s.name)!.add(s.command);
  }
  const globalRefs = new Set<string>();
  const dbmsPrefixes = new Map<string, Set<string>>();
  // `$name` references count from every value; database references only from built-in ones.
  // postconf's own scan: both branches of conditionals, and nothing after the first error.
  const scanner = new MacroScope(() => undefined);
  const scan = (a: Assignment, refs: Set<string>) => {
    // Raw values are not scanned; read-only assignments are dropped before the scan.
    const fact = parameterFact(a.name);
    if (fact?.raw || fact?.status === 'read-only') return;
    for (const n of scanner.scan(a.value).names) refs.add(n);
    if (isBuiltin(a.name, input.target) && !LEGACY_NAMES.has(a.name)) addDbmsPrefixes(a.value, dbmsPrefixes, input.target);
  };
  for (const a of input.main) scan(a, globalRefs);
  // A `$name` in a service's `-o` value validates that service's own `-o name=...` when there is
  // one, and otherwise the main.cf setting (postconf's flag_user_parameter()).
  const mainRefsFromServices = new Set<string>();
  const serviceRefs = input.services.map((s) => {
    const refs = new Set<string>();
    for (const a of s.overrides) scan(a, refs);
    const own = new Set(s.overrides.map((a) => a.name));
    for (const r of refs) if (!own.has(r)) mainRefsFromServices.add(r);
    return refs;
  });
  const classes = new Set<string>();
  for (const a of input.main) {
    if (a.name === 'smtpd_restriction_classes') for (const c of a.value.split(/[\s,]+/)) if (c) classes.add(c);
  }
  // Every `_` of a name is a possible prefix end: one map look-up each, not one per prefix.
  const isDbmsKey = (name: string) => {
    for (let u = name.indexOf('_', 1); u > 0; u = name.indexOf('_', u + 1)) {
      const types = dbmsPrefixes.get(name.slice(0, u));
      const key = name.slice(u + 1);
      if (types) for (const t of types) if (DBMS_KEYS[t].includes(key)) return true;
    }
    return false;
  };
  const usedCommon = (name: string) =>
    isBuiltin(name, input.target) ||
    serviceTemplateFor(name, serviceCommands) !== undefined ||
    classes.has(name) ||
    isDbmsKey(name);
  return {
    serviceCommands,
    usedInMain: (name) => usedCommon(name) || globalRefs.has(name) || mainRefsFromServices.has(name),
    usedInService: (index, name) => usedCommon(name) || (serviceRefs[index]?.has(name) ?? false) || globalRefs.has(name),
  };
}
