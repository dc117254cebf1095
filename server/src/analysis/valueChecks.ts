/**
 * Does a value fit its parameter's type the way the Postfix program that reads it converts
 * it? Only the firm types are judged (booleans, numbers, times, enumerations, TLS protocol
 * lists, lookup table lists); free-text and build-dependent values never are.
 */
import type { ParameterFact, ServiceParameterFact } from '../data/parameters';
import { atLeast, type Version } from '../data/versions';
import type { SeverityName } from './types';
import { BLANKS, splitWords } from './words';

export interface ValueProblem {
  message: string;
  severity?: SeverityName;
  /** Offsets into the value string; the whole value when absent. */
  start?: number;
  end?: number;
  /** A mechanical correction of the range. */
  replacement?: { text: string; safe: boolean };
}

type Fact = Pick<ParameterFact, 'name' | 'type' | 'allowed' | 'allowedText' | 'unit' | 'min' | 'max'> | (ServiceParameterFact & { name: string; min?: number; max?: number });

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
const TLS_PROTOCOLS = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
/** Every lookup table type of any Postfix release (dict_open types, built in or as plugins). */
const TABLE_TYPES = new Set([
  'btree', 'cdb', 'cidr', 'dbm', 'debug', 'environ', 'fail', 'hash', 'inline', 'internal', 'ldap', 'lmdb', 'memcache',
  'mongodb', 'mysql', 'netinfo', 'nis', 'nisplus', 'pcre', 'pgsql', 'pipemap', 'proxy', 'randmap', 'regexp', 'sdbm',
  'socketmap', 'sqlite', 'static', 'tcp', 'texthash', 'unionmap', 'unix',
]);
/** Table lists whose words need not all be tables. */
const NOT_ONLY_TABLES = /^(proxy_read_maps|proxy_write_maps|.*_requiretls_policy)$/;

/**
 * Where the facts' word lists are narrower than what the programs accept: TLS log levels are
 * a keyword mask that also takes 5 to 9 and names (tls_misc.c), and milter_default_action
 * gained "shutdown" in 3.11.
 */
const OPEN_ENUMS = /_tls_loglevel$/;
const EXTRA_WORDS: Record<string, string[]> = { milter_default_action: ['shutdown'] };
/** Client-only TLS levels that the server side downgrades to encrypt with a warning. */
const SERVER_LEVEL = /^(smtpd|postscreen|tlsproxy)_tls_security_level$/;
const CLIENT_ONLY_LEVELS = ['dane', 'dane-only', 'fingerprint', 'verify', 'secure'];

/** The allowed words of an enumeration, or undefined when any other value may be valid too. */
export function allowedWords(fact: Fact): string[] | undefined {
  if (OPEN_ENUMS.test(fact.name)) return undefined;
  if (fact.allowed) return fact.allowed.some((w) => w.startsWith('<')) ? undefined : [...fact.allowed, ...(EXTRA_WORDS[fact.name] ?? [])];
  const m = /^([\w.+-]+(?:\|[\w.+-]+)+)(?:\s+\((.*)\))?$/.exec(fact.allowedText ?? '');
  if (!m || /any|build|optional|see /i.test(m[2] ?? '')) return undefined;
  return m[1].split('|');
}

/** An enumeration's words as checkEnum uses them, once per fact. */
interface Enumeration {
  /** The words that make a value, without `(empty)`. */
  allowed: string[];
  /** `allowed` in lower case. */
  known: Set<string>;
  /** True when the empty value is allowed (`(empty)` is among the words). */
  empty: boolean;
}

const enumerations = new WeakMap<Fact, Enumeration | null>();

function enumeration(fact: Fact): Enumeration | undefined {
  let e = enumerations.get(fact);
  if (e === undefined) {
    const words = allowedWords(fact);
    const allowed = words?.filter((w) => w !== '(empty)');
    e = words && allowed ? { allowed, known: new Set(allowed.map((w) => w.toLowerCase())), empty: words.includes('(empty)') } : null;
    enumerations.set(fact, e);
  }
  return e ?? undefined;
}

const range = (n: number, fact: Fact, what: string, shown: string): ValueProblem | undefined => {
  if (fact.min !== undefined && n < fact.min) return { message: `${shown} is below the minimum of ${fact.name} (${fact.min}${what}); the program that reads it stops with a fatal error.` };
  if (fact.max !== undefined && n > fact.max) return { message: `${shown} is above the maximum of ${fact.name} (${fact.max}${what}); the program that reads it stops with a fatal error.` };
  return undefined;
};

