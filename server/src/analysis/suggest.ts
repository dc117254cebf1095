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
      (buckets[fact.name.length] ??= []).push({ fact, lower: fact.name.toLowerCase() });
    }
    candidatesByTarget.set(key, buckets);
  }
  return buckets;
}

/** Results per target and name: analysis runs again on every edit with mostly the same names. */
const memo = new Map<string, Suggestion[]>();
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
export function closestParameters(name: string, target: Version, max = 3): Suggestion[] {
  const key = `${formatVersion(target)}\0${max}\0${name}`;
  const cached = memo.get(key);
  if (cached) return cached.slice();
  const result = computeClosest(name, target, max);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, result);
  return result.slice();
}

function computeClosest(name: string, target: Version, max: number): Suggestion[] {
  const lower = name.toLowerCase();
  const limit = tolerance(name.length);
  const buckets = candidates(target);
  const scored: { fact: ParameterFact; d: number; exact: number }[] = [];
  const from = Math.max(0, name.length - limit);
  const to = Math.min(buckets.length - 1, name.length + limit);
  for (let len = from; len <= to; len++) {
    const bucket = buckets[len];
    if (!bucket) continue;
    for (const c of bucket) {
      if (c.fact.name === name) continue;
      const d = distance(lower, c.lower);
      if (d <= limit) scored.push({ fact: c.fact, d, exact: distance(name, c.fact.name) });
    }
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
