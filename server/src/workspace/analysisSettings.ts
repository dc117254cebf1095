/** The analysis settings the server derives from its settings: one place for diagnostics, code actions and commands. */
import type { AnalysisSettings } from '../analysis/types';
import type { ServerSettings } from '../settings';
import type { FileAccess } from './files';

/** `fileAccess` is given only in a trusted workspace (see server.ts). */
export function analysisSettingsOf(settings: ServerSettings, fileAccess?: FileAccess): AnalysisSettings {
  const settingsOf: AnalysisSettings = { rules: settings.rules, hostRole: settings.hostRole };
  if (fileAccess) {
    settingsOf.readFile = fileAccess.readFile;
    settingsOf.statFile = fileAccess.statFile;
  }
  return settingsOf;
}
