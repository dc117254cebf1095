/**
 * What a request-level feature needs: the configuration model of the document's directory,
 * which file the request is about, and the open documents (for ranges and URIs in answers).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import type { FileKind } from '../analysis/types';
import type { ConfigModel } from '../model/config';
import type { HostDefaults } from '../model/effective';
import type { Span } from '../parser/types';

export interface OpenDocument {
  uri: string;
  doc: TextDocument;
}

export interface FeatureContext {
  model: ConfigModel;
  /** The file the request is about. */
  file: FileKind;
  /** The open main.cf and master.cf of the directory (the requested one always). */
  docs: Partial<Record<FileKind, OpenDocument>>;
  /** Host-dependent defaults when known (a local postconf); otherwise hover says they depend on the host. */
  hostDefaults?: HostDefaults;
}

export function rangeOf(ctx: FeatureContext, file: FileKind, span: Span): Range | undefined {
  const d = ctx.docs[file];
  return d && { start: d.doc.positionAt(span.start), end: d.doc.positionAt(span.end) };
}

/** The requested document; features are only called with it open. */
export function ownDocument(ctx: FeatureContext): OpenDocument {
  return ctx.docs[ctx.file]!;
}
