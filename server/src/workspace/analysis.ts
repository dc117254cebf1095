/**
 * The analysis of a directory's model, computed once per model and settings: the diagnostics
 * published after an edit and the code-action requests that follow (editors ask for them on
 * every cursor move) share one run of the rules. Keeping a result costs the garbage collector
 * work on every edit (it outlives the edit's other objects), so it is kept only when asked:
 * by code actions, and by the publish once the client has shown that it asks for them.
 */
import { analyze, type AnalysisResult } from '../analysis/engine';
import { RULES } from '../analysis/rules';
import type { Rule } from '../analysis/types';
import type { ConfigModel } from '../model/config';
import { Derived } from '../model/derived';
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

const kept = new Derived<{ settings: ServerSettings; fileAccess?: FileAccess; generation?: number; result: AnalysisResult }>();

/**
 * `fileAccess`: access to the files the configuration names, given only in a trusted workspace.
 * `keep`: keep the result for later calls with the same model and settings.
 */
export function analysisOf(model: ConfigModel, settings: ServerSettings, fileAccess: FileAccess | undefined, keep: boolean): AnalysisResult {
  const entry = kept.get(model);
  // A file the configuration names that changed on disk makes a new generation of the access.
  const generation = fileAccess?.generation;
  if (entry && entry.settings === settings && entry.fileAccess === fileAccess && entry.generation === generation) return entry.result;
  const result = analyze(model, analysisSettingsOf(settings, fileAccess), SERVER_RULES);
  if (keep && result.diagnostics.length <= MAX_KEPT_FINDINGS) kept.set(model, { settings, fileAccess, generation, result });
  else kept.delete(model);
  return result;
}
