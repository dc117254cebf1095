/** Runs one TLS rule over small configurations and checks findings with exact ranges and fixes. */
import assert from 'node:assert/strict';
import { analyze } from '../../../../server/src/analysis/engine';
import { TLS_RULES } from '../../../../server/src/analysis/rules/tls';
import type { AnalysisSettings, Diagnostic, FileKind, HostRole } from '../../../../server/src/analysis/types';
import { loadModel } from '../../../../server/src/model/load';
import { applyEdits } from '../../../helpers/edits';

export interface Input {
  main?: string;
  master?: string;
  version?: string;
  hostRole?: HostRole;
  readFile?: AnalysisSettings['readFile'];
  statFile?: AnalysisSettings['statFile'];
}

export function run(ruleId: string, input: Input): Diagnostic[] {
  const rule = TLS_RULES.find((r) => r.id === ruleId);
  assert.ok(rule, `rule ${ruleId} is registered`);
  const model = loadModel({ main: input.main, master: input.master, version: input.version });
  const { diagnostics, failures } = analyze(
    model,
    { rules: {}, hostRole: input.hostRole, readFile: input.readFile, statFile: input.statFile },
    [rule],
  );
  assert.deepEqual(failures, [], 'the rule does not throw');
  return diagnostics;
}

/** The span of the `nth` occurrence of `needle` in `text`. */
export function span(text: string, needle: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `'${needle}' occurs ${nth + 1} time(s)`);
  }
  return { start: at, end: at + needle.length };
}

export interface Expected {
  file: FileKind;
  start: number;
  end: number;
  severity: string;
  message?: RegExp;
}

/** Asserts exactly these findings (file, range, severity, message pattern), in document order. */
export function expectFindings(actual: Diagnostic[], expected: Expected[]): void {
  assert.deepEqual(
    actual.map((d) => ({ file: d.file, start: d.start, end: d.end, severity: d.severity })),
    expected.map((e) => ({ file: e.file, start: e.start, end: e.end, severity: e.severity })),
    actual.map((d) => `${d.file} ${d.start}-${d.end} ${d.severity}: ${d.message}`).join('\n'),
  );
  expected.forEach((e, i) => {
    if (e.message) assert.match(actual[i].message, e.message);
  });
}

/** Finding at `needle` (nth occurrence) in the given file text. */
export function at(file: FileKind, text: string, needle: string, severity: string, message?: RegExp, nth = 0): Expected {
  return { file, ...span(text, needle, nth), severity, message };
}

/** The texts after applying fix `index` of a finding. */
export function applyFix(input: Input, d: Diagnostic, index = 0): { main?: string; master?: string; title: string; safe: boolean } {
  const f = d.fixes?.[index];
  assert.ok(f, `finding has fix #${index}: ${d.message}`);
  const forFile = (file: FileKind) => f.edits.filter((e) => e.file === file);
  return {
    main: input.main === undefined ? undefined : applyEdits(input.main, forFile('main')),
    master: input.master === undefined ? undefined : applyEdits(input.master, forFile('master')),
    title: f.title,
    safe: f.safe,
  };
}
