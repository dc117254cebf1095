/**
 * The analysis of a directory's model, computed once per model and settings: the diagnostics
 * published after an edit and the code-action requests that follow (editors ask for them on
 * every cursor move) share one run of the rules.
 */
import { analyze, type AnalysisResult } from '../analysis/engine';
import { RULES } from '../analysis/rules';
import type { Rule } from '../analysis/types';
import type { ConfigModel } from '../model/config';
import type { ServerSettings } from '../settings';
import { analysisSettingsOf } from './analysisSettings';
import type { FileAccess } from './files';

/**
 * The rules the server runs. A test hook: POSTFIX_LSP_FAIL_RULE=<rule-id> makes that rule throw
 * (the abuse test checks that the server logs it and publishes the other rules' findings).
 */
const failingRule = process.env.POSTFIX_LSP_FAIL_RULE;
const SERVER_RULES: readonly Rule[] = failingRule ? RULES.map((r) => (r.id === failingRule ? { ...r, check: failing(r.id) } : r)) : RULES;

function failing(id: string): Rule['check'] {
  return () => {
    throw new Error(`${id} made to fail by POSTFIX_LSP_FAIL_RULE`);
  };
}

/** Results with more findings than this are not kept: a huge file re-analyses instead of holding them. */
export const MAX_KEPT_FINDINGS = 5000;

const kept = new WeakMap<ConfigModel, { settings: ServerSettings; fileAccess?: FileAccess; result: AnalysisResult }>();

/** `fileAccess`: access to the files the configuration names, given only in a trusted workspace. */
export function analysisOf(model: ConfigModel, settings: ServerSettings, fileAccess?: FileAccess): AnalysisResult {
  const entry = kept.get(model);
  if (entry && entry.settings === settings && entry.fileAccess === fileAccess) return entry.result;
  const result = analyze(model, analysisSettingsOf(settings, fileAccess), SERVER_RULES);
  if (result.diagnostics.length <= MAX_KEPT_FINDINGS) kept.set(model, { settings, fileAccess, result });
  else kept.delete(model);
  return result;
}
