/**
 * Runs every rule over every corpus configuration (main.cf and master.cf of one directory of a
 * repository read together, as MANIFEST.tsv records them) and prints one table: how often each
 * rule fires, by severity. Asserts that no rule throws, and that the stock Postfix files and the
 * distribution defaults get no warning or error from the security rules: a rule that fires on
 * stock configurations is a false positive to fix.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/analysis/engine';
import { SECURITY_RULES } from '../../server/src/analysis/rules/security';
import { RULES } from '../../server/src/analysis/rules';
import type { Diagnostic } from '../../server/src/analysis/types';
import { loadModel } from '../../server/src/model/load';
import { corpusGroups, manifest, type Row } from '../helpers/corpusGroups';
import { CORPUS } from '../helpers/paths';

/** The release a stock or distribution file belongs to; undefined for everything else. */
const STOCK_TAG = /official Postfix stock default (?:main|master)\.cf at release tag v(\d+\.\d+)/;
function stockVersion(r: Row): { version?: string; stock: boolean } {
  const tag = STOCK_TAG.exec(r.notes);
  if (tag) return { version: tag[1], stock: true };
  if (/official Postfix source: stock default/.test(r.notes)) return { version: undefined, stock: true };
  if (r.repo === 'Dexus/ubuntu-trusty-postfix') return { version: '2.11', stock: true };
  if (r.repo === 'ystk/debian-postfix') return { version: '2.7', stock: true };
  return { stock: false };
}

const rows = manifest();
const skip = rows.length === 0 ? `no corpus at ${CORPUS}` : false;
if (skip) console.log(`# SKIP security corpus report: ${skip}`);

describe('all rules over the corpus', { skip }, () => {
  const security = new Set(SECURITY_RULES.map((r) => r.id));
  const counts = new Map<string, Record<string, number>>();
  const stockProblems: string[] = [];
  const failures: string[] = [];
  let configurations = 0;

  test('every configuration is analysed without a rule failing', () => {
    for (const g of corpusGroups(rows)) {
      const text = (r?: Row) => (r ? readFileSync(join(CORPUS, r.file), 'utf8') : undefined);
      const any = (g.main ?? g.master)!;
      const { version, stock } = stockVersion(any);
      const model = loadModel({ main: text(g.main), master: text(g.master), version });
      const result = analyze(model, { rules: {} }, RULES);
      configurations++;
      for (const f of result.failures) failures.push(`${any.file}: ${f.rule}: ${String(f.error)}`);
      for (const d of result.diagnostics) {
        const c = counts.get(d.code) ?? {};
        c[d.severity] = (c[d.severity] ?? 0) + 1;
        counts.set(d.code, c);
        if (stock && security.has(d.code) && (d.severity === 'error' || d.severity === 'warning')) {
          stockProblems.push(`${(d.file === 'main' ? g.main : g.master)!.file}: ${describe1(d)}`);
        }
      }
    }
    assert.deepEqual(failures, []);
  });

  test('report: how often each rule fires', () => {
    const ids = [...RULES.map((r) => r.id)];
    const cell = (c: Record<string, number> | undefined, s: string) => String(c?.[s] ?? 0).padStart(7);
    const lines = [`${configurations} configurations; findings per rule (error / warning / info / hint)`];
    for (const id of ids) {
      const c = counts.get(id);
      lines.push(`${id.padEnd(34)}${cell(c, 'error')}${cell(c, 'warning')}${cell(c, 'info')}${cell(c, 'hint')}`);
    }
    console.log(lines.join('\n'));
    assert.ok(configurations > 0);
  });

  test('stock Postfix files and distribution defaults: no warning or error from the security rules', () => {
    assert.deepEqual(stockProblems, []);
  });
});

function describe1(d: Diagnostic): string {
  return `${d.severity} ${d.code} at ${d.start}: ${d.message.slice(0, 160)}`;
}
