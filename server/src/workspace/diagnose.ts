/** Computes the LSP diagnostics of a document and of its directory partner. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver-types';
import type { FileKind } from '../analysis/types';
import { toLspDiagnostics, type PositionedDocument } from '../features/diagnostics';
import type { ServerSettings } from '../settings';
import type { FileAccess } from './files';
import { analysisOf } from './analysis';
import type { DocumentStore, StoredDocument } from './store';

export interface DiagnoseResult {
  /** Diagnostics per document URI, with the version they were computed for. */
  byUri: { uri: string; version: number; diagnostics: LspDiagnostic[] }[];
  failures: { rule: string; error: unknown }[];
}

/** The editor's open documents by URI (TextDocuments), whose line offsets are kept up to date per edit. */
export type OpenDocumentLookup = (uri: string) => TextDocument | undefined;

/**
 * Positions of a stored version: the open document when it holds exactly that version (no
 * line table to rebuild), else a document made from the stored text.
 */
export function positioned(f: StoredDocument, open?: OpenDocumentLookup): PositionedDocument & { doc: TextDocument } {
  const live = open?.(f.uri);
  const doc = live && live.version === f.version && live.getText() === f.text ? live : TextDocument.create(f.uri, 'postfix', f.version, f.text);
  return { doc, uri: f.uri };
}

/**
 * `fileAccess`: access to the files the configuration names, given only in a trusted workspace.
 * `keep`: keep the analysis for the code actions that will follow (see analysisOf).
 */
export function diagnose(store: DocumentStore, uri: string, settings: ServerSettings, fileAccess?: FileAccess, open?: OpenDocumentLookup, keep = false): DiagnoseResult {
  const doc = store.get(uri);
  const model = store.model(uri, settings.version);
  if (!doc || !model) return { byUri: [], failures: [] };
  const { diagnostics, failures } = analysisOf(model, settings, fileAccess, keep);
  const files = [doc, store.partner(uri)].filter((d) => d !== undefined);
  const docs: Partial<Record<FileKind, PositionedDocument>> = {};
  for (const f of files) docs[f.kind] = positioned(f, open);
  return {
    byUri: files.map((f) => ({ uri: f.uri, version: f.version, diagnostics: toLspDiagnostics(diagnostics, f.kind, docs) })),
    failures,
  };
}
