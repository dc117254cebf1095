/**
 * Code actions: the quick fixes of the findings under the cursor or selection, a "Suppress
 * RULE-ID for this line" action for each of them, and `source.fixAll.postfix`, which applies
 * every safe fix of the directory's main.cf and master.cf at once (what
 * `editor.codeActionsOnSave` runs). A fix that touches both files becomes one WorkspaceEdit.
 */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionContext,
  type Diagnostic as LspDiagnostic,
  type Range,
} from 'vscode-languageserver-types';
import type { AnalysisSettings, Diagnostic, FileKind, Fix } from '../analysis/types';
import { diffEdits } from '../fixes/diffEdits';
import { fixAll } from '../fixes/fixAll';
import type { MainCf } from '../parser/mainCf';
import type { MasterCf } from '../parser/masterCf';
import { toLspDiagnostics } from './diagnostics';
import { suppressionFix } from './suppress';
import { editsApplicable, positionsOf, toWorkspaceEdit, type OpenDoc, type Positions, type PositionsOf } from './workspaceEdit';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.postfix`;

export interface ActionDoc extends OpenDoc {
  parsed: MainCf | MasterCf;
}

export interface CodeActionInput {
  /** The document the request is for. */
  file: FileKind;
  /** The open documents of its directory (the requested one and its partner). */
  docs: Partial<Record<FileKind, ActionDoc>>;
  range: Range;
  context: CodeActionContext;
  /** The analysis of the directory's model (both files). */
  diagnostics: Diagnostic[];
  /** What fix-all needs to re-analyse after each round. */
  version: string;
  settings: AnalysisSettings;
  /** The client accepts versioned `documentChanges`. */
  documentChanges: boolean;
  /**
   * The documents' line tables, when the caller has them up to date (the editor's open
   * documents); made here otherwise, once per request.
   */
  positions?: PositionsOf;
}

/** True when an action of kind `kind` is among the kinds the client asked for. */
export function kindRequested(only: string[] | undefined, kind: string): boolean {
  if (!only) return true;
  return only.some((k) => k === '' || k === kind || kind.startsWith(k + '.'));
}

export function codeActions(input: CodeActionInput): CodeAction[] {
  const own = input.docs[input.file];
  if (!own) return [];
  // Every position below comes from these: a selection over a large file has thousands of
  // findings, and a line table per edit or per finding made such a request quadratic.
  const positions = input.positions ?? positionsOf(input.docs);
  const td = positions[input.file]!;
  const start = td.offsetAt(input.range.start);
  const end = td.offsetAt(input.range.end);
  const only = input.context.only;
  // One action per distinct fix (title and edits): a fix shared by several findings lists them
  // all. A fix's edits are often one list shared by many findings (a table named in many
  // places): whether they apply and their key are worked out once per list, and the key is
  // the same string each time, whose hash V8 keeps, so a lookup does not read it again.
  const byFix = new Map<string, Map<string, CodeAction>>();
  const actions: CodeAction[] = [];
  const keys = new Map<Fix['edits'], string | undefined>();
  let safeInRange = false;
  const add = (fix: Fix, diagnostic: LspDiagnostic) => {
    let key = keys.get(fix.edits);
    if (key === undefined && !keys.has(fix.edits)) keys.set(fix.edits, (key = editsApplicable(fix.edits, input.docs) ? JSON.stringify(fix.edits) : undefined));
    if (key === undefined) return;
    let byTitle = byFix.get(key);
    if (!byTitle) byFix.set(key, (byTitle = new Map()));
    const existing = byTitle.get(fix.title);
    if (existing) {
      existing.diagnostics!.push(diagnostic);
      return;
    }
    const action: CodeAction = {
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: toWorkspaceEdit(fix.edits, input.docs, input.documentChanges, positions),
    };
    if (fix.preferred) action.isPreferred = true;
    byTitle.set(fix.title, action);
    actions.push(action);
  };
  if (kindRequested(only, CodeActionKind.QuickFix)) {
    const lspDocs = lspDocuments(input, positions);
    const clientCopies = clientDiagnostics(input.context.diagnostics);
    for (const d of input.diagnostics) {
      if (d.file !== input.file || d.start > end || d.end < start) continue;
      const lsp = clientCopies.get(diagnosticKey(d.code, td.positionAt(d.start), td.positionAt(d.end))) ?? toLspDiagnostics([d], input.file, lspDocs)[0];
      for (const fix of d.fixes ?? []) {
        add(fix, lsp);
        safeInRange ||= fix.safe;
      }
      const suppress = suppressionFix(input.file, own.parsed, d.code, d.start);
      if (suppress) add(suppress, lsp);
    }
  }
  const fixAllWanted = only ? only.some((k) => k !== '' && kindRequested([k], FIX_ALL_KIND)) : safeInRange;
  if (fixAllWanted) {
    const all = fixAllAction(input);
    if (all) actions.push(all);
  }
  return actions;
}

/** `source.fixAll.postfix`: every safe fix, as line edits of the files that change. */
export function fixAllAction(input: Pick<CodeActionInput, 'docs' | 'version' | 'settings' | 'documentChanges' | 'positions'>): CodeAction | undefined {
  const { main, master } = input.docs;
  const result = fixAll({ main: main?.text, master: master?.text, version: input.version, settings: input.settings });
  const edits = [
    ...(main ? diffEdits('main', main.text, result.texts.main ?? main.text) : []),
    ...(master ? diffEdits('master', master.text, result.texts.master ?? master.text) : []),
  ];
  if (edits.length === 0) return undefined;
  return { title: 'Fix all auto-fixable Postfix problems', kind: FIX_ALL_KIND, edit: toWorkspaceEdit(edits, input.docs, input.documentChanges, input.positions) };
}

function lspDocuments(input: CodeActionInput, positions: PositionsOf) {
  const out: Partial<Record<FileKind, { doc: Positions; uri: string }>> = {};
  for (const f of ['main', 'master'] as const) {
    const d = input.docs[f];
    const doc = positions[f];
    if (d && doc) out[f] = { doc, uri: d.uri };
  }
  return out;
}

type Position = LspDiagnostic['range']['start'];

function diagnosticKey(code: unknown, start: Position, end: Position): string {
  return `${String(code)} ${start.line}:${start.character} ${end.line}:${end.character}`;
}

/** The client's copies of the diagnostics by code and range (the first of each, as the editor lists them). */
function clientDiagnostics(list: LspDiagnostic[]): Map<string, LspDiagnostic> {
  const out = new Map<string, LspDiagnostic>();
  for (const x of Array.isArray(list) ? list : []) {
    // A malformed copy (no range) is no copy of ours; the finding is then sent as the server has it.
    if (!x?.range?.start || !x.range.end) continue;
    const key = diagnosticKey(x.code, x.range.start, x.range.end);
    if (!out.has(key)) out.set(key, x);
  }
  return out;
}
