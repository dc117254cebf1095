/**
 * "Did you mean": the fast lookup (length buckets, class counts, bag distance) must give exactly
 * what comparing the name with every known name gives.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { distance } from 'fastest-levenshtein';
import { allParameters, isBuiltin } from '../../server/src/data/parameters';
import { parseVersion, type Version } from '../../server/src/data/versions';
import { closestParameters } from '../../server/src/analysis/suggest';

/** The definition, the slow way: every known name, the same tolerance and order. */
function reference(name: string, target: Version, max: number): string[] {
  const limit = name.length <= 5 ? 1 : name.length <= 10 ? 2 : 3;
  const lower = name.toLowerCase();
  const scored = allParameters()
    .filter((f) => f.status !== 'read-only' && isBuiltin(f.name, target) && f.name !== name && Math.abs(f.name.length - name.length) <= limit)
    .map((f) => ({ f, d: distance(lower, f.name.toLowerCase()), exact: distance(name, f.name) }))
    .filter((s) => s.d <= limit);
  const rank = (s: (typeof scored)[number]) => (s.f.status === 'current' ? 0 : 1);
  scored.sort((a, b) => a.d - b.d || a.exact - b.exact || rank(a) - rank(b) || (a.f.name < b.f.name ? -1 : 1));
  const best = scored[0]?.d ?? 0;
  return scored.filter((s) => s.d <= best + 1).slice(0, max).map((s) => s.f.name);
}

/** A deterministic generator (a linear congruential one), so a failure names its case. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

/** `name` with 1 to 4 random edits (replace, insert, delete), some upper-cased or non-ASCII. */
function misspell(name: string, next: () => number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz_0123456789ABZéİ';
  let out = name;
  for (let edits = 1 + Math.floor(next() * 4); edits > 0; edits--) {
    const at = Math.floor(next() * out.length);
    const c = alphabet[Math.floor(next() * alphabet.length)];
    const op = next();
    out = op < 0.33 ? out.slice(0, at) + c + out.slice(at + 1) : op < 0.66 ? out.slice(0, at) + c + out.slice(at) : out.slice(0, at) + out.slice(at + 1);
  }
  return next() < 0.1 ? out.toUpperCase() : out;
}

describe('closestParameters', () => {
  test('misspellings of known names: the closest ones, closest first', () => {
    const v = parseVersion('3.8')!;
    assert.deepEqual(closestParameters('myhostnam', v).map((s) => s.name), ['myhostname']);
    assert.deepEqual(closestParameters('MYHOSTNAME', v).map((s) => s.name), ['myhostname']);
    assert.deepEqual(closestParameters('smtpd_tls_cert_fil', v, 1).map((s) => s.name), ['smtpd_tls_cert_file']);
    assert.deepEqual(closestParameters('myhostname', v), [], 'a known name is not its own suggestion');
    assert.deepEqual(closestParameters('zzzzzzzzzzzz', v), []);
  });

  test('agrees with comparing every known name, over 3,000 random misspellings and three releases', () => {
    const next = random(20261128);
    const names = allParameters().map((f) => f.name);
    for (const release of ['2.5', '3.7', '3.11']) {
      const target = parseVersion(release)!;
      for (let i = 0; i < 1000; i++) {
        const name = misspell(names[Math.floor(next() * names.length)], next);
        const max = i % 2 === 0 ? 3 : 1;
        assert.deepEqual(closestParameters(name, target, max).map((s) => s.name), reference(name, target, max), `${name} (${release}, max ${max})`);
      }
    }
  });
});
