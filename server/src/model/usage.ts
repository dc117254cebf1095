/**
 * Which parameter names count as used, by postconf's rules (syntax-facts.md section 9):
 * built-in names, service-defined names of master.cf services, restriction classes, names
 * referenced as `$name` anywhere, and legacy database-client settings `<prefix>_<key>`.
 */
import { isBuiltin, parameterFact, serviceTemplateFor } from '../data/parameters';
import { atLeast, type Version } from '../data/versions';
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
  /**
   * Per master.cf service: its effective `-o` assignments and command basename. Entries with
   * the same name and type share one `-o` name space in postconf (`type` tells them apart).
   */
  services: { name: string; type?: string; command: string; overrides: Assignment[] }[];
}

export interface Usage {
  /** True when `name` counts as used for a main.cf assignment. */
  usedInMain(name: string): boolean;
  /** True when `name` counts as used for a `-o` assignment of service number `index`. */
  usedInService(index: number, name: string): boolean;
  /** Service name to the set of command basenames that run under it. */
  serviceCommands: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Adds the names of every reference in `nodes`, nested ones included, to `names`. */
function addReferencedNames(nodes: ExprNode[], names: Set<string>): void {
  for (const n of nodes) {
    if (n.kind === 'ref') {
      names.add(n.name);
      if (n.conditional) {
        addReferencedNames(n.conditional.value, names);
        if (n.conditional.otherwise) addReferencedNames(n.conditional.otherwise, names);
      }
    } else if (n.kind === 'relational') {
      addReferencedNames(n.left, names);
      addReferencedNames(n.right, names);
      addReferencedNames(n.ifTrue, names);
      addReferencedNames(n.ifFalse, names);
    }
  }
}

/** True when a value may hold a `type:prefix` database reference (checked before splitting it). */
const DBMS_TYPE = /(?:ldap|mysql|pgsql|sqlite|memcache|mongodb):/;

/**
 * Records `type:prefix` database references of a value. postconf skips `proxy:` (and, from
 * 3.9 on, `debug:`) in front of the type.
 */
function addDbmsPrefixes(value: string, prefixes: Map<string, Set<string>>, target: Version): void {
  if (!DBMS_TYPE.test(value)) return;
  const skip = atLeast(target, '3.9') ? /^(proxy|debug):/ : /^proxy:/;
  for (let word of value.split(/[\s,]+/)) {
    while (skip.test(word)) word = word.replace(skip, '');
    const m = /^(ldap|mysql|pgsql|sqlite|memcache|mongodb):([^/].*)$/.exec(word);
    if (!m) continue;
    if (!prefixes.has(m[2])) prefixes.set(m[2], new Set());
    prefixes.get(m[2])!.add(m[1]);
  }
}

/**
 * Adds what one assignment makes used: the names its value refers to, and, for a built-in
 * parameter, its database prefixes. Raw values are not scanned; read-only assignments are
 * dropped before the scan (postconf).
 */
function scan(a: Assignment, refs: Set<string>, prefixes: Map<string, Set<string>>, target: Version): void {
  const fact = parameterFact(a.name);
  if (fact?.raw || fact?.status === 'read-only') return;
  // References start with `$`: a value without one has none.
  if (a.value.indexOf('$') >= 0) addReferencedNames(a.nodes, refs);
  if (isBuiltin(a.name, target) && !LEGACY_NAMES.has(a.name)) addDbmsPrefixes(a.value, prefixes, target);
}

/** True for `<prefix>_<key>` where `prefix` is a database reference whose client has `key`. */
function isDbmsKey(name: string, prefixes: Map<string, Set<string>>): boolean {
  if (prefixes.size === 0) return false;
  for (let cut = name.indexOf('_'); cut >= 0; cut = name.indexOf('_', cut + 1)) {
    const types = prefixes.get(name.slice(0, cut));
    if (!types) continue;
    const key = name.slice(cut + 1);
    for (const t of types) if (DBMS_KEYS[t].includes(key)) return true;
  }
  return false;
}

export function computeUsage(input: UsageInput): Usage {
  const target = input.target;
  const serviceCommands = new Map<string, Set<string>>();
  for (const s of input.services) {
    if (!serviceCommands.has(s.name)) serviceCommands.set(s.name, new Set());
    serviceCommands.get(s.name)!.add(s.command);
  }
  const globalRefs = new Set<string>();
  const dbmsPrefixes = new Map<string, Set<string>>();
  // `$name` references count from every value; database references only from built-in ones.
  for (const a of input.main) scan(a, globalRefs, dbmsPrefixes, target);
  const mainRefs = new Set(globalRefs);
  // A `$name` in a service's -o value validates that service's own `name=value` when it has
  // one, and main.cf's otherwise; it never validates another service's -o (postconf_user.c).
  const namespaces = new Map<string, { refs: Set<string>; defined: Set<string> }>();
  const serviceRefs: Set<string>[] = [];
  for (const s of input.services) {
    const key = `${s.name}/${s.type ?? ''}`;
    const ns = namespaces.get(key) ?? { refs: new Set<string>(), defined: new Set<string>() };
    namespaces.set(key, ns);
    for (const a of s.overrides) (scan(a, ns.refs, dbmsPrefixes, target), ns.defined.add(a.name));
    serviceRefs.push(ns.refs);
  }
  for (const ns of namespaces.values()) for (const r of ns.refs) if (!ns.defined.has(r)) globalRefs.add(r);
  const classes = new Set<string>();
  for (const a of input.main) {
    if (a.name === 'smtpd_restriction_classes') for (const c of a.value.split(/[\s,]+/)) if (c) classes.add(c);
  }
  const usedCommon = (name: string) =>
    isBuiltin(name, target) ||
    serviceTemplateFor(name, serviceCommands) !== undefined ||
    classes.has(name) ||
    isDbmsKey(name, dbmsPrefixes);
  return {
    serviceCommands,
    usedInMain: (name) => usedCommon(name) || globalRefs.has(name),
    usedInService: (index, name) => usedCommon(name) || (serviceRefs[index]?.has(name) ?? false) || mainRefs.has(name),
  };
}
