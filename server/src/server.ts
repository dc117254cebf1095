/**
 * The language server: wires LSP requests to the pure functions of parser/, analysis/ and
 * features/. Runs over IPC (VS Code) or stdio (`postfix-language-server --stdio`).
 */
import {
  CodeActionKind,
  ErrorCodes,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  type DocumentSymbolParams,
  type FoldingRangeParams,
  type TextDocumentPositionParams,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { directoryLabel, effectiveConfiguration, sectionKeys } from './features/effectiveConfig';
import { EFFECTIVE_CONFIGURATION_REQUEST, type EffectiveConfigurationParams, type EffectiveConfigurationResult } from './features/effectiveFormat';
import { foldingRanges } from './features/folding';
import { SEMANTIC_LEGEND, semanticTokens } from './features/semanticTokens';
import { mainSymbols, masterSymbols } from './features/symbols';
import type { MainCf } from './parser/mainCf';
import type { MasterCf } from './parser/masterCf';
import { DEFAULT_SETTINGS, isTrusted, normalizeSettings, type ServerSettings } from './settings';
import { completion, COMPLETION_TRIGGERS, resolveCompletion } from './features/completion';
import { withItemDefaults, type ItemDefaults, type Resolvable } from './features/completionList';
import type { FeatureContext } from './features/context';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { documentLinks } from './features/links';
import { definition, highlights, prepareRename, references, rename, RenameError } from './features/navigation';
import type { HostDefaults } from './model/effective';
import { featureContext } from './workspace/context';
import { readHostDefaults } from './workspace/hostDefaults';
import { FIX_ALL_KIND } from './features/codeActions';
import { FORWARD_SECRECY_COMMAND } from './fixes/forwardSecrecy';
import { codeActionsFor, commandUri, forwardSecrecyCommand } from './workspace/actions';
import { diagnose } from './workspace/diagnose';
import { PRODUCT_VERSION } from './version';
import { unknownRuleIds } from './rulesSchema';
import { FileAccessBySetting, firstWorkspaceFolder } from './workspace/files';
import type { WatchedFileAccess } from './workspace/watchedFiles';
import { SentState } from './workspace/sent';
import { DocumentStore } from './workspace/store';
import { incoming, serverConnection } from './connection';
import { fixYoungGeneration } from './youngGeneration';

const connection = serverConnection();
const documents = new TextDocuments(TextDocument);
const store = new DocumentStore();
const sent = new SentState();
let settings: ServerSettings = DEFAULT_SETTINGS;
let canPullConfiguration = false;
let canRefreshSemanticTokens = false;
/** Workspace trust from initializationOptions; an untrusted server runs nothing and reads no file. */
let trusted = true;
let canRefreshInlayHints = false;
/** Defaults of the local postconf (postfix.postconfPath), read once per path. */
let hostDefaults: { path: string; values?: HostDefaults } | undefined;
let canApplyEdit = false;
/** Set by the first code-action request: from then on each publish keeps its analysis for the next ones. */
let codeActionsAsked = false;
/** The completion list defaults the client takes (LSP 3.17). */
let completionDefaults: ItemDefaults = [];
/** The completion item properties the client resolves later. */
let completionResolvable: Resolvable = [];
let documentChanges = false;
const pending = new Set<string>();
let scheduled = false;
/** File checks read local files only when the client says the workspace is trusted, where postfix.fileRoot says. */
let fileAccess: WatchedFileAccess | undefined;
let fileAccessBySetting: FileAccessBySetting | undefined;
let fileRootProblem: string | undefined;
let unknownRulesSaid = '';

connection.onInitialize((params) => {
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  canRefreshSemanticTokens = params.capabilities.workspace?.semanticTokens?.refreshSupport === true;
  canRefreshInlayHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
  canApplyEdit = params.capabilities.workspace?.applyEdit === true;
  completionDefaults = params.capabilities.textDocument?.completion?.completionList?.itemDefaults ?? [];
  completionResolvable = params.capabilities.textDocument?.completion?.completionItem?.resolveSupport?.properties ?? [];
  documentChanges = params.capabilities.workspace?.workspaceEdit?.documentChanges === true;
  settings = normalizeSettings(params.initializationOptions?.settings ?? params.initializationOptions);
  trusted = isTrusted(params.initializationOptions);
  // The files the configuration names (keys, certificates, tables) are read only in a trusted workspace.
  if (trusted) fileAccessBySetting = new FileAccessBySetting(firstWorkspaceFolder(params));
  applySettings();
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true },
      hoverProvider: true,
      completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: true },
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      documentHighlightProvider: true,
      documentLinkProvider: { resolveProvider: false },
      inlayHintProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      executeCommandProvider: { commands: [FORWARD_SECRECY_COMMAND] },
    },
    serverInfo: { name: 'postfix-language-server', version: PRODUCT_VERSION },
  };
});

