/**
 * The analysis of a directory's model, computed once per model and settings: the diagnostics
 * published after an edit and the code-action requests that follow (editors ask for them on
 * every cursor move) share one run of the rules.
 */
import { analyze, type AnalysisResult } from '../analysis/engine';
import type { ConfigModel } from '../model/config';
import type { ServerSettings } from '../settings';
import { analysisSettingsOf } from './analysisSettings';
import type { FileAccess } from './files';

/** Results with more findings than this are not kept: a huge file re-analyses instead of holding them. */
export const MAX_KEPT_FINDINGS = 5000;

const kept = new WeakMap<ConfigModel, { settings: ServerSettings; fileAccess?: FileAccess; result: AnalysisResult }>();

/** `fileAccess`: access to the files the configuration names, given only in a trusted workspace. */
export function analysisOf(model: ConfigModel, settings: ServerSettings, fileAccess?: FileAccess): AnalysisResult {
  const entry = kept.get(model);
  if (entry && entry.settings === settings && entry.fileAccess === fileAccess) return entry.result;
  const result = analyze(model, analysisSettingsOf(settings, fileAccess));
  if (result.diagnostics.length <= MAX_KEPT_FINDINGS) kept.set(model, { settings, fileAccess, result });
  else kept.delete(model);
  return result;
}