function checkBoolean(value: string): ValueProblem[] {
  if (/^(yes|no)$/i.test(value)) return [];
  const meant = /^(true|on|1|y)$/i.test(value) ? 'yes' : /^(false|off|0|n)$/i.test(value) ? 'no' : undefined;
  return [
    {
      message: `"${value}" is not a boolean: Postfix accepts only yes or no (in any case), and the program that reads this setting stops with a fatal error.`,
      replacement: meant ? { text: meant, safe: false } : undefined,
    },
  ];
}

function checkNumber(value: string, fact: Fact): ValueProblem[] {
  if (!/^[+-]?\d+$/.test(value)) {
    return [{ message: `"${value}" is not a whole number: ${fact.name} takes a plain decimal number without a unit, and the program that reads it stops with a fatal error.` }];
  }
  const p = range(Number(value), fact, '', value);
  return p ? [p] : [];
}

function checkTime(value: string, fact: Fact): ValueProblem[] {
  const m = /^(\+?\d+)([a-zA-Z]?)$/.exec(value);
  const unit = m?.[2] || fact.unit || 's';
  if (!m || !(unit in UNIT_SECONDS)) {
    return [{ message: `"${value}" is not a time: ${fact.name} takes a number with an optional unit s, m, h, d or w (default ${fact.unit ?? 's'}), and the program that reads it stops with a fatal error.` }];
  }
  const p = range(Number(m[1]) * UNIT_SECONDS[unit], fact, ' seconds', value);
  return p ? [p] : [];
}

const LIST_SEPARATORS = BLANKS + ',:';
const TABLE_SEPARATORS = BLANKS + ',';

function checkEnum(value: string, fact: Fact, words: Enumeration, list: boolean): ValueProblem[] {
  if (CLIENT_ONLY_LEVELS.includes(value) && SERVER_LEVEL.test(fact.name)) {
    return [{ severity: 'warning', message: `"${value}" is a client-side TLS level; the server side logs a warning and uses encrypt instead. Write encrypt (or may).` }];
  }
  const { allowed, known } = words;
  // A single value that is one of the words is the common case: nothing to split or make.
  if (!list && value !== '' && known.has(value.toLowerCase())) return [];
  const items = list ? splitWords(value, LIST_SEPARATORS) : value === '' ? [] : [{ text: value, start: 0 }];
  if (items.length === 0) {
    if (words.empty || !fact.min) return [];
    return [{ message: `${fact.name} must not be empty (the program that reads it stops with a fatal error); use one of ${allowed.join(', ')}.` }];
  }
  const out: ValueProblem[] = [];
  for (const w of items) {
    if (known.has(w.text.toLowerCase())) continue;
    out.push({
      start: w.start,
      end: w.start + w.text.length,
      message: `"${w.text}" is not a valid ${list ? 'word in' : 'value of'} ${fact.name}; use ${list ? 'any of' : 'one of'} ${allowed.join(', ')}${words.empty ? ' (or nothing)' : ''}.`,
    });
  }
  return out;
}

function checkProtocols(value: string, fact: Fact, target: Version): ValueProblem[] {
  const out: ValueProblem[] = [];
  for (const w of splitWords(value, LIST_SEPARATORS)) {
    const first = w.text.charCodeAt(0);
    const bound = first === 60 || first === 62 ? /^(>=|<=)(.*)$/.exec(w.text) : null; // < or >
    const at = { start: w.start, end: w.start + w.text.length };
    if (bound) {
      if (!atLeast(target, '3.6')) {
        out.push({ ...at, message: `"${w.text}": the ${bound[1]} form needs Postfix 3.6; older releases reject the list and disable TLS. Exclude versions instead (!SSLv2, !SSLv3, ...).` });
      } else if (bound[2] !== '' && !TLS_PROTOCOLS.includes(bound[2]) && !/^(0x)?[0-9a-f]+$/i.test(bound[2])) {
        out.push({ ...at, message: `"${bound[2]}" is not a TLS protocol version; use one of ${TLS_PROTOCOLS.join(', ')} or a hexadecimal version. With an invalid list Postfix disables TLS.` });
      }
      continue;
    }
    const name = w.text.startsWith('!') ? w.text.slice(1) : w.text;
    if (TLS_PROTOCOLS.includes(name)) continue;
    const fixed = TLS_PROTOCOLS.find((p) => p.toLowerCase() === name.toLowerCase());
    out.push({
      ...at,
      message: `"${name}" is not a TLS protocol name${fixed ? ` (the names are case-sensitive: ${fixed})` : `; use ${TLS_PROTOCOLS.join(', ')}`}. With an invalid protocol list Postfix disables TLS for ${fact.name.startsWith('smtp_') || fact.name.startsWith('lmtp_') ? 'the session' : 'the service'}.`,
      replacement: fixed ? { text: w.text.startsWith('!') ? `!${fixed}` : fixed, safe: true } : undefined,
    });
  }
  return out;
}

