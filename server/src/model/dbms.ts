/**
 * Legacy database configuration in main.cf (postconf_dbms.c): a `type:prefix` reference to an
 * LDAP, MySQL, ... client in a parameter value makes the `<prefix>_<key>` settings for the keys
 * that client reads count as used. postconf looks for the references in the *expanded* value
 * (the caller expands it) and reads it as its lookup table parser does: words separated by
 * commas and whitespace outside `{ }`, a word in braces read again inside them (`{ldap:x}`),
 * `proxy:` skipped in front of the type, and a `{...}` table name read again too
 * (`inline:{ldap:x}`). A name starting with `/` (a client file) or `.` is no prefix.
 */
import { atLeast, type Version } from '../data/versions';

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
 * A value without `<client type>:` anywhere holds no reference (checked before reading its words).
 * The names of DBMS_KEYS, written out: the safety test wants every regular expression literal.
 */
const DBMS_TYPE = /(?:ldap|mysql|pgsql|sqlite|memcache|mongodb):/;

/** The client type of a legacy database reference, when the target release has that client. */
function clientType(type: string, target: Version): string | undefined {
  if (!(type in DBMS_KEYS)) return undefined;
  return type !== 'mongodb' || atLeast(target, '3.9') ? type : undefined;
}

/** True for `<prefix>_<key>` where `prefix` is a database reference whose client reads `key`. */
export function isDbmsKey(name: string, prefixes: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  if (prefixes.size === 0) return false;
  for (let cut = name.indexOf('_'); cut >= 0; cut = name.indexOf('_', cut + 1)) {
    const types = prefixes.get(name.slice(0, cut));
    if (!types) continue;
    const key = name.slice(cut + 1);
    for (const t of types) if (DBMS_KEYS[t].includes(key)) return true;
  }
  return false;
}

const SEPARATORS = ', \t\r\n';
/** Nested `{` words read again (`{ {ldap:x} }`): bounded, since each level needs two characters. */
const MAX_DEPTH = 100;

/** extpar(): the text inside a word's leading `{ }` (the rest after a missing `}`). */
function insideBraces(word: string): string {
  let level = 0;
  for (let i = 0; i < word.length; i++) {
    if (word[i] === '{') level++;
    else if (word[i] === '}' && --level === 0) return word.slice(1, i);
  }
  return word.slice(1);
}

/**
 * Records the `type:prefix` references in an expanded value. From 3.8 a `{...}` table name of
 * `regexp:` and `pcre:` is read without looking into braced words inside it (they are patterns).
 */
export function addDbmsPrefixes(value: string, prefixes: Map<string, Set<string>>, target: Version): void {
  if (!DBMS_TYPE.test(value)) return;
  const skip = atLeast(target, '3.9') ? ['proxy', 'debug'] : ['proxy'];
  const patternsOpaque = atLeast(target, '3.8');
  const scan = (text: string, recurse: boolean, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    let i = 0;
    while (i < text.length) {
      // mystrtokq(): a word ends at a separator outside braces.
      while (i < text.length && SEPARATORS.includes(text[i])) i++;
      if (i >= text.length) break;
      const start = i;
      for (let level = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '{') level++;
        else if (level > 0 && c === '}') level--;
        else if (level === 0 && SEPARATORS.includes(c)) break;
      }
      let word = text.slice(start, i);
      if (word[0] === '{') {
        if (recurse) scan(insideBraces(word), recurse, depth + 1);
        continue;
      }
      let colon = word.indexOf(':');
      while (colon >= 0 && skip.includes(word.slice(0, colon))) {
        word = word.slice(colon + 1);
        colon = word.indexOf(':');
      }
      if (colon < 0) continue;
      const type = word.slice(0, colon);
      const prefix = word.slice(colon + 1);
      if (prefix[0] === '/' || prefix[0] === '.') continue;
      if (prefix[0] === '{') {
        scan(insideBraces(prefix), recurse && !(patternsOpaque && (type === 'regexp' || type === 'pcre')), depth + 1);
        continue;
      }
      const client = clientType(type, target);
      if (!client) continue;
      let types = prefixes.get(prefix);
      if (!types) prefixes.set(prefix, (types = new Set()));
      types.add(client);
    }
  };
  scan(value, true, 0);
}