connection.onInitialized(async () => {
  fixYoungGeneration();
  await refreshSettings();
  loadHostDefaults();
});

function loadHostDefaults(): void {
  const path = settings.postconfPath;
  // An untrusted workspace never makes the server run a program.
  if (!trusted || !path || hostDefaults?.path === path) return;
  const entry: { path: string; values?: HostDefaults } = { path };
  hostDefaults = entry;
  readHostDefaults(path).then(
    (values) => {
      entry.values = values;
      connection.console.info(`host defaults: ${values.size} values from ${path} -d`);
    },
    (e) => connection.console.error(`could not run ${path} -d: ${String(e)}`),
  );
}

/**
 * The files a configuration names can change while nothing is typed (chmod on a key, an alias
 * added): every few seconds the paths read so far are looked at again, and a change re-analyses
 * the open documents. A few stat calls, and none in an untrusted workspace.
 */
const FILE_CHECK_MS = 2000;
setInterval(() => {
  if (fileAccess?.checkDisk()) for (const d of documents.all()) schedule(d.uri);
}, FILE_CHECK_MS).unref();

/** What a new `settings` changes beyond the analysis: where files are read, and what to tell the user. */
function applySettings(): void {
  const unknown = unknownRuleIds(settings.rules).join(', ');
  if (unknown && unknown !== unknownRulesSaid) connection.console.warn(`postfix.rules names no rule ${unknown}: ignored (postfix-lint --list-rules lists them)`);
  unknownRulesSaid = unknown;
  if (!fileAccessBySetting) return;
  const { access, problem } = fileAccessBySetting.get(settings.fileRoot);
  fileAccess = access;
  if (problem && problem !== fileRootProblem) connection.console.warn(problem);
  fileRootProblem = problem;
}

async function refreshSettings(): Promise<void> {
  if (!canPullConfiguration) return;
  try {
    settings = normalizeSettings(await connection.workspace.getConfiguration('postfix'));
    applySettings();
  } catch (e) {
    connection.console.error(`could not read settings: ${String(e)}`);
  }
  for (const d of documents.all()) schedule(d.uri);
  if (canRefreshSemanticTokens) void connection.languages.semanticTokens.refresh();
  loadHostDefaults();
  if (canRefreshInlayHints) void connection.languages.inlayHint.refresh();
}

connection.onDidChangeConfiguration((change) => {
  if (canPullConfiguration) void refreshSettings();
  else {
    settings = normalizeSettings((change.settings as { postfix?: unknown } | undefined)?.postfix);
    applySettings();
    for (const d of documents.all()) schedule(d.uri);
    loadHostDefaults();
  }
});

/**
 * Coalesces bursts of edits: each document is analysed once, for its latest version. A version
 * whose successor has already been read (it waits in the protocol library's queue while a long
 * analysis runs) is skipped: the successor's own change schedules it. Should that change never
 * apply (a malformed message), the version is analysed after all, a moment later.
 */
function schedule(uri: string): void {
  pending.add(uri);
  if (scheduled) return;
  scheduled = true;
  setImmediate(() => {
    scheduled = false;
    const uris = [...pending];
    pending.clear();
    for (const u of uris) {
      const version = documents.get(u)?.version;
      if (version !== undefined && incoming.newerThan(u, version)) {
        setTimeout(() => {
          if (documents.get(u)?.version !== version) return;
          incoming.forget(u);
          schedule(u);
        }, SUCCESSOR_WAIT_MS).unref();
        continue;
      }
      publish(u);
    }
  });
}

