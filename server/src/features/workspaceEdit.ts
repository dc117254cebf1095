/** Turns our edits (document offsets per file) into an LSP WorkspaceEdit over one or both files. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { FileKind, TextEditSpec } from '../analysis/types';

/** An open document of the directory: what the edits refer to. */
export interface OpenDoc {
  uri: string;
  version: number;
  text: string;
}

export type OpenDocs = Partial<Record<FileKind, OpenDoc>>;

/** True when every edit refers to a document that is open. */
export function editsApplicable(edits: TextEditSpec[], docs: OpenDocs): boolean {
  return edits.every((e) => docs[e.file] !== undefined);
}

/** What maps a document's offsets to positions (its line table is made once, on first use). */
export type Positions = Pick<TextDocument, 'positionAt' | 'offsetAt'>;
export type PositionsOf = Partial<Record<FileKind, Positions>>;

/** A document per open file, made once: each keeps the line table that every edit's positions need. */
export function positionsOf(docs: OpenDocs): PositionsOf {
  const out: PositionsOf = {};
  for (const file of ['main', 'master'] as const) {
    const d = docs[file];
    if (d) out[file] = TextDocument.create(d.uri, 'postfix', d.version, d.text);
  }
  return out;
}

/**
 * One TextDocumentEdit per file with the version the offsets belong to (when the client
 * supports `documentChanges`), otherwise the plain `changes` map. `positions`: the documents'
 * line tables when the caller has them (a request that makes many edits must pass them: a new
 * table per edit costs a pass over the whole file each).
 */
export function toWorkspaceEdit(edits: TextEditSpec[], docs: OpenDocs, documentChanges: boolean, positions: PositionsOf = positionsOf(docs)): WorkspaceEdit {
  const perFile: { doc: OpenDoc; edits: TextEdit[] }[] = [];
  for (const file of ['main', 'master'] as const) {
    const d = docs[file];
    const td = positions[file];
    const mine = edits.filter((e) => e.file === file);
    if (!d || !td || mine.length === 0) continue;
    perFile.push({
      doc: d,
      edits: mine.map((e) => ({ range: { start: td.positionAt(e.start), end: td.positionAt(e.end) }, newText: e.newText })),
    });
  }
  if (documentChanges) {
    return { documentChanges: perFile.map((f) => ({ textDocument: { uri: f.doc.uri, version: f.doc.version }, edits: f.edits })) };
  }
  return { changes: Object.fromEntries(perFile.map((f) => [f.doc.uri, f.edits])) };
}
