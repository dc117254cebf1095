/**
 * "Did you mean": the known parameter names closest to a misspelled one, by edit distance.
 */
import { distance } from 'fastest-levenshtein';
import { allParameters, isBuiltin, type ParameterFact } from '../data/parameters';
import { formatVersion, type Version } from '../data/versions';
import { detached } from './detached';
import { ignoredSince } from './status';

export interface Suggestion {
  name: string;
  fact: ParameterFact;
}

interface Candidate {
  fact: ParameterFact;
  lower: string;
}

/** The names of one length; `classes` holds the four class sets (see charClasses) of each in turn. */
interface Bucket {
  names: Candidate[];
  classes: Int32Array;
}

/** Candidates per target release, bucketed by name length so a lookup only visits names near in length. */
const candidatesByTarget = new Map<string, Bucket[]>();

/** Names postconf of `target` knows and that make sense to write: no read-only ones. */
function candidates(target: Version): Bucket[] {
  const key = formatVersion(target);
  let buckets = candidatesByTarget.get(key);
  if (!buckets) {
    const byLength: Candidate[][] = [];
    for (const fact of allParameters()) {
      if (fact.status === 'read-only' || !isBuiltin(fact.name, target)) continue;
      (byLength[fact.name.length] ??= []).push({ fact, lower: fact.name.toLowerCase() });
    }
    buckets = Array.from(byLength, (names = []) => ({ names, classes: Int32Array.from(names.flatMap((c) => charClasses(c.lower))) }));
    candidatesByTarget.set(key, buckets);
  }
  return buckets;
}

/** Results per target and maximum, by name: analysis runs again on every edit with mostly the same names. */
const memo = new Map<string, Map<string, readonly Suggestion[]>>();
const MEMO_LIMIT = 20000;
/** The memo of the last target and maximum asked for (a rule asks with the same ones thousands of times). */
let last: { target: Version; max: number; byName: Map<string, readonly Suggestion[]> } | undefined;

function memoFor(target: Version, max: number): Map<string, readonly Suggestion[]> {
  if (last && last.target === target && last.max === max) return last.byName;
  const key = `${formatVersion(target)}/${max}`;
  let byName = memo.get(key);
  if (!byName) memo.set(key, (byName = new Map()));
  last = { target, max, byName };
  return byName;
}

/** How far a name may be from a known one and still count as a misspelling of it. */
function tolerance(length: number): number {
  return length <= 5 ? 1 : length <= 10 ? 2 : 3;
}

/**
 * Up to `max` known names within a small edit distance of `name` and at most one edit worse
 * than the best (case differences count less), current parameters before deprecated or
 * ignored ones.
 */
export function closestParameters(name: string, target: Version, max = 3): readonly Suggestion[] {
  const byName = memoFor(target, max);
  let result = byName.get(name);
  if (!result) {
    result = Object.freeze(computeClosest(name, target, max));
    if (byName.size >= MEMO_LIMIT) byName.clear();
    byName.set(detached(name), result);
  }
  return result;
}

/**
 * Characters of a name by class (one class per letter, one for digits, one for `_` and one for
 * anything else), as four bit sets: the classes with at least one, two, three, four characters.
 */
type ClassCounts = [number, number, number, number];

function charClasses(text: string): ClassCounts {
  const out: ClassCounts = [0, 0, 0, 0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const bit = 1 << (c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? 26 : c === 95 ? 27 : 28);
    // Set the bit in the first set that lacks it: sets 1..4 count the class up to four.
    for (let level = 0; level < 4; level++) {
      if ((out[level] & bit) === 0) {
        out[level] |= bit;
        break;
      }
    }
  }
  return out;
}

/**
 * A lower bound of the edits between a name with classes `a` and one with the classes at
 * `at` in `b`: each character of one beyond what the other has of its class is one edit at
 * least (the bag distance, per class and counted up to four). Most names are ruled out by this.
 */
