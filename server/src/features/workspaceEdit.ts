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

/**
 * One TextDocumentEdit per file with the version the offsets belong to (when the client
 * supports `documentChanges`), otherwise the plain `changes` map.
 */
export function toWorkspaceEdit(edits: TextEditSpec[], docs: OpenDocs, documentChanges: boolean): WorkspaceEdit {
  const perFile: { doc: OpenDoc; edits: TextEdit[] }[] = [];
  for (const file of ['main', 'master'] as const) {
    const d = docs[file];
    const mine = edits.filter((e) => e.file === file);
    if (!d || mine.length === 0) continue;
    const td = TextDocument.create(d.uri, 'postfix', d.version, d.text);
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
