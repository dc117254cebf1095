/**
 * "Did you mean": the known parameter names closest to a misspelled one, by edit distance.
 */
import { distance } from 'fastest-levenshtein';
import { allParameters, isBuiltin, type ParameterFact } from '../data/parameters';
import { formatVersion, type Version } from '../data/versions';
import { ignoredSince } from './status';

export interface Suggestion {
  name: string;
  fact: ParameterFact;
}

interface Candidate {
  fact: ParameterFact;
  lower: string;
  /** The classes of characters in `lower` (see charClasses). */
  classes: number;
}

/** Candidates per target release, bucketed by name length so a lookup only visits names near in length. */
const candidatesByTarget = new Map<string, Candidate[][]>();

/** Names postconf of `target` knows and that make sense to write: no read-only ones. */
function candidates(target: Version): Candidate[][] {
  const key = formatVersion(target);
  let buckets = candidatesByTarget.get(key);
  if (!buckets) {
    buckets = [];
    for (const fact of allParameters()) {
      if (fact.status === 'read-only' || !isBuiltin(fact.name, target)) continue;
      const lower = fact.name.toLowerCase();
      (buckets[fact.name.length] ??= []).push({ fact, lower, classes: charClasses(lower) });
    }
    candidatesByTarget.set(key, buckets);
  }
  return buckets;
}

/** Results per target, maximum and name: analysis runs again on every edit with mostly the same names. */
const memo = new Map<string, Map<number, Map<string, readonly Suggestion[]>>>();
const MEMO_LIMIT = 20000;

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
  const release = formatVersion(target);
  let byMax = memo.get(release);
  if (!byMax) memo.set(release, (byMax = new Map()));
  let byName = byMax.get(max);
  if (!byName) byMax.set(max, (byName = new Map()));
  let result = byName.get(name);
  if (!result) {
    result = Object.freeze(computeClosest(name, target, max));
    if (byName.size >= MEMO_LIMIT) byName.clear();
    byName.set(name, result);
  }
  return result;
}

/** One bit per letter, one for digits, one for `_` and one for anything else. */
function charClasses(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bits |= 1 << (c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? 26 : c === 95 ? 27 : 28);
  }
  return bits;
}

function bitCount(bits: number): number {
  let n = 0;
  for (let b = bits; b !== 0; b &= b - 1) n++;
  return n;
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
      for (const c of bucket) {
        // A class of characters one name has and the other lacks is one edit at least.
        if (bitCount(classes & ~c.classes) > limit || bitCount(c.classes & ~classes) > limit) continue;
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