/** The length of the `type:` at `text[from..]` (letters, digits, `_` and `-`, then `:`), or 0. */
function typePrefix(text: string, from: number): number {
  let i = from;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45)) break;
  }
  return i > from && text.charCodeAt(i) === 58 ? i - from + 1 : 0;
}

function checkTables(value: string, fact: Fact): ValueProblem[] {
  if (NOT_ONLY_TABLES.test(fact.name)) return [];
  const out: ValueProblem[] = [];
  for (const w of splitWords(value, TABLE_SEPARATORS)) {
    if (w.text.includes('$')) continue;
    const at = { start: w.start, end: w.start + w.text.length };
    // The type, after any proxy: or debug: in front of the table that holds the data.
    let from = 0;
    let type: string | undefined;
    do {
      const length = typePrefix(w.text, from);
      type = length > 0 ? w.text.slice(from, from + length - 1) : undefined;
      from += length;
    } while ((type === 'proxy' || type === 'debug') && typePrefix(w.text, from) > 0);
    if (type === undefined) {
      out.push({ ...at, message: `"${w.text}" is not a lookup table: ${fact.name} takes type:name tables (hash:/etc/postfix/x, pcre:/etc/postfix/y, ...), and Postfix stops with a fatal error.` });
    } else if (!TABLE_TYPES.has(type.toLowerCase())) {
      out.push({ ...at, severity: 'warning', message: `"${type}" is not a Postfix lookup table type; unless a plugin adds it, Postfix stops with "unsupported dictionary type". Check the spelling (postconf -m lists the types).` });
    }
  }
  return out;
}

/** The types checkValue judges: values of any other type never have a problem. */
export const JUDGED_TYPES: ReadonlySet<string> = new Set(['boolean', 'integer', 'size', 'time', 'tls-protocol-list', 'maps', 'map', 'enum', 'enum-list', 'enum-or-path']);

/** Problems of `value` (already expanded) for a parameter of this type and release. */
export function checkValue(fact: Fact, value: string, target: Version): ValueProblem[] {
  const v = value.trim();
  switch (fact.type) {
    case 'boolean':
      return checkBoolean(v);
    case 'integer':
    case 'size':
      return checkNumber(v, fact);
    case 'time':
      return checkTime(v, fact);
    case 'tls-protocol-list':
      return checkProtocols(value, fact, target);
    case 'maps':
    case 'map':
      return checkTables(value, fact);
    case 'enum':
    case 'enum-list': {
      if (fact.name === 'compatibility_level') {
        return /^\d+(\.\d+){0,2}$/.test(v) ? [] : [{ message: `"${v}" is not a compatibility level: use a release number such as 3.6 or 3.11, or 0, 1 or 2. Postfix stops with a fatal error.` }];
      }
      const words = enumeration(fact);
      return words ? checkEnum(fact.type === 'enum' ? v : value, fact, words, fact.type === 'enum-list') : checkNotEmpty(v, fact);
    }
    case 'enum-or-path':
      if (fact.name === 'tls_config_file' && v !== '' && v !== 'default' && v !== 'none' && !v.startsWith('/')) {
        return [{ message: `"${v}" is neither default, none nor an absolute pathname; Postfix then disables TLS.` }];
      }
      return [];
    default:
      // Free text, paths, lists and restrictions have grammars we do not judge here (and
      // stock main.cf templates leave install-time paths empty on purpose).
      return [];
  }
}

/** An empty keyword where the program requires one (a minimum length) is certain to fail. */
function checkNotEmpty(v: string, fact: Fact): ValueProblem[] {
  if (v !== '' || !fact.min) return [];
  return [{ message: `${fact.name} must not be empty; the program that reads it stops with a fatal error.` }];
}
