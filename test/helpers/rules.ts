/** Runs one rule on inline texts and shows its findings as `file:line:col-line:col severity «text»`. */
import { analyze } from '../../server/src/analysis/engine';
import { RULES } from '../../server/src/analysis/rules';
import { SECURITY_RULES } from '../../server/src/analysis/rules/security';
import { TLS_RULES } from '../../server/src/analysis/rules/tls';
import type { AnalysisSettings, Diagnostic, FileKind, Fix, Rule, SeveritySetting } from '../../server/src/analysis/types';
import type { ConfigModel } from '../../server/src/model/config';
import { loadModel } from '../../server/src/model/load';
import { applyEdits } from './edits';

export interface Input {
  main?: string;
  master?: string;
  version?: string;
}

export interface RuleRun {
  model: ConfigModel;
  diagnostics: Diagnostic[];
  /** One line per finding: where it is, its severity and the text it covers. */
  shown: string[];
}

function textOf(model: ConfigModel, file: FileKind): string {
  return (file === 'main' ? model.main?.text : model.master?.text) ?? '';
}

/** 1-based line:column of an offset, as editors show it. */
export function position(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - (before.lastIndexOf('\n') + 1) + 1}`;
}

export function show(model: ConfigModel, d: { file: FileKind; start: number; end: number; severity?: string }): string {
  const text = textOf(model, d.file);
  return `${d.file}:${position(text, d.start)}-${position(text, d.end)} ${d.severity} «${text.slice(d.start, d.end)}»`;
}

export function runRule(rule: Rule, input: Input, settings: AnalysisSettings = { rules: {} }): RuleRun {
  const model = loadModel(input);
  const { diagnostics, failures } = analyze(model, settings, [rule]);
  if (failures.length) throw failures[0].error;
  // Shown only when a test reads them: show() counts lines from the start for each finding,
  // which would take a test of tens of thousands of findings half a minute.
  let shown: string[] | undefined;
  return {
    model,
    diagnostics,
    get shown() {
      return (shown ??= diagnostics.map((d) => show(model, d)));
    },
  };
}

/** The texts of both files after applying a fix. */
export function applyFix(model: ConfigModel, fix: Fix): { main?: string; master?: string } {
  const out: { main?: string; master?: string } = {};
  for (const file of ['main', 'master'] as const) {
    const edits = fix.edits.filter((e) => e.file === file);
    if (edits.length) out[file] = applyEdits(textOf(model, file), edits);
  }
  return out;
}

/** A `rules` setting that turns off every registered rule except the ones named. */
export function onlyRules(...ids: string[]): Record<string, SeveritySetting> {
  for (const id of ids) if (!RULES.some((r) => r.id === id)) throw new Error(`no rule ${id}`);
  return Object.fromEntries(RULES.filter((r) => !ids.includes(r.id)).map((r) => [r.id, 'off' as const]));
}

/** A `rules` setting with the TLS and security catalogue rules off (they have their own tests). */
export function generalRulesOnly(): Record<string, SeveritySetting> {
  const own = new Set<Rule>([...TLS_RULES, ...SECURITY_RULES, ...RULES.filter((r) => r.id === 'tls-forward-secrecy')]);
  return onlyRules(...RULES.filter((r) => !own.has(r)).map((r) => r.id));
}
