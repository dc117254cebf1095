/**
 * The TLS catalogue is covered: every catalogue id of our part maps to a registered rule (the
 * table at the top of each rule file), and README's TLS rule table lists every rule with its
 * catalogue ids and default severity.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { RULES } from '../../../../server/src/analysis/rules';
import { TLS_RULES } from '../../../../server/src/analysis/rules/tls';
import { ROOT } from '../../../helpers/paths';

/** Our part of ../shared/design/tls-rules.md (2.1-2.7 without the data-driven ones, and the file checks). */
const SCOPE = [
  '001', '002', '003', '004', '005', '006', '007', '008', '010', '012', '013', '014', '015', '016', '020', '021', '023', '024', '025',
  '027', '028', '029', '030', '031', '040', '041', '042', '043', '044', '045', '046', '047', '048', '049', '050', '051', '060', '061',
  '062', '063', '064', '066', '072', '073', '074', '075', '076', '078', '079', '080', '081', '090', '091', '108', '109', '110',
].map((n) => `TLS${n}`);

function catalogueMap(): Map<string, Set<string>> {
  const dir = join(ROOT, 'server/src/analysis/rules/tls');
  const map = new Map<string, Set<string>>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
    const text = readFileSync(join(dir, file), 'utf8');
    const rows = [...text.matchAll(/^ \* (TLS\d{3})\s+\| ([a-z0-9-]+)/gm)];
    assert.ok(rows.length > 0, `${file} starts with its catalogue table`);
    for (const [, id, rule] of rows) map.set(rule, new Set([...(map.get(rule) ?? []), id]));
  }
  return map;
}

describe('TLS catalogue', () => {
  test('every catalogue id of our part is covered by a registered rule', () => {
    const map = catalogueMap();
    const ids = new Set(TLS_RULES.map((r) => r.id));
    for (const rule of map.keys()) assert.ok(ids.has(rule), `${rule} (named in a catalogue table) is registered`);
    const covered = new Set([...map.values()].flatMap((s) => [...s]));
    assert.deepEqual(SCOPE.filter((id) => !covered.has(id)), []);
    assert.deepEqual([...covered].filter((id) => !SCOPE.includes(id)), [], 'no catalogue id outside our part');
  });

  test('rules are registered once, with kebab-case ids', () => {
    const ids = TLS_RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^tls-[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const r of TLS_RULES) assert.ok(RULES.includes(r), `${r.id} is in the engine's registry`);
  });

  test('every rule has its own test file', () => {
    const dir = join(ROOT, 'test/unit/rules/tls');
    const files = new Set(readdirSync(dir));
    for (const r of TLS_RULES) assert.ok(files.has(`${r.id}.test.ts`), `test/unit/rules/tls/${r.id}.test.ts exists`);
  });

  test("README's TLS table lists every rule with its catalogue ids and default severity", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const map = catalogueMap();
    for (const r of TLS_RULES) {
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${r.id}\` |`));
      assert.ok(row, `README has a row for ${r.id}`);
      const [, catalogue, severity] = row.split(' | ');
      assert.deepEqual(catalogue.split(', ').sort(), [...map.get(r.id)!].sort(), `${r.id}: catalogue column`);
      assert.equal(severity.split(' ')[0], r.defaultSeverity, `${r.id}: default severity`);
    }
  });
});
