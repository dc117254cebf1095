/**
 * The language server: wires LSP requests to the pure functions of parser/, analysis/ and
 * features/. Runs over IPC (VS Code) or stdio (`postfix-language-server --stdio`).
 */
import {
  CodeActionKind,
  createConnection,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FIX_ALL_KIND } from './features/codeActions';
import { foldingRanges } from './features/folding';
import { FORWARD_SECRECY_COMMAND } from './fixes/forwardSecrecy';
import { mainSymbols, masterSymbols } from './features/symbols';
import type { MainCf } from './parser/mainCf';
import type { MasterCf } from './parser/masterCf';
import { DEFAULT_SETTINGS, normalizeSettings, type ServerSettings } from './settings';
import { codeActionsFor, commandUri, forwardSecrecyCommand } from './workspace/actions';
import { diagnose } from './workspace/diagnose';
import { DocumentStore } from './workspace/store';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const store = new DocumentStore();
let settings: ServerSettings = DEFAULT_SETTINGS;
let canPullConfiguration = false;
let canApplyEdit = false;
let documentChanges = false;
const pending = new Set<string>();
let scheduled = false;

connection.onInitialize((params) => {
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  canApplyEdit = params.capabilities.workspace?.applyEdit === true;
  documentChanges = params.capabilities.workspace?.workspaceEdit?.documentChanges === true;
  settings = normalizeSettings(params.initializationOptions?.settings ?? params.initializationOptions);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      executeCommandProvider: { commands: [FORWARD_SECRECY_COMMAND] },
    },
    serverInfo: { name: 'postfix-language-server', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  await refreshSettings();
});

async function refreshSettings(): Promise<void> {
  if (!canPullConfiguration) return;
  try {
    settings = normalizeSettings(await connection.workspace.getConfiguration('postfix'));
  } catch (e) {
    connection.console.error(`could not read settings: ${String(e)}`);
  }
  for (const d of documents.all()) schedule(d.uri);
}

connection.onDidChangeConfiguration((change) => {
  if (canPullConfiguration) void refreshSettings();
  else {
    settings = normalizeSettings((change.settings as { postfix?: unknown } | undefined)?.postfix);
    for (const d of documents.all()) schedule(d.uri);
  }
});

/** Coalesces bursts of edits: each document is analysed once, for its latest version. */
function schedule(uri: string): void {
  pending.add(uri);
  if (scheduled) return;
  scheduled = true;
  setImmediate(() => {
    scheduled = false;
    const uris = [...pending];
    pending.clear();
    for (const u of uris) publish(u);
  });
}

function publish(uri: string): void {
  const doc = documents.get(uri);
  if (!doc || !store.update(uri, doc.version, doc.getText(), doc.languageId)) return;
  const result = diagnose(store, uri, settings);
  for (const f of result.failures) connection.console.error(`rule ${f.rule} failed: ${String(f.error)}`);
  for (const r of result.byUri) void connection.sendDiagnostics({ uri: r.uri, version: r.version, diagnostics: r.diagnostics });
}

documents.onDidChangeContent((e) => schedule(e.document.uri));
documents.onDidClose((e) => {
  const partner = store.partner(e.document.uri);
  store.remove(e.document.uri);
  pending.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  if (partner) schedule(partner.uri);
});

function parsedFor(uri: string): { doc: TextDocument; parsed: MainCf | MasterCf } | undefined {
  const doc = documents.get(uri);
  if (!doc) return undefined;
  const stored = store.update(uri, doc.version, doc.getText(), doc.languageId);
  return stored && { doc, parsed: stored.parsed };
}

connection.onDocumentSymbol((p) => {
  const d = parsedFor(p.textDocument.uri);
  if (!d) return null;
  return d.parsed.kind === 'main' ? mainSymbols(d.doc, d.parsed) : masterSymbols(d.doc, d.parsed);
});

connection.onFoldingRanges((p) => {
  const d = parsedFor(p.textDocument.uri);
  return d ? foldingRanges(d.doc, d.parsed) : null;
});

connection.onCodeAction((p) => (parsedFor(p.textDocument.uri) ? codeActionsFor(store, p, settings, documentChanges) : null));

/** A message for the user that needs no answer (window/showMessage is a notification). */
function notify(type: MessageType, message: string): void {
  void connection.sendNotification(ShowMessageNotification.type, { type, message });
}

connection.onExecuteCommand(async (p) => {
  if (p.command !== FORWARD_SECRECY_COMMAND) return null;
  const uri = commandUri(p.arguments);
  if (!uri || !parsedFor(uri)) {
    notify(MessageType.Warning, 'Insert forward-secrecy settings: open a main.cf first.');
    return { applied: false };
  }
  const outcome = forwardSecrecyCommand(store, uri, settings, documentChanges);
  if (!outcome.edit) {
    notify(MessageType.Info, outcome.message ?? 'Nothing to change.');
    return { applied: false, message: outcome.message };
  }
  if (!canApplyEdit) return { applied: false, edit: outcome.edit };
  const result = await connection.workspace.applyEdit({ label: outcome.title, edit: outcome.edit });
  return { applied: result.applied, edit: outcome.edit };
});

documents.listen(connection);
connection.listen();