function classesApart(a: ClassCounts, b: Int32Array, at: number): number {
  const b0 = b[at];
  const b1 = b[at + 1];
  const b2 = b[at + 2];
  const b3 = b[at + 3];
  const missing = bitCount(a[0] & ~b0) + bitCount(a[1] & ~b1) + bitCount(a[2] & ~b2) + bitCount(a[3] & ~b3);
  const extra = bitCount(b0 & ~a[0]) + bitCount(b1 & ~a[1]) + bitCount(b2 & ~a[2]) + bitCount(b3 & ~a[3]);
  return Math.max(missing, extra);
}

/** The number of bits set in a 32-bit integer (the parallel sum, no loop: it runs per candidate). */
function bitCount(bits: number): number {
  let x = bits - ((bits >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Character counts of the name looked up (codes from 128 on share one slot). */
const counts = new Int32Array(129);

/**
 * Whether `candidate` can be within `limit` edits of the name whose characters are in
 * `counts`: every edit changes at most one character of each side, so the characters the two
 * do not have in common bound the distance from below (the bag distance). Most names are
 * ruled out here, without computing the distance.
 */
function nearEnough(candidate: string, length: number, limit: number): boolean {
  let common = 0;
  let seen = 0;
  while (seen < candidate.length) {
    const code = Math.min(candidate.charCodeAt(seen++), 128);
    if (counts[code] > 0) common++;
    counts[code]--;
    // Characters of the candidate that the name lacks are one edit each at least.
    if (seen - common > limit) break;
  }
  for (let i = 0; i < seen; i++) counts[Math.min(candidate.charCodeAt(i), 128)]++;
  return seen - common <= limit && length - common <= limit;
}

function computeClosest(name: string, target: Version, max: number): Suggestion[] {
  const lower = name.toLowerCase();
  const classes = charClasses(lower);
  const limit = tolerance(name.length);
  const buckets = candidates(target);
  const scored: { fact: ParameterFact; d: number; exact: number }[] = [];
  const from = Math.max(0, name.length - limit);
  const to = Math.min(buckets.length - 1, name.length + limit);
  for (let i = 0; i < lower.length; i++) counts[Math.min(lower.charCodeAt(i), 128)]++;
  try {
    for (let len = from; len <= to; len++) {
      const bucket = buckets[len];
      if (!bucket) continue;
      for (let i = 0; i < bucket.names.length; i++) {
        if (classesApart(classes, bucket.classes, i * 4) > limit) continue;
        const c = bucket.names[i];
        if (c.fact.name === name || !nearEnough(c.lower, lower.length, limit)) continue;
        const d = distance(lower, c.lower);
        if (d <= limit) scored.push({ fact: c.fact, d, exact: distance(name, c.fact.name) });
      }
    }
  } finally {
    counts.fill(0);
  }
  const rank = (f: ParameterFact) => (f.status === 'current' ? 0 : 1);
  scored.sort((a, b) => a.d - b.d || a.exact - b.exact || rank(a.fact) - rank(b.fact) || (a.fact.name < b.fact.name ? -1 : 1));
  // Far worse candidates than the best one are noise.
  const best = scored[0]?.d ?? 0;
  return scored
    .filter((s) => s.d <= best + 1)
    .slice(0, max)
    .map((s) => ({ name: s.fact.name, fact: s.fact }));
}

/** How a suggestion is named in a message, with a word on its status when it is not current. */
export function describeSuggestion(s: Suggestion): string {
  const f = s.fact;
  if (f.status === 'current') return s.name;
  const ignored = ignoredSince(f);
  if (ignored) return `${s.name} (ignored since Postfix ${ignored})`;
  return `${s.name} (${f.status}${f.obsoleteSince ? ` since Postfix ${f.obsoleteSince}` : ''})`;
}

/** The suggestions as a message lists them, joined with `separator` (once per memoised list). */
const described = new Map<string, WeakMap<readonly Suggestion[], string>>();

export function describeSuggestions(suggestions: readonly Suggestion[], separator: string): string {
  let bySuggestions = described.get(separator);
  if (!bySuggestions) described.set(separator, (bySuggestions = new WeakMap()));
  let text = bySuggestions.get(suggestions);
  if (text === undefined) bySuggestions.set(suggestions, (text = suggestions.map(describeSuggestion).join(separator)));
  return text;
}
