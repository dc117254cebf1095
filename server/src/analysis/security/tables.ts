/**
 * Lookup tables named in the configuration (`type:name`), and their contents when the editor
 * allows reading files (settings.readFile) or the table is written inline. Everything returns
 * undefined for "unknown": an unreadable file, a network table (ldap:, mysql:, ...), a socket.
 */
import { isNameChar } from '../../parser/expression';
import type { RuleContext } from '../types';
import { splitList } from './words';

export interface TableRef {
  type: string;
  name: string;
  /** True when wrapped in `proxy:`. */
  proxied: boolean;
}

/** Types that Postfix opens through a database index built by postmap. */
export const INDEXED_TYPES = new Set(['hash', 'btree', 'lmdb', 'cdb', 'dbm', 'sdbm']);
/** Types whose source is a text file Postfix reads as is. */
const TEXT_TYPES = new Set(['texthash', 'cidr', 'regexp', 'pcre']);

/**
 * `type:name`, after any `proxy:` and `debug:` prefixes (in any case). Scanned by hand: it runs
 * for every table word of every value on each edit, and regular expressions made two match
 * arrays per word.
 */
export function parseTableRef(text: string): TableRef | undefined {
  let start = 0;
  let proxied = false;
  for (;;) {
    const colon = text.indexOf(':', start);
    if (colon <= start) return undefined;
    // A type is letters, digits and `_`: the characters of a parameter name.
    for (let i = start; i < colon; i++) if (!isNameChar(text.charCodeAt(i))) return undefined;
    const type = text.slice(start, colon).toLowerCase();
    if (type !== 'proxy' && type !== 'debug') return { type, name: text.slice(colon + 1), proxied };
    proxied ||= type === 'proxy';
    start = colon + 1;
  }
}

export interface Entry {
  key: string;
  value: string;
}

const MAX_BYTES = 1 << 20;

/** The text of a table's source, when it can be known. */
export function tableSource(ctx: RuleContext, ref: TableRef): string | undefined {
  if (ref.type === 'inline') return inlineText(ref.name);
  if (!INDEXED_TYPES.has(ref.type) && !TEXT_TYPES.has(ref.type)) return undefined;
  if (!ref.name.startsWith('/')) return undefined;
  const buf = ctx.settings.readFile?.(ref.name, MAX_BYTES);
  return buf?.toString('utf8');
}

/** An item without its opening `{` (and the space after) and its closing `}` (and the space before). */
function unbrace(item: string): string {
  let s = item.startsWith('{') ? item.slice(1).trimStart() : item;
  if (s.endsWith('}')) s = s.slice(0, -1).trimEnd();
  return s;
}

function inlineText(name: string): string | undefined {
  const m = /^\{(.*)\}$/s.exec(name.trim());
  if (!m) return undefined;
  // inline:{ key=value, { key = value with spaces } }: items split like a list.
  return splitList(m[1])
    .map(unbrace)
    .map((i) => {
      const eq = i.indexOf('=');
      return eq < 0 ? i : `${i.slice(0, eq).trim()} ${i.slice(eq + 1).trim()}`;
    })
    .join('\n');
}

/** The first word of a trimmed line and the rest (undefined when the rest spans a line break). */
function keyAndValue(line: string): Entry | undefined {
  if (line === '') return undefined;
  const space = line.search(/\s/);
  if (space < 0) return { key: line, value: '' };
  const value = line.slice(space).trimStart();
  return /[\n\r\u2028\u2029]/.test(value) ? undefined : { key: line.slice(0, space), value };
}

/** Key/value entries of a source text (access(5) and cidr_table(5) style; regexp lines kept whole). */
export function entries(text: string): Entry[] {
  const out: Entry[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (/^\s*(#|$)/.test(line)) continue;
    if (/^\s/.test(line) && out.length > 0) {
      out[out.length - 1].value += ' ' + line.trim();
      continue;
    }
    const entry = keyAndValue(line.trim());
    if (entry) out.push(entry);
  }
  return out;
}

/** Entries of a regexp:/pcre: table: `/pattern/flags result` (if/endif lines skipped). */
export function patternEntries(text: string): Entry[] {
  const out: Entry[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '').trim();
    if (!line || line.startsWith('#') || /^(if|endif)\b/i.test(line)) continue;
    const d = line[0];
    const close = line.indexOf(d, 1);
    if (close < 0) continue;
    let i = close + 1;
    while (i < line.length && /[a-zA-Z!]/.test(line[i])) i++;
    out.push({ key: line.slice(0, i), value: line.slice(i).trim() });
  }
  return out;
}

/** The entries of a table, when its source can be read. */
export function tableEntries(ctx: RuleContext, text: string): Entry[] | undefined {
  const ref = parseTableRef(text);
  if (!ref) return undefined;
  const src = tableSource(ctx, ref);
  if (src === undefined) return undefined;
  return ref.type === 'regexp' || ref.type === 'pcre' ? patternEntries(src) : entries(src);
}

/** True for an access(5) result that accepts: OK, PERMIT, or an all-numeric value. */
export function isPermitAction(value: string, permittingClasses: ReadonlySet<string> = new Set()): boolean {
  const first = value.trim().split(/\s+/)[0] ?? '';
  return /^(ok|permit)$/i.test(first) || /^\d+$/.test(first) || permittingClasses.has(first);
}

/** A CIDR pattern as a table key (`192.0.2.0/24`, `[2001:db8::]/32`, `2001:db8::/32`). */
export function looksLikeCidr(key: string): boolean {
  return /^\[?[0-9a-fA-F:.]+\]?\/\d{1,3}$/.test(key) && /[.:]/.test(key);
}
