/**
 * Every quick fix of every finding in the corpus (each file alone, and the main.cf and master.cf
 * of one directory together) and in the blog example, applied alone as a user
 * applies one from the editor, must not create a problem of its own where it edits: no new error
 * on the edited text, and none of the findings that mean two settings now contradict each other
 * (alias tables out of step, a reference loop). Progress is allowed: turning TLS on may bring
 * the hints that only apply with TLS on. The forward-secrecy change has its own tests (it edits
 * many lines at once, checked by postconf in test/oracle).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/analysis/engine';
import type { Diagnostic, Fix } from '../../server/src/analysis/types';
import { applyFixes } from '../../server/src/fixes/apply';
import { loadModel } from '../../server/src/model/load';
import { corpusGroups, manifest } from '../helpers/corpusGroups';
import { CORPUS, ROOT } from '../helpers/paths';

type Texts = { main?: string; master?: string };

/** Findings that say the configuration now contradicts itself, wherever they appear. */
const CONTRADICTIONS = new Set(['alias-database-mismatch', 'reference-cycle', 'syntax-error']);

/** How many findings each rule has per file (messages name line numbers, which a fix shifts). */
function counts(diagnostics: Diagnostic[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of diagnostics) out.set(`${d.code}|${d.file}`, (out.get(`${d.code}|${d.file}`) ?? 0) + 1);
  return out;
}

/** Where the fix's new text lands in the edited document (edits are applied from the end). */
function landed(fix: Fix): { file: string; start: number; end: number }[] {
  return fix.edits.map((e) => {
    let shift = 0;
    for (const o of fix.edits) if (o.file === e.file && o.start < e.start) shift += o.newText.length - (o.end - o.start);
    return { file: e.file, start: e.start + shift, end: e.start + shift + e.newText.length };
  });
}

/** The problems the fixes of one configuration create, one line each. */
function problemsOf(texts: Texts, label: string): string[] {
  const before = analyze(loadModel(texts)).diagnostics;
  const had = counts(before);
  const problems: string[] = [];
  for (const d of before) {
    for (const fix of d.fixes ?? []) {
      if (fix.title.startsWith('Insert forward-secrecy settings')) continue;
      const after = analyze(loadModel(applyFixes(texts, [fix]))).diagnostics;
      const now = counts(after);
      const regions = landed(fix);
      for (const a of after) {
        const k = `${a.code}|${a.file}`;
        if ((now.get(k) ?? 0) <= (had.get(k) ?? 0)) continue;
        const onEdit = regions.some((r) => r.file === a.file && a.start <= r.end && a.end >= r.start);
        if (CONTRADICTIONS.has(a.code) || (onEdit && a.severity === 'error')) {
          problems.push(`${label}: ${d.code} "${fix.title}" -> ${a.code} ${a.severity}: ${a.message}`);
        }
      }
    }
  }
  return problems;
}

describe('every fix applied alone creates no problem of its own', () => {
  for (const kind of ['main', 'master'] as const) {
    test(`corpus ${kind}.cf files`, () => {
      const dir = join(CORPUS, kind);
      const files = readdirSync(dir).filter((f) => f.endsWith('.cf'));
      assert.ok(files.length > 0, `no corpus files in ${dir}`);
      const problems = files.flatMap((f) => problemsOf({ [kind]: readFileSync(join(dir, f), 'utf8') }, f));
      assert.deepEqual(problems, []);
    });
  }

  test('corpus configurations with both files (main.cf and master.cf of one directory)', () => {
    const pairs = corpusGroups(manifest()).filter((g) => g.main && g.master);
    assert.ok(pairs.length > 0, 'no corpus directory has both files');
    const text = (file: string) => readFileSync(join(CORPUS, file), 'utf8');
    assert.deepEqual(pairs.flatMap((g) => problemsOf({ main: text(g.main!.file), master: text(g.master!.file) }, `${g.main!.file} + ${g.master!.file}`)), []);
  });

  test('the blog example, both files together', () => {
    const texts = { main: readFileSync(join(ROOT, 'examples/main.cf'), 'utf8'), master: readFileSync(join(ROOT, 'examples/master.cf'), 'utf8') };
    assert.deepEqual(problemsOf(texts, 'examples'), []);
  });

  test('the check sees such a problem: the fix that made alias tables disagree, and a self-reference', () => {
    // A stand-in for the old berkeley-db-table fix: one of the two places switched.
    const texts = { main: 'alias_maps = hash:/etc/aliases\nalias_database = hash:/etc/aliases\n' };
    const onePlace = applyFixes(texts, [{ title: 'x', safe: false, edits: [{ file: 'main', start: 48, end: 52, newText: 'lmdb' }] }]);
    assert.equal(onePlace.main, 'alias_maps = hash:/etc/aliases\nalias_database = lmdb:/etc/aliases\n');
    assert.deepEqual(
      analyze(loadModel(onePlace)).diagnostics.filter((d) => CONTRADICTIONS.has(d.code)).map((d) => d.code),
      ['alias-database-mismatch'],
    );
  });
});
