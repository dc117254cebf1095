/**
 * Code actions: the quick fixes of the findings under the cursor or selection, a "Suppress
 * RULE-ID for this line" action for each of them, and `source.fixAll.postfix`, which applies
 * every safe fix of the directory's main.cf and master.cf at once (what
 * `editor.codeActionsOnSave` runs). A fix that touches both files becomes one WorkspaceEdit.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
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
import { editsApplicable, toWorkspaceEdit, type OpenDoc } from './workspaceEdit';

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
}

/** True when an action of kind `kind` is among the kinds the client asked for. */
export function kindRequested(only: string[] | undefined, kind: string): boolean {
  if (!only) return true;
  return only.some((k) => k === '' || k === kind || kind.startsWith(k + '.'));
}

export function codeActions(input: CodeActionInput): CodeAction[] {
  const own = input.docs[input.file];
  if (!own) return [];
  const td = TextDocument.create(own.uri, 'postfix', own.version, own.text);
  const start = td.offsetAt(input.range.start);
  const end = td.offsetAt(input.range.end);
  const only = input.context.only;
  // One action per distinct fix: a fix shared by several findings lists them all.
  const byFix = new Map<string, CodeAction>();
  let safeInRange = false;
  const add = (fix: Fix, diagnostic: LspDiagnostic) => {
    if (!editsApplicable(fix.edits, input.docs)) return;
    const key = `${fix.title}\u0000${JSON.stringify(fix.edits)}`;
    const existing = byFix.get(key);
    if (existing) {
      existing.diagnostics!.push(diagnostic);
      return;
    }
    const action: CodeAction = {
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: toWorkspaceEdit(fix.edits, input.docs, input.documentChanges),
    };
    if (fix.preferred) action.isPreferred = true;
    byFix.set(key, action);
  };
  if (kindRequested(only, CodeActionKind.QuickFix)) {
    const lspDocs = lspDocuments(input);
    for (const d of input.diagnostics) {
      if (d.file !== input.file || d.start > end || d.end < start) continue;
      const lsp = matchingDiagnostic(input.context.diagnostics, d, td) ?? toLspDiagnostics([d], input.file, lspDocs)[0];
      for (const fix of d.fixes ?? []) {
        add(fix, lsp);
        safeInRange ||= fix.safe;
      }
      const suppress = suppressionFix(input.file, own.parsed, d.code, d.start);
      if (suppress) add(suppress, lsp);
    }
  }
  const fixAllWanted = only ? only.some((k) => k !== '' && kindRequested([k], FIX_ALL_KIND)) : safeInRange;
  const actions = [...byFix.values()];
  if (fixAllWanted) {
    const all = fixAllAction(input);
    if (all) actions.push(all);
  }
  return actions;
}

/** `source.fixAll.postfix`: every safe fix, as line edits of the files that change. */
export function fixAllAction(input: Pick<CodeActionInput, 'docs' | 'version' | 'settings' | 'documentChanges'>): CodeAction | undefined {
  const { main, master } = input.docs;
  const result = fixAll({ main: main?.text, master: master?.text, version: input.version, settings: input.settings });
  const edits = [
    ...(main ? diffEdits('main', main.text, result.texts.main ?? main.text) : []),
    ...(master ? diffEdits('master', master.text, result.texts.master ?? master.text) : []),
  ];
  if (edits.length === 0) return undefined;
  return { title: 'Fix all auto-fixable Postfix problems', kind: FIX_ALL_KIND, edit: toWorkspaceEdit(edits, input.docs, input.documentChanges) };
}

function lspDocuments(input: CodeActionInput) {
  const out: Partial<Record<FileKind, { doc: TextDocument; uri: string }>> = {};
  for (const f of ['main', 'master'] as const) {
    const d = input.docs[f];
    if (d) out[f] = { doc: TextDocument.create(d.uri, 'postfix', d.version, d.text), uri: d.uri };
  }
  return out;
}

/** The client's copy of a diagnostic: same code and range. */
function matchingDiagnostic(list: LspDiagnostic[], d: Diagnostic, td: TextDocument): LspDiagnostic | undefined {
  const s = td.positionAt(d.start);
  const e = td.positionAt(d.end);
  return list.find(
    (x) => String(x.code) === d.code && x.range.start.line === s.line && x.range.start.character === s.character && x.range.end.line === e.line && x.range.end.character === e.character,
  );
}
