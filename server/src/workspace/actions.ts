/**
 * Code actions and the forward-secrecy command for an open document: gathers the directory's
 * open documents and model from the store and hands them to the pure functions in features/.
 */
import type { CodeActionParams } from 'vscode-languageserver';
import type { CodeAction, WorkspaceEdit } from 'vscode-languageserver-types';
import type { FileKind } from '../analysis/types';
import { formatVersion } from '../data/versions';
import { codeActions, type ActionDoc } from '../features/codeActions';
import { toWorkspaceEdit, type PositionsOf } from '../features/workspaceEdit';
import { forwardSecrecyFix } from '../fixes/forwardSecrecy';
import type { ServerSettings } from '../settings';
import { analysisOf } from './analysis';
import { analysisSettingsOf } from './analysisSettings';
import type { FileAccess } from './files';
import { positioned, type OpenDocumentLookup } from './diagnose';
import type { DocumentStore, StoredDocument } from './store';

function storedDocs(store: DocumentStore, uri: string): StoredDocument[] {
  return [store.get(uri), store.partner(uri)].filter((x): x is StoredDocument => x !== undefined);
}

function directoryDocs(store: DocumentStore, uri: string): Partial<Record<FileKind, ActionDoc>> {
  const docs: Partial<Record<FileKind, ActionDoc>> = {};
  for (const d of storedDocs(store, uri)) docs[d.kind] = { uri: d.uri, version: d.version, text: d.text, parsed: d.parsed };
  return docs;
}

/** The line tables of the directory's documents: the editor's own when they hold the stored version. */
function directoryPositions(store: DocumentStore, uri: string, open?: OpenDocumentLookup): PositionsOf {
  const out: PositionsOf = {};
  for (const d of storedDocs(store, uri)) out[d.kind] = positioned(d, open).doc;
  return out;
}

export function codeActionsFor(
  store: DocumentStore,
  params: CodeActionParams,
  settings: ServerSettings,
  documentChanges: boolean,
  fileAccess?: FileAccess,
  open?: OpenDocumentLookup,
): CodeAction[] {
  const doc = store.get(params.textDocument.uri);
  const model = store.model(params.textDocument.uri, settings.version);
  if (!doc || !model) return [];
  return codeActions({
    file: doc.kind,
    docs: directoryDocs(store, doc.uri),
    range: params.range,
    context: params.context,
    diagnostics: analysisOf(model, settings, fileAccess, true).diagnostics,
    version: settings.version,
    settings: analysisSettingsOf(settings, fileAccess),
    documentChanges,
    positions: directoryPositions(store, doc.uri, open),
  });
}

export interface CommandOutcome {
  title: string;
  /** The edit to apply, or undefined when there is nothing to change or nothing to change it in. */
  edit?: WorkspaceEdit;
  /** What to tell the user when there is no edit. */
  message?: string;
}

/** "Insert forward-secrecy settings" for the main.cf at `uri` (and its master.cf when open). */
export function forwardSecrecyCommand(
  store: DocumentStore,
  uri: string,
  settings: ServerSettings,
  documentChanges: boolean,
  fileAccess?: FileAccess,
): CommandOutcome {
  const title = 'Insert forward-secrecy settings';
  const doc = store.get(uri);
  if (!doc) return { title, message: 'Open the main.cf to change first.' };
  if (doc.kind !== 'main') return { title, message: 'Insert forward-secrecy settings works on a main.cf; open the main.cf of this directory.' };
  const model = store.model(uri, settings.version)!;
  const fix = forwardSecrecyFix(model, analysisSettingsOf(settings, fileAccess));
  if (!fix) return { title, message: `main.cf already has the forward-secrecy settings recommended for Postfix ${formatVersion(model.target)}.` };
  return { title: fix.title, edit: toWorkspaceEdit(fix.edits, directoryDocs(store, uri), documentChanges) };
}

/** The main.cf URI a command was given: a string, or an object with `uri` (what editors pass). */
export function commandUri(args: unknown[] | undefined): string | undefined {
  const arg = args?.[0] as string | { uri?: unknown } | undefined;
  if (typeof arg === 'string') return arg;
  return typeof arg?.uri === 'string' ? arg.uri : undefined;
}
