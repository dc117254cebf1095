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

const candidatesByTarget = new Map<string, ParameterFact[]>();

/** Names postconf of `target` knows and that make sense to write: no read-only ones. */
function candidates(target: Version): ParameterFact[] {
  const key = formatVersion(target);
  let list = candidatesByTarget.get(key);
  if (!list) {
    list = allParameters().filter((f) => f.status !== 'read-only' && isBuiltin(f.name, target));
    candidatesByTarget.set(key, list);
  }
  return list;
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
export function closestParameters(name: string, target: Version, max = 3): Suggestion[] {
  const lower = name.toLowerCase();
  const limit = tolerance(name.length);
  const scored: { fact: ParameterFact; d: number; exact: number }[] = [];
  for (const fact of candidates(target)) {
    if (fact.name === name || Math.abs(fact.name.length - name.length) > limit) continue;
    const d = distance(lower, fact.name.toLowerCase());
    if (d <= limit) scored.push({ fact, d, exact: distance(name, fact.name) });
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
