/**
 * Cipher grades (`*_tls_ciphers`) and OpenSSL cipher strings (`tls_*_cipherlist`): which
 * elements add weak suites, and word lists such as `*_tls_exclude_ciphers`.
 */

import { detached } from '../detached';

export type CipherGrade = 'high' | 'medium' | 'low' | 'export' | 'null';

/** Postfix matches grade names without regard to case. */
export function cipherGrade(value: string): CipherGrade | undefined {
  const v = value.trim().toLowerCase();
  return (['high', 'medium', 'low', 'export', 'null'] as const).find((g) => g === v);
}

export interface CipherElement {
  text: string;
  /** '' adds suites, '+' moves them to the end, '-' deletes them, '!' deletes them for good. */
  prefix: '' | '+' | '-' | '!';
  /** The `+`-joined parts of the element after its prefix (`kRSA+RC4` → kRSA, RC4). */
  parts: string[];
}

/** An OpenSSL cipher string, split into elements (separated by colons, commas or spaces). */
export function parseCipherString(value: string): CipherElement[] {
  return value
    .split(/[:,\s]+/)
    .filter((t) => t.length > 0 && !t.startsWith('@'))
    .map((text) => {
      const prefix = (['!', '-', '+'] as const).find((p) => text.startsWith(p)) ?? '';
      return { text, prefix, parts: text.slice(prefix.length).split('+').filter((p) => p.length > 0) };
    });
}

/** Class names that add suites with no real secrecy or with broken algorithms. */
const WEAK_CLASSES = new Set(['RC4', 'EXP', 'EXPORT', 'EXPORT40', 'EXPORT56', 'eNULL', 'NULL', 'DES', 'MD5', 'LOW', 'COMPLEMENTOFALL']);
const NULL_CLASSES = new Set(['eNULL', 'NULL']);

/** A single suite name (`RC4-SHA`, `EXP-DES-CBC-SHA`) that is weak, by its name. */
function weakSuite(name: string): boolean {
  if (!name.includes('-')) return false;
  return /^EXP/.test(name) || /(^|-)RC4(-|$)/.test(name) || /(^|-)NULL(-|$)/.test(name) || /(^|-)DES-CBC-/.test(name) || /-MD5$/.test(name);
}

function isWeakPart(part: string, allowNull: boolean): boolean {
  if (allowNull && (NULL_CLASSES.has(part) || (weakSuite(part) && /NULL/.test(part)))) return false;
  return WEAK_CLASSES.has(part) || weakSuite(part);
}

/** Cipher strings already judged (several rules judge the same few values), with and without allowNull. */
const judged = new Map<string, readonly string[]>();
const judgedWithNull = new Map<string, readonly string[]>();
const MAX_MEMO = 500;

/**
 * The elements that add weak suites and are not taken back by a later `-X` or any `!X`, and
 * `ALL` in a string without any exclusion. `allowNull` skips the NULL classes (for the null
 * cipher list, which exists to name them).
 */
export function weakCipherElements(value: string, allowNull = false): readonly string[] {
  const memo = allowNull ? judgedWithNull : judged;
  let found = memo.get(value);
  if (!found) {
    if (memo.size >= MAX_MEMO) memo.clear();
    // The elements are parts of the key: both are made from a copy that holds no document.
    const own = detached(value);
    memo.set(own, (found = Object.freeze(findWeakElements(own, allowNull))));
  }
  return found;
}

function findWeakElements(value: string, allowNull: boolean): string[] {
  const elements = parseCipherString(value);
  const weak: string[] = [];
  const anyExclusion = elements.some((e) => e.prefix === '!' || e.prefix === '-');
  elements.forEach((e, i) => {
    if (e.prefix !== '') return;
    const cancelled = (part: string) =>
      elements.some((x, j) => x.parts.length === 1 && x.parts[0] === part && (x.prefix === '!' || (x.prefix === '-' && j > i)));
    const bad = e.parts.some((p) => isWeakPart(p, allowNull) && !cancelled(p));
    if (bad || (e.parts.length === 1 && e.parts[0] === 'ALL' && !anyExclusion)) weak.push(e.text);
  });
  return weak;
}

/** Words of a Postfix list of cipher names (commas, colons and whitespace separate them), with positions. */
export function cipherWords(value: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const re = /[^\s,:]+/g;
  for (let m = re.exec(value); m; m = re.exec(value)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** `value` without the given words; the words kept keep the separators that followed them. */
export function withoutWords(value: string, drop: (word: string) => boolean): string {
  const words = cipherWords(value);
  const kept = words.map((w, i) => ({ w, i })).filter(({ w }) => !drop(w.text));
  if (kept.length === words.length) return value;
  if (kept.length === 0) return '';
  const lead = value.slice(0, words[0].start);
  const trail = value.slice(words[words.length - 1].end);
  const body = kept.map(({ w, i }, k) => w.text + (k < kept.length - 1 ? value.slice(w.end, words[i + 1].start) : '')).join('');
  return lead + body + trail;
}
