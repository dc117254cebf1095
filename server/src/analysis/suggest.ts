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

/**
 * A code per character: one per letter, digit and `_` (all a parameter name has), one for
 * anything else. Characters sharing a code look alike to the filter below, which can only make
 * it let more names through, never fewer.
 */
const CODES = 38;

function charCode(c: number): number {
  return c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? c - 22 : c === 95 ? 36 : 37;
}

function pairCode(text: string, at: number): number {
  return charCode(text.charCodeAt(at)) * CODES + charCode(text.charCodeAt(at + 1));
}

/**
 * The names one release knows (lower-cased), shortest first, with an index of their pairs of
 * adjacent characters: the names of length `n` are those from `byLength[n]` up to
 * `byLength[n + 1]`, and the names with the pair of code `p` are the bits of the 32-bit sets
 * from `withPair[p] + 0` on in `pairs`, one set per 32 names (bit `j` of `withPair[p] + w` for
 * name `32 * w + j`). Pairs no name has are at 0, where the sets are empty.
 */
interface Candidates {
  facts: ParameterFact[];
  lower: string[];
  byLength: Int32Array;
  withPair: Int32Array;
  pairs: Int32Array;
}

/** Candidates per target release. */
const candidatesByTarget = new Map<string, Candidates>();

/** Names postconf of `target` knows and that make sense to write: no read-only ones. */
function candidates(target: Version): Candidates {
  const key = formatVersion(target);
  let found = candidatesByTarget.get(key);
  if (!found) {
    const facts = allParameters()
      .filter((fact) => fact.status !== 'read-only' && isBuiltin(fact.name, target))
      .sort((a, b) => a.name.length - b.name.length);
    const lower = facts.map((fact) => fact.name.toLowerCase());
    const longest = facts.length > 0 ? facts[facts.length - 1].name.length : 0;
    const byLength = new Int32Array(longest + 2);
    for (let len = 0, i = 0; len < byLength.length; len++) {
      while (i < facts.length && facts[i].name.length < len) i++;
      byLength[len] = i;
    }
    // The sets of a pair, in the order first met; the empty ones at 0 first.
    const words = Math.ceil(facts.length / 32);
    const withPair = new Int32Array(CODES * CODES);
    let groups = 1;
    for (const text of lower) {
      for (let at = 0; at + 1 < text.length; at++) {
        const pair = pairCode(text, at);
        if (withPair[pair] === 0) withPair[pair] = groups++ * words;
      }
    }
    const pairs = new Int32Array(groups * words);
    lower.forEach((text, i) => {
      for (let at = 0; at + 1 < text.length; at++) pairs[withPair[pairCode(text, at)] + (i >>> 5)] |= 1 << (i & 31);
    });
    found = { facts, lower, byLength, withPair, pairs };
    candidatesByTarget.set(key, found);
  }
  return found;
}

const NO_SUGGESTIONS: readonly Suggestion[] = Object.freeze([]);

/** Results per target and maximum, by name: analysis runs again on every edit with mostly the same names. */
const memo = new Map<string, Map<string, readonly Suggestion[]>>();
const MEMO_LIMIT = 20000;
/**
 * The memo of the last target and maximum asked for, with the target's candidates (a rule asks
 * with the same ones thousands of times).
 */
let last: { target: Version; max: number; byName: Map<string, readonly Suggestion[]>; candidates: Candidates } | undefined;

