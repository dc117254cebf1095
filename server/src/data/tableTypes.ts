/**
 * Lookup table types (`type:name` in values), in our own words. `file` says what the name
 * after the colon is: `source` a text file (indexed types read `name.db` or similar, built
 * from `name` by postmap), `config` a client configuration file when the name is a path,
 * `none` not a file (a socket, an inline list, another table).
 */
export interface TableTypeDoc {
  text: string;
  file: 'source' | 'config' | 'none';
  since?: string;
}

const indexed = (what: string, since?: string): TableTypeDoc => ({
  text: `Indexed ${what}: exact-key lookups in a binary file that postmap (or postalias) builds from the text file of the same name.`,
  file: 'source',
  since,
});

const pattern = (what: string, since?: string): TableTypeDoc => ({
  text: `${what}, tried in file order; the first matching pattern gives the result. Read directly from the text file, no postmap needed.`,
  file: 'source',
  since,
});

const database = (what: string, since?: string): TableTypeDoc => ({
  text: `Queries ${what}; the name is a client configuration file (or, in the legacy style, a prefix for main.cf settings).`,
  file: 'config',
  since,
});

export const TABLE_TYPES: Readonly<Record<string, TableTypeDoc>> = {
  hash: indexed('Berkeley DB hash table'),
  btree: indexed('Berkeley DB B-tree, also usable for caches'),
  dbm: indexed('DBM file (unsuitable for caches and large values)'),
  sdbm: indexed('SDBM file'),
  cdb: indexed('constant database (very fast, rebuilt as a whole)', '2.2'),
  lmdb: indexed('OpenLDAP LMDB database, also usable for caches; the usual replacement for hash and btree where Berkeley DB is gone', '2.11'),
  texthash: { text: 'The text format of a hash table read straight into memory at start-up: no postmap needed, but changes need a reload.', file: 'source', since: '2.8' },
  regexp: pattern('POSIX regular expressions'),
  pcre: pattern('Perl-compatible regular expressions (needs the PCRE plugin)'),
  cidr: pattern('Network blocks in CIDR notation (address/prefix) matched against client addresses', '2.1'),
  inline: { text: 'A small table written in place: `inline:{ key=value, { key = text with spaces } }`.', file: 'none', since: '3.0' },
  static: { text: 'Answers every lookup with the same value: `static:value` (or `static:{ value with spaces }`).', file: 'none' },
  fail: { text: 'Every lookup fails with a temporary error; a placeholder that must never answer.', file: 'none', since: '3.0' },
  internal: { text: 'An in-memory table of the running process, for tests and internal use.', file: 'none' },
  environ: { text: 'Looks keys up in the process environment; meant for testing.', file: 'none' },
  proxy: { text: 'Goes through the proxymap service to the table after the colon, so that chrooted or unprivileged processes can use it and connections are shared.', file: 'none', since: '2.0' },
  unionmap: { text: 'Queries every table in the braces and joins all the results with commas: `unionmap:{ type:a, type:b }`.', file: 'none', since: '3.0' },
  pipemap: { text: 'Feeds the result of each table in the braces as the key to the next one: `pipemap:{ type:a, type:b }`.', file: 'none', since: '3.0' },
  randmap: { text: 'Answers with one of the listed values chosen at random: `randmap:{ a, b, c }`, for spreading load.', file: 'none', since: '3.0' },
  debug: { text: 'Logs every lookup in the table after the colon and its result, for troubleshooting.', file: 'none', since: '3.9' },
  unix: { text: 'The operating system user database: `unix:passwd.byname` (users) or `unix:group.byname` (groups).', file: 'none' },
  nis: { text: 'A NIS map, such as `nis:mail.aliases`.', file: 'none' },
  nisplus: { text: 'A NIS+ table query.', file: 'none' },
  netinfo: { text: 'A NetInfo database (old macOS).', file: 'none' },
  tcp: { text: 'Asks a server over a simple TCP request/reply protocol: `tcp:host:port`.', file: 'none' },
  socketmap: { text: 'Asks a server with the Sendmail socketmap protocol: `socketmap:inet:host:port:name` or `socketmap:unix:path:name`.', file: 'none', since: '2.10' },
  ldap: database('an LDAP directory'),
  mysql: database('a MySQL or MariaDB database'),
  pgsql: database('a PostgreSQL database'),
  sqlite: database('an SQLite database', '2.8'),
  memcache: database('a memcached server (often as a cache in front of another table)', '2.9'),
  mongodb: database('a MongoDB database', '3.9'),
};

export function tableTypeDoc(type: string): TableTypeDoc | undefined {
  return Object.prototype.hasOwnProperty.call(TABLE_TYPES, type) ? TABLE_TYPES[type] : undefined;
}
