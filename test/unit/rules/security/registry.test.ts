/**
 * The security catalogue is complete and documented: every catalogue id has exactly one rule,
 * registered in RULES, listed in the README's table with its default severity, and tested in a
 * test file of its own.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { RULES } from '../../../../server/src/analysis/rules';
import { SECURITY_RULES } from '../../../../server/src/analysis/rules/security';
import { ROOT } from '../../../helpers/paths';

const CATALOGUE = [
  ...range(1, 13), ...range(20, 26), ...range(30, 37), ...range(40, 55), ...range(60, 67),
  ...range(70, 78), ...range(80, 84), ...range(90, 97), ...range(100, 103),
].map((n) => `SEC${String(n).padStart(3, '0')}`);

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

const SRC = join(ROOT, 'server/src/analysis/rules/security');
const TESTS = join(ROOT, 'test/unit/rules/security');

/** Rule id -> { catalogue id, file stem } from the rule sources. */
function sources(): Map<string, { catalogue: string; stem: string }> {
  const out = new Map<string, { catalogue: string; stem: string }>();
  for (const f of readdirSync(SRC)) {
    const text = readFileSync(join(SRC, f), 'utf8');
    const id = /\n {2}id: '([a-z0-9-]+)'/.exec(text)?.[1];
    const catalogue = /^\/\*\*[^]*?Catalogue (SEC\d{3})/.exec(text)?.[1];
    if (id && catalogue) out.set(id, { catalogue, stem: f.replace(/\.ts$/, '') });
  }
  return out;
}

describe('security rule catalogue', () => {
  const src = sources();
  test('one rule per catalogue id, each registered', () => {
    assert.deepEqual([...src.values()].map((s) => s.catalogue).sort(), CATALOGUE);
    assert.deepEqual(SECURITY_RULES.map((r) => r.id).sort(), [...src.keys()].sort());
    const registered = new Set(RULES.map((r) => r.id));
    assert.deepEqual(SECURITY_RULES.filter((r) => !registered.has(r.id)), []);
  });
  test('each rule has its own test file', () => {
    assert.deepEqual([...src.values()].filter((s) => !existsSync(join(TESTS, `${s.stem}.test.ts`))).map((s) => s.stem), []);
  });
  test("each rule is in the README's table with its catalogue id and default severity", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const missing = SECURITY_RULES.filter((r) => !readme.includes(`| \`${r.id}\` | ${src.get(r.id)!.catalogue} | ${r.defaultSeverity} |`));
    assert.deepEqual(missing.map((r) => r.id), []);
  });
});
