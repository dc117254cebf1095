/**
 * Runs every rule over a configuration model and applies the user's severity settings and
 * suppression comments. A rule that throws loses its own findings only.
 */
import type { ConfigModel } from '../model/config';
import { RULES } from './rules';
import { findSuppressions, isSuppressed, type Suppression } from './suppressions';
import type { AnalysisSettings, Diagnostic, FileKind, Rule } from './types';

export interface AnalysisResult {
  diagnostics: Diagnostic[];
  /** Rules that threw, with the error, so the caller can log them. */
  failures: { rule: string; error: unknown }[];
}

export const DEFAULT_ANALYSIS_SETTINGS: AnalysisSettings = { rules: {} };

export function analyze(model: ConfigModel, settings: AnalysisSettings = DEFAULT_ANALYSIS_SETTINGS, rules: readonly Rule[] = RULES): AnalysisResult {
  const suppressions: Record<FileKind, Suppression[]> = {
    main: model.main ? findSuppressions(model.main.text, model.main.lines, model.main.logical) : [],
    master: model.master ? findSuppressions(model.master.text, model.master.lines, model.master.logical) : [],
  };
  const diagnostics: Diagnostic[] = [];
  const failures: AnalysisResult['failures'] = [];
  for (const rule of rules) {
    const configured = settings.rules[rule.id];
    if (configured === 'off') continue;
    let findings;
    try {
      findings = rule.check({ model, settings });
    } catch (error) {
      failures.push({ rule: rule.id, error });
      continue;
    }
    for (const f of findings) {
      if (isSuppressed(suppressions[f.file], rule.id, f.start)) continue;
      diagnostics.push({ ...f, code: rule.id, severity: configured ?? f.severity ?? rule.defaultSeverity });
    }
  }
  diagnostics.sort((a, b) => (a.file === b.file ? a.start - b.start : a.file < b.file ? -1 : 1));
  return { diagnostics, failures };
}