function memoFor(target: Version, max: number): NonNullable<typeof last> {
  if (last && last.target === target && last.max === max) return last;
  const key = `${formatVersion(target)}/${max}`;
  let byName = memo.get(key);
  if (!byName) memo.set(key, (byName = new Map()));
  return (last = { target, max, byName, candidates: candidates(target) });
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
export function closestParameters(name: string, target: Version, max = 3, remember = true): readonly Suggestion[] {
  const memoised = memoFor(target, max);
  // `remember`: false when no later analysis will ask again. Then the memo is neither read
  // (it was never filled) nor filled (a copy of the name is not free), and the list, which
  // nothing else shares, is not frozen.
  if (!remember) {
    const found = computeClosest(name, memoised.candidates, max);
    return found.length === 0 ? NO_SUGGESTIONS : found;
  }
  let result = memoised.byName.get(name);
  if (!result) {
    const found = computeClosest(name, memoised.candidates, max);
    // Most unknown names have no near name: they share one empty list.
    result = found.length === 0 ? NO_SUGGESTIONS : Object.freeze(found);
    if (memoised.byName.size >= MEMO_LIMIT) memoised.byName.clear();
    memoised.byName.set(detached(name), result);
  }
  return result;
}

/** Where the pairs of the name looked up are in `pairs` (grown when a longer name comes). */
let pairsOfName = new Int32Array(64);

/**
 * Of the 32 names of set `w`, those that can be within `limit` edits of the name whose `count`
 * pairs are at `pairsOfName`: an edit changes at most two pairs of a name, so all but
 * `2 * limit` of its pairs are in the other (the q-gram lemma). Most names are ruled out here,
 * without computing the distance. The pairs a name lacks are counted for all 32 at once: bit
 * `j` of `count0` to `count2` holds the count of name `j` in binary, starting at `7 - budget`,
 * and of `over` once it goes past seven.
 */
function nearByPairs(pairs: Int32Array, w: number, count: number, budget: number, outside: number): number {
  let count0 = (7 - budget) & 1 ? -1 : 0;
  let count1 = (7 - budget) & 2 ? -1 : 0;
  let count2 = (7 - budget) & 4 ? -1 : 0;
  let over = outside;
  for (let at = 0; at < count && over !== -1; at++) {
    const lacking = ~pairs[pairsOfName[at] + w];
    const carry0 = count0 & lacking;
    count0 ^= lacking;
    const carry1 = count1 & carry0;
    count1 ^= carry0;
    over |= count2 & carry1;
    count2 ^= carry1;
  }
  return ~over;
}

interface Scored {
  fact: ParameterFact;
  d: number;
  exact: number;
}

const rank = (f: ParameterFact) => (f.status === 'current' ? 0 : 1);

function byCloseness(a: Scored, b: Scored): number {
  return a.d - b.d || a.exact - b.exact || rank(a.fact) - rank(b.fact) || (a.fact.name < b.fact.name ? -1 : 1);
}

function computeClosest(name: string, { facts, lower: lowers, byLength, withPair, pairs }: Candidates, max: number): Suggestion[] {
  const lower = name.toLowerCase();
  const limit = tolerance(name.length);
  // The pairs no known name has are lacking in every one: they count against all at once.
  let budget = 2 * limit;
  let count = 0;
  if (pairsOfName.length < lower.length) pairsOfName = new Int32Array(lower.length);
  for (let at = 1, previous = charCode(lower.charCodeAt(0)); at < lower.length; at++) {
    const code = charCode(lower.charCodeAt(at));
    const set = withPair[previous * CODES + code];
    previous = code;
    if (set === 0) budget--;
    else pairsOfName[count++] = set;
  }
  if (budget < 0) return [];
  const scored: Scored[] = [];
  // The names within `limit` of the length: farther ones are farther in edits too.
  const from = byLength[Math.min(Math.max(0, name.length - limit), byLength.length - 1)];
  const to = byLength[Math.min(name.length + limit + 1, byLength.length - 1)];
  for (let w = from >>> 5; w * 32 < to; w++) {
    // The names of the set that are too short or too long are not counted.
    const outside = (w === from >>> 5 ? ~(-1 << (from & 31)) : 0) | (to - w * 32 < 32 ? -1 << (to - w * 32) : 0);
    let near = nearByPairs(pairs, w, count, budget, outside);
    while (near !== 0) {
      const i = w * 32 + 31 - Math.clz32(near & -near);
      near &= near - 1;
      const fact = facts[i];
      if (fact.name === name) continue;
      const d = distance(lower, lowers[i]);
      // Case only matters when either name has capitals (known names have none, typed ones rarely).
      if (d <= limit) scored.push({ fact, d, exact: name === lower && fact.name === lowers[i] ? d : distance(name, fact.name) });
    }
  }
  return scored.length === 0 ? [] : closest(scored, max);
}

/** The first `max` of the names found, closest first. */
function closest(scored: Scored[], max: number): Suggestion[] {
  scored.sort(byCloseness);
  // Far worse candidates than the best one are noise.
  const best = scored[0].d;
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

/** `remember`: false for a list no later analysis asks about (one not memoised: see closestParameters). */
export function describeSuggestions(suggestions: readonly Suggestion[], separator: string, remember = true): string {
  // A weak map's entries cost the collector work of their own: a list seen once is not worth one.
  if (!remember) return suggestions.map(describeSuggestion).join(separator);
  let bySuggestions = described.get(separator);
  if (!bySuggestions) described.set(separator, (bySuggestions = new WeakMap()));
  let text = bySuggestions.get(suggestions);
  if (text === undefined) bySuggestions.set(suggestions, (text = suggestions.map(describeSuggestion).join(separator)));
  return text;
}
