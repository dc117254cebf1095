/**
 * The language server: wires LSP requests to the pure functions of parser/, analysis/ and
 * features/. Runs over IPC (VS Code) or stdio (`postfix-language-server --stdio`).
 */
import {
  createConnection,
  ErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type DocumentSymbolParams,
  type FoldingRangeParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { foldingRanges } from './features/folding';
import { mainSymbols, masterSymbols } from './features/symbols';
import type { MainCf } from './parser/mainCf';
import type { MasterCf } from './parser/masterCf';
import { DEFAULT_SETTINGS, normalizeSettings, type ServerSettings } from './settings';
import { diagnose } from './workspace/diagnose';
import { DocumentStore } from './workspace/store';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const store = new DocumentStore();
let settings: ServerSettings = DEFAULT_SETTINGS;
let canPullConfiguration = false;
const pending = new Set<string>();
let scheduled = false;

connection.onInitialize((params) => {
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  settings = normalizeSettings(params.initializationOptions?.settings ?? params.initializationOptions);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: true,
      foldingRangeProvider: true,
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
  // Runs outside any request: an exception here would end the process, so it is logged instead.
  try {
    const doc = documents.get(uri);
    if (!doc || !store.update(uri, doc.version, doc.getText(), doc.languageId)) return;
    const result = diagnose(store, uri, settings);
    for (const f of result.failures) connection.console.error(`rule ${f.rule} failed: ${String(f.error)}`);
    for (const r of result.byUri) void connection.sendDiagnostics({ uri: r.uri, version: r.version, diagnostics: r.diagnostics });
  } catch (e) {
    connection.console.error(`analysis of ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}

/**
 * Any exception in a request handler becomes an LSP error response (InternalError) and a log
 * line, never a dead server.
 */
function guarded<P, R>(name: string, handler: (params: P) => R): (params: P) => R | ResponseError<void> {
  return (params) => {
    try {
      return handler(params);
    } catch (e) {
      connection.console.error(`${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return new ResponseError(ErrorCodes.InternalError, `${name} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
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

connection.onDocumentSymbol(
  guarded('documentSymbol', (p: DocumentSymbolParams) => {
    const d = parsedFor(p.textDocument.uri);
    if (!d) return null;
    return d.parsed.kind === 'main' ? mainSymbols(d.doc, d.parsed) : masterSymbols(d.doc, d.parsed);
  }),
);

connection.onFoldingRanges(
  guarded('foldingRange', (p: FoldingRangeParams) => {
    const d = parsedFor(p.textDocument.uri);
    return d ? foldingRanges(d.doc, d.parsed) : null;
  }),
);

documents.listen(connection);
connection.listen();
