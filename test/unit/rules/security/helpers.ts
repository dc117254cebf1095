/** Runs one security rule over small configurations and states exact expectations about it. */
import assert from 'node:assert/strict';
import { analyze } from '../../../../server/src/analysis/engine';
import type { Diagnostic, HostRole, Rule } from '../../../../server/src/analysis/types';
import { loadModel } from '../../../../server/src/model/load';
import { applyEdits } from '../../../helpers/edits';

export interface Input {
  main?: string;
  master?: string;
  version?: string;
  hostRole?: HostRole;
  /** Files the rule may read (lookup tables), by absolute path. */
  files?: Record<string, string>;
}

export function run(rule: Rule, input: Input): Diagnostic[] {
  const model = loadModel({ main: input.main, master: input.master, version: input.version });
  const files = input.files;
  const { diagnostics, failures } = analyze(
    model,
    {
      rules: {},
      hostRole: input.hostRole,
      readFile: files ? (path) => (path in files ? Buffer.from(files[path]) : undefined) : undefined,
    },
    [rule],
  );
  assert.deepEqual(failures, []);
  return diagnostics;
}

/** The range of the `occurrence`-th `needle` in `text`. */
export function span(text: string, needle: string, occurrence = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' (occurrence ${occurrence}) not in text`);
  }
  return { start: at, end: at + needle.length };
}

export interface Expected {
  file: 'main' | 'master';
  /** The text the finding covers, and which occurrence of it. */
  text: string;
  occurrence?: number;
  severity: Diagnostic['severity'];
}

/** Asserts the exact findings: file, range (as the covered text at its place) and severity. */
export function expectFindings(input: Input, got: Diagnostic[], expected: Expected[]): void {
  const doc = (f: 'main' | 'master') => (f === 'main' ? input.main : input.master) ?? '';
  const actual = got.map((d) => ({ file: d.file, start: d.start, end: d.end, severity: d.severity }));
  const want = expected.map((e) => ({ file: e.file, ...(e.text === '' ? { start: 0, end: 0 } : span(doc(e.file), e.text, e.occurrence)), severity: e.severity }));
  assert.deepEqual(actual, want);
}

/** The documents after applying fix `index` of a finding. */
export function applyFix(input: Input, d: Diagnostic, index = 0): { main?: string; master?: string } {
  const fix = d.fixes?.[index];
  assert.ok(fix, `finding has no fix ${index}: ${d.message}`);
  const main = fix.edits.filter((e) => e.file === 'main');
  const master = fix.edits.filter((e) => e.file === 'master');
  return {
    main: input.main === undefined ? undefined : applyEdits(input.main, main),
    master: input.master === undefined ? undefined : applyEdits(input.master, master),
  };
}
