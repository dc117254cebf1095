/** Computes the LSP diagnostics of a document and of its directory partner. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver-types';
import { analyze } from '../analysis/engine';
import { RULES } from '../analysis/rules';
import type { FileKind, Rule } from '../analysis/types';
import { toLspDiagnostics } from '../features/diagnostics';
import type { ServerSettings } from '../settings';
import type { FileAccess } from './files';
import { analysisSettingsOf } from './analysisSettings';
import type { DocumentStore } from './store';

export interface DiagnoseResult {
  /** Diagnostics per document URI, with the version they were computed for. */
  byUri: { uri: string; version: number; diagnostics: LspDiagnostic[] }[];
  failures: { rule: string; error: unknown }[];
}

/**
 * The rules the server runs. A test hook: POSTFIX_LSP_FAIL_RULE=<rule-id> makes that rule throw
 * (the abuse test checks that the server logs it and publishes the other rules' findings).
 */
const failingRule = process.env.POSTFIX_LSP_FAIL_RULE;
const SERVER_RULES: readonly Rule[] = failingRule ? RULES.map((r) => (r.id === failingRule ? { ...r, check: made(r.id) } : r)) : RULES;

function made(id: string): Rule['check'] {
  return () => {
    throw new Error(`${id} made to fail by POSTFIX_LSP_FAIL_RULE`);
  };
}

/** `fileAccess`: access to the files the configuration names, given only in a trusted workspace. */
export function diagnose(store: DocumentStore, uri: string, settings: ServerSettings, fileAccess?: FileAccess): DiagnoseResult {
  const doc = store.get(uri);
  const model = store.model(uri, settings.version);
  if (!doc || !model) return { byUri: [], failures: [] };
  const { diagnostics, failures } = analyze(model, analysisSettingsOf(settings, fileAccess), SERVER_RULES);
  const files = [doc, store.partner(uri)].filter((d) => d !== undefined);
  const docs: Partial<Record<FileKind, { doc: TextDocument; uri: string }>> = {};
  for (const f of files) docs[f.kind] = { doc: TextDocument.create(f.uri, 'postfix', f.version, f.text), uri: f.uri };
  return {
    byUri: files.map((f) => ({ uri: f.uri, version: f.version, diagnostics: toLspDiagnostics(diagnostics, f.kind, docs) })),
    failures,
  };
}
