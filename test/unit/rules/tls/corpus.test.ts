/**
 * The TLS rules over ../shared/corpus: Postfix's own stock main.cf/master.cf (HEAD and release
 * tags, as MANIFEST.tsv marks them) raise no TLS error, for the newest release and for their
 * own; and over every corpus file and main.cf/master.cf pair no rule throws and every finding
 * lies inside the file it names.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { analyze } from '../../../../server/src/analysis/engine';
import { TLS_RULES } from '../../../../server/src/analysis/rules/tls';
import { loadModel } from '../../../../server/src/model/load';
import { CORPUS } from '../../../helpers/paths';

interface Entry {
  file: string;
  repo: string;
  notes: string;
}

function manifest(): Entry[] {
  const path = join(CORPUS, 'MANIFEST.tsv');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'))
    .map(([file, repo, , , , notes]) => ({ file, repo, notes: notes ?? '' }));
}

const read = (file: string) => readFileSync(join(CORPUS, file), 'utf8');

function tlsFindings(input: { main?: string; master?: string; version?: string }) {
  const model = loadModel(input);
  const result = analyze(model, { rules: {} }, TLS_RULES);
  assert.deepEqual(result.failures, [], 'no TLS rule throws');
  return result.diagnostics;
}

/** The stock files, grouped by source version (HEAD, or the release tag's X.Y). */
function stockPairs(entries: Entry[]): { version?: string; label: string; main: string; master: string }[] {
  const byVersion = new Map<string, { main?: string; master?: string }>();
  for (const e of entries) {
    const m = /official Postfix (?:source: )?stock default (main|master)\.cf (?:\(HEAD\)|at release tag v(\d+\.\d+)\.\d+)/.exec(e.notes);
    if (!m) continue;
    const key = m[2] ?? 'HEAD';
    const pair = byVersion.get(key) ?? {};
    pair[m[1] as 'main' | 'master'] = e.file;
    byVersion.set(key, pair);
  }
  return [...byVersion].map(([key, p]) => ({ version: key === 'HEAD' ? undefined : key, label: key, main: p.main!, master: p.master! }));
}

describe('TLS rules over the corpus', () => {
  const entries = manifest();

  test('stock Postfix main.cf/master.cf raise no TLS error (newest release and their own)', () => {
    const pairs = stockPairs(entries);
    assert.equal(pairs.length, 6, 'HEAD and the tags v1.1.0, v2.0.0, v2.3.0, v2.11.0, v3.0.0');
    const errors: string[] = [];
    for (const p of pairs) {
      assert.ok(p.main && p.master, `stock ${p.label} has both files`);
      for (const version of [undefined, p.version]) {
        for (const input of [{ main: read(p.main) }, { master: read(p.master) }, { main: read(p.main), master: read(p.master) }]) {
          for (const d of tlsFindings({ ...input, version })) {
            if (d.severity === 'error') errors.push(`${p.label} @${version ?? 'default'}: ${d.code} ${d.message}`);
          }
        }
      }
    }
    assert.deepEqual(errors, []);
  });

  test('every file and pair: no rule throws, findings lie inside their file', () => {
    const files = entries.filter((e) => e.file.startsWith('main/') || e.file.startsWith('master/'));
    assert.ok(files.length > 100, 'the corpus is there');
    const byRepo = new Map<string, Entry[]>();
    for (const e of files) byRepo.set(e.repo, [...(byRepo.get(e.repo) ?? []), e]);
    const inputs: { main?: string; master?: string }[] = files.map((e) => (e.file.startsWith('main/') ? { main: read(e.file) } : { master: read(e.file) }));
    for (const group of byRepo.values()) {
      const mains = group.filter((e) => e.file.startsWith('main/'));
      const masters = group.filter((e) => e.file.startsWith('master/'));
      if (mains.length === 1 && masters.length === 1) inputs.push({ main: read(mains[0].file), master: read(masters[0].file) });
    }
    let total = 0;
    for (const input of inputs) {
      for (const d of tlsFindings(input)) {
        const text = d.file === 'main' ? input.main : input.master;
        assert.ok(text !== undefined, `${d.code} reports in a ${d.file}.cf that is not there`);
        assert.ok(d.start >= 0 && d.start <= d.end && d.end <= text.length, `${d.code} range ${d.start}-${d.end} inside the file`);
        for (const r of d.related ?? []) {
          const rt = r.file === 'main' ? input.main : input.master;
          assert.ok(rt !== undefined && r.end <= rt.length, `${d.code} related information inside its file`);
        }
        total++;
      }
    }
    assert.ok(total > 0, 'the corpus has TLS findings');
  });
});
