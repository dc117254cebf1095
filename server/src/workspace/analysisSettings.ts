/** The analysis settings the server derives from its settings: one place for diagnostics, code actions and commands. */
import type { AnalysisSettings } from '../analysis/types';
import type { ServerSettings } from '../settings';

export function analysisSettingsOf(settings: ServerSettings): AnalysisSettings {
  return { rules: settings.rules, hostRole: settings.hostRole };
}
