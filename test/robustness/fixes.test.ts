/**
 * Fix properties on mutated corpus files and grammar-generated configurations (the unit tests
 * in test/unit/fixes/properties.test.ts cover configurations built from TLS settings): the
 * edits of every quick fix stay inside the document and do not overlap, insert the file's own
 * line ending, and leave every line they do not touch as it was, in order; fix-all applied
 * twice equals fix-all applied once. PROPERTY_RUNS and FUZZ_SEED as in properties.test.ts.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/analysis/engine';
import type { Fix } from '../../server/src/analysis/types';
import { applyFixes, invalidFix, type Texts } from '../../server/src/fixes/apply';
import { fixAll } from '../../server/src/fixes/fixAll';
import { loadModel } from '../../server/src/model/load';
import { configPair } from '../helpers/generate';
import { applyMutation, mutation } from '../helpers/mutate';
import { corpusFiles } from '../helpers/paths';
import { fuzzSeed } from '../helpers/seed';

const numRuns = Math.ceil(Number(process.env.PROPERTY_RUNS ?? 150) / 3);
const seed = fuzzSeed(process.env.FUZZ_SEED, 20240608);
const params = { numRuns, seed };

/**
 * Lines and the offset each starts at; a line's text keeps its CR, so a changed line ending
 * counts as a change (a last line without a break may get one when a fix appends a line).
 */
function lines(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const re = /([^\n]*)\n|([^\n]+)$/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ text: m[1] ?? m[2], start: m.index, end: m.index + m[0].length });
  return out;
}

function assertFix(fix: Fix, texts: Texts, label: string): void {
  assert.equal(invalidFix(fix, texts), undefined, `${label}: ${fix.title}`);
  const after = applyFixes(texts, [fix]);
  for (const file of ['main', 'master'] as const) {
    const before = texts[file];
    const edits = fix.edits.filter((e) => e.file === file);
    if (before === undefined || edits.length === 0) continue;
    const crlf = before.includes('\r\n');
    const lf = /(^|[^\r])\n/.test(before);
    for (const e of edits) {
      if (crlf && !lf) assert.ok(!/(^|[^\r])\n/.test(e.newText), `${label}: ${fix.title} inserts a bare LF into a CRLF file`);
      if (lf && !crlf) assert.ok(!e.newText.includes('\r\n'), `${label}: ${fix.title} inserts CRLF into an LF file`);
    }
    // Lines no edit touches are still there, in order. An insertion at the start of a line
    // touches it unless it inserts whole lines; one at the end of a last line without a break
    // touches it unless it starts with a break.
    const touches = (e: (typeof edits)[number], l: ReturnType<typeof lines>[number]) => {
      if (e.start === e.end && e.start === l.start) return !e.newText.endsWith('\n');
      if (e.start === e.end && e.start === l.end && l.end === before.length && !before.endsWith('\n')) return !e.newText.startsWith('\n');
      return e.start < l.end && e.end > l.start;
    };
    const untouched = lines(before).filter((l) => edits.every((e) => !touches(e, l)));
    const out = lines(after[file]!).map((l) => l.text);
    let k = 0;
    for (const l of untouched) {
      while (k < out.length && out[k] !== l.text) k++;
      assert.ok(k < out.length, `${label}: ${fix.title} changed or moved a line it does not concern: ${JSON.stringify(l.text)}`);
      k++;
    }
  }
}

function checkFixes(texts: Texts, version: string): void {
  const { diagnostics } = analyze(loadModel({ ...texts, version }), { rules: {}, hostRole: 'internet-mx' });
  for (const d of diagnostics) for (const f of d.fixes ?? []) assertFix(f, texts, `${d.code} (${version})`);
  const once = fixAll({ ...texts, version });
  const twice = fixAll({ ...once.texts, version });
  assert.deepEqual(twice.texts, once.texts, `fix-all twice differs from once (${version})`);
}

describe('fixes on generated and mutated configurations', () => {
  test('grammar-generated pairs', () => {
    fc.assert(fc.property(configPair(0.2), fc.constantFrom('3.7', '3.11', '2.11'), (c, version) => checkFixes({ main: c.main, master: c.master }, version)), params);
  });
  for (const kind of ['main', 'master'] as const) {
    const files = corpusFiles(kind);
    test(`${kind}: corpus files under random mutations`, () => {
      if (files.length === 0) throw new Error(`no corpus files for ${kind}`);
      const texts = files.map((f) => readFileSync(f, 'utf8'));
      fc.assert(
        fc.property(fc.nat(texts.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.constantFrom('3.7', '3.11'), (i, ms, version) =>
          checkFixes({ [kind]: ms.reduce(applyMutation, texts[i]) }, version),
        ),
        params,
      );
    });
  }
});
