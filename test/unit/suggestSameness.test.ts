/**
 * "Did you mean": the fast lookup (length window, index of character pairs) must give exactly
 * what comparing the name with every known name by the textbook edit distance gives, for every
 * kind of name: misspellings of the names of several releases, names with suffixes, other
 * capitals, empty, one-character, very long and non-ASCII names.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allParameters, isBuiltin } from '../../server/src/data/parameters';
import { parseVersion } from '../../server/src/data/versions';
import { closestParameters } from '../../server/src/analysis/suggest';

/**
 * The edit distance by the full table (one row at a time), in UTF-16 code units as the lookup
 * counts them; past `cap` only that it is past: no value of a row is less than the smallest of
 * the row before.
 */
function levenshtein(a: string, b: string, cap = Infinity): number {
  const row = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const c = a.charCodeAt(i - 1);
    let diagonal = row[0];
    let smallest = (row[0] = i);
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      const value = Math.min(above + 1, row[j - 1] + 1, diagonal + (c === b.charCodeAt(j - 1) ? 0 : 1));
      row[j] = value;
      if (value < smallest) smallest = value;
      diagonal = above;
    }
    if (smallest > cap) return cap + 1;
  }
  return row[b.length];
}

/** The names a release knows that can be suggested: all but the read-only ones. */
const known = new Map<string, { name: string; lower: string; rank: number }[]>();

function knownIn(release: string) {
  let list = known.get(release);
  if (!list) {
    const target = parseVersion(release)!;
    list = allParameters()
      .filter((f) => f.status !== 'read-only' && isBuiltin(f.name, target))
      .map((f) => ({ name: f.name, lower: f.name.toLowerCase(), rank: f.status === 'current' ? 0 : 1 }));
    known.set(release, list);
  }
  return list;
}

/**
 * The definition, the slow way: every known name but the name itself, of a length within the
 * tolerance, within the tolerance in lower case; closest first, then closest with capitals,
 * current before the rest, then by name; at most one edit worse than the best; `max` of them.
 */
function reference(name: string, release: string, max: number): string[] {
  const limit = name.length <= 5 ? 1 : name.length <= 10 ? 2 : 3;
  const lower = name.toLowerCase();
  const scored: { name: string; d: number; exact: number; rank: number }[] = [];
  for (const k of knownIn(release)) {
    if (k.name === name || Math.abs(k.name.length - name.length) > limit) continue;
    const d = levenshtein(lower, k.lower, limit);
    if (d <= limit) scored.push({ name: k.name, d, exact: levenshtein(name, k.name), rank: k.rank });
  }
  scored.sort((a, b) => a.d - b.d || a.exact - b.exact || a.rank - b.rank || (a.name < b.name ? -1 : 1));
  return scored.filter((s) => s.d <= scored[0].d + 1).slice(0, max).map((s) => s.name);
}

function agrees(names: Iterable<string>, release: string, max = 3): void {
  const target = parseVersion(release)!;
  for (const name of names) {
    const found = closestParameters(name, target, max);
    assert.deepEqual(found.map((s) => s.name), reference(name, release, max), `${JSON.stringify(name)} (${release}, max ${max})`);
    for (const s of found) assert.equal(s.fact.name, s.name);
  }
}

/** A deterministic generator (a linear congruential one), so a failure names its case. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

/** `name` with `edits` random edits (replace, insert, delete), some of them capitals or non-ASCII. */
function misspell(name: string, edits: number, next: () => number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz_0123456789ABZéİ-.';
  let out = name;
  for (; edits > 0; edits--) {
    const at = Math.floor(next() * out.length);
    const c = alphabet[Math.floor(next() * alphabet.length)];
    const op = next();
    out = op < 0.33 ? out.slice(0, at) + c + out.slice(at + 1) : op < 0.66 ? out.slice(0, at) + c + out.slice(at) : out.slice(0, at) + out.slice(at + 1);
  }
  return next() < 0.1 ? out.toUpperCase() : out;
}

const names = allParameters().map((f) => f.name);

describe('closestParameters agrees with comparing every known name', () => {
  test('every parameter name with one to three random edits, in three releases, for one to three suggestions', () => {
    const next = random(20261129);
    for (const release of ['2.5', '3.7', '3.11']) {
      names.forEach((name, i) => agrees([misspell(name, 1 + (i % 3), next)], release, 1 + ((i >> 2) % 3)));
    }
  });

  test('names with suffixes, as a configuration makes them unique', () => {
    for (const suffix of ['_2', '_143']) agrees(names.map((name) => name + suffix), '3.8');
    agrees(names.map((name) => name.slice(0, -1)), '3.8');
    agrees(names.map((name) => name.slice(1)), '3.8');
  });

  test('known names and other capitals', () => {
    agrees(names, '3.8');
    agrees(names.map((name) => name.toUpperCase()), '3.8');
    agrees(names.map((name) => name[0].toUpperCase() + name.slice(1)), '3.8', 1);
    agrees(names.map((name) => name.replace(/_(.)/g, (_m, c: string) => c.toUpperCase())), '3.8');
    agrees(['smtp_tls_cafile', 'SMTP_TLS_CAFILE', 'smtpd_tls_CApath', 'smtpd_tls_capaht', 'tls_append_default_ca'], '3.8');
  });

  test('empty, short, long and non-ASCII names', () => {
    const long = names.reduce((a, b) => (b.length > a.length ? b : a));
    agrees(['', 'a', '_', 'x', 'ab', 'biff', 'biF', 'bif', 'biffs', 'relay', 'mydomai', 'myorigi', '0123456789', 'zzzzzzzzzzzz', '__________'], '3.8');
    agrees([long, long + 'x', long.slice(3), long + long, 'a'.repeat(70), `${long}_${long}_${long}`, 'smtpd_'.repeat(40)], '3.8');
    agrees(['myhostnäme', 'İnet_interfaces', 'inet_İnterfaces', 'mydomaın', 'ſmtpd_banner', 'smtpd_bKnner', 'relay_ho😀st', '😀😀😀😀', 'myhostname\u0000', 'my-hostname', 'my.hostname', 'мyhostname'], '3.8');
  });

  test('names at the edges of the tolerance (5, 6, 10 and 11 characters) and the names of each length', () => {
    const next = random(7);
    for (const length of [4, 5, 6, 7, 10, 11, 12]) {
      const ofLength = names.filter((name) => Math.abs(name.length - length) <= 2);
      agrees(
        ofLength.map((name) => misspell(name, 1 + Math.floor(next() * 3), next)),
        '3.11',
      );
    }
  });
});