/** How long a skipped version waits for the change read after it to apply. */
const SUCCESSOR_WAIT_MS = 250;

function publish(uri: string): void {
  // Runs outside any request: an exception here would end the process, so it is logged instead.
  try {
    const doc = documents.get(uri);
    if (!doc || !store.update(uri, doc.version, doc.getText(), doc.languageId)) return;
    const result = diagnose(store, uri, settings, fileAccess, (u) => documents.get(u), codeActionsAsked);
    for (const f of result.failures) connection.console.error(`rule ${f.rule} failed: ${String(f.error)}`);
    const paired = result.byUri.length > 1;
    for (const r of result.byUri) {
      // The edited document's diagnostics always go out (the client waits for its version); the partner's when they changed.
      if (sent.diagnosticsChanged(r.uri, r.version, r.diagnostics, paired) || r.uri === uri) {
        void connection.sendDiagnostics({ uri: r.uri, version: r.version, diagnostics: r.diagnostics });
      }
    }
    // The partner's names may change meaning (a master.cf service defines main.cf names).
    const partner = result.byUri.find((r) => r.uri !== uri);
    if (canRefreshSemanticTokens && partner && partnerTokensChanged(partner.uri)) void connection.languages.semanticTokens.refresh();
  } catch (e) {
    connection.console.error(`analysis of ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}

/** Whether the client's semantic tokens of `uri`, the partner of an edited document, are out of date. */
function partnerTokensChanged(uri: string): boolean {
  const stored = store.get(uri);
  const model = store.model(uri, settings.version);
  if (!stored || !model || !sent.hasTokens(uri)) return true;
  return sent.tokensChanged(uri, semanticTokens({ getText: () => stored.text }, model, stored.kind).data);
}

/**
 * Any exception in a request handler (thrown, or a rejected promise) becomes an LSP error
 * response (InternalError) and a log line, never a dead server. Every request handler is
 * wrapped. A test hook: POSTFIX_LSP_FAIL_REQUEST=hover,completion,... makes the first request of
 * each named handler throw (the abuse test checks that the server survives and answers again).
 */
const failOnce = new Set(process.env.POSTFIX_LSP_FAIL_REQUEST?.split(',') ?? []);
function guarded<P, R>(name: string, handler: (params: P) => R): (params: P) => R | ResponseError<void> {
  const failed = (e: unknown) => {
    connection.console.error(`${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return new ResponseError(ErrorCodes.InternalError, `${name} failed: ${e instanceof Error ? e.message : String(e)}`);
  };
  return (params) => {
    try {
      if (failOnce.delete(name)) throw new Error(`${name} made to fail by POSTFIX_LSP_FAIL_REQUEST`);
      const result = handler(params);
      return result instanceof Promise ? (result.catch(failed) as R) : result;
    } catch (e) {
      return failed(e);
    }
  };
}

documents.onDidChangeContent((e) => schedule(e.document.uri));
documents.onDidClose((e) => {
  const partner = store.partner(e.document.uri);
  store.remove(e.document.uri);
  sent.forget(e.document.uri);
  pending.delete(e.document.uri);
  incoming.forget(e.document.uri);
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

connection.languages.semanticTokens.on(guarded('semanticTokens', (p) => {
  const d = parsedFor(p.textDocument.uri);
  const model = d && store.model(p.textDocument.uri, settings.version);
  if (!d || !model) return { data: [] };
  const tokens = semanticTokens(d.doc, model, d.parsed.kind);
  sent.tokensSent(p.textDocument.uri, tokens.data);
  return tokens;
}));

connection.onRequest(
  EFFECTIVE_CONFIGURATION_REQUEST,
  guarded('effectiveConfiguration', (p: EffectiveConfigurationParams): EffectiveConfigurationResult | null => {
    const d = parsedFor(p.uri);
    const model = d && store.model(p.uri, settings.version);
    if (!model) return null;
    return { text: effectiveConfiguration(model, { directory: directoryLabel(p.uri), keys: sectionKeys(p.sections), header: p.header !== false }) };
  }),
);

connection.onFoldingRanges(
  guarded('foldingRange', (p: FoldingRangeParams) => {
    const d = parsedFor(p.textDocument.uri);
    return d ? foldingRanges(d.doc, d.parsed) : null;
  }),
);

/** The feature context of a document and the offset of a position in it. */
function at(p: TextDocumentPositionParams): { ctx: FeatureContext; offset: number } | undefined {
  const ctx = featureContext(store, documents, p.textDocument.uri, settings, hostDefaults?.values);
  return ctx && { ctx, offset: ctx.docs[ctx.file]!.doc.offsetAt(p.position) };
}

function renameFailure<T>(run: () => T): T | ResponseError<void> {
  try {
    return run();
  } catch (e) {
    if (e instanceof RenameError) return new ResponseError(LSPErrorCodes.RequestFailed, e.message);
    throw e;
  }
}

connection.onHover(guarded('hover', (p) => {
  const r = at(p);
  return r ? hover(r.ctx, r.offset) : null;
}));
connection.onCompletion(guarded('completion', (p) => {
  const r = at(p);
  return r ? withItemDefaults(completion(r.ctx, r.offset), completionDefaults, completionResolvable) : null;
}));
connection.onCompletionResolve(guarded('completionResolve', (item) => {
  const uri = (item.data as { uri?: string } | undefined)?.uri;
  const ctx = uri ? featureContext(store, documents, uri, settings, hostDefaults?.values) : undefined;
  return ctx ? resolveCompletion(ctx, item) : item;
}));
connection.onDefinition(guarded('definition', (p) => {
  const r = at(p);
  return r ? definition(r.ctx, r.offset) : null;
}));
connection.onReferences(guarded('references', (p) => {
  const r = at(p);
  return r ? references(r.ctx, r.offset, p.context.includeDeclaration) : [];
}));
connection.onDocumentHighlight(guarded('documentHighlight', (p) => {
  const r = at(p);
  return r ? highlights(r.ctx, r.offset) : [];
}));
connection.onPrepareRename(guarded('prepareRename', (p) => {
  const r = at(p);
  return r ? renameFailure(() => prepareRename(r.ctx, r.offset)) : null;
}));
connection.onRenameRequest(guarded('rename', (p) => {
  const r = at(p);
  return r ? renameFailure(() => rename(r.ctx, r.offset, p.newName)) : null;
}));
connection.onDocumentLinks(guarded('documentLinks', (p) => {
  const ctx = featureContext(store, documents, p.textDocument.uri, settings, hostDefaults?.values);
  return ctx ? documentLinks(ctx) : [];
}));
connection.languages.inlayHint.on(guarded('inlayHint', (p) => {
  const ctx = featureContext(store, documents, p.textDocument.uri, settings, hostDefaults?.values);
  if (!ctx) return [];
  const doc = ctx.docs[ctx.file]!.doc;
  return inlayHints(ctx, { start: doc.offsetAt(p.range.start), end: doc.offsetAt(p.range.end) }, settings.inlayHints.enabled);
}));
connection.onCodeAction(guarded('codeAction', (p) => {
  codeActionsAsked = true;
  return parsedFor(p.textDocument.uri) ? codeActionsFor(store, p, settings, documentChanges, fileAccess, (u) => documents.get(u)) : null;
}));

/** A message for the user that needs no answer (window/showMessage is a notification). */
function notify(type: MessageType, message: string): void {
  void connection.sendNotification(ShowMessageNotification.type, { type, message });
}

connection.onExecuteCommand(guarded('executeCommand', async (p) => {
  if (p.command !== FORWARD_SECRECY_COMMAND) return null;
  const uri = commandUri(p.arguments);
  if (!uri || !parsedFor(uri)) {
    notify(MessageType.Warning, 'Insert forward-secrecy settings: open a main.cf first.');
    return { applied: false };
  }
  const outcome = forwardSecrecyCommand(store, uri, settings, documentChanges, fileAccess);
  if (!outcome.edit) {
    notify(MessageType.Info, outcome.message ?? 'Nothing to change.');
    return { applied: false, message: outcome.message };
  }
  if (!canApplyEdit) return { applied: false, edit: outcome.edit };
  const result = await connection.workspace.applyEdit({ label: outcome.title, edit: outcome.edit });
  return { applied: result.applied, edit: outcome.edit };
}));

documents.listen(connection);
connection.listen();
