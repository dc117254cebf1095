/** Converts analysis diagnostics of one file into LSP diagnostics. */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic as LspDiagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, FileKind, SeverityName } from '../analysis/types';
import type { Span } from '../parser/types';

const SEVERITY: Record<SeverityName, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A document of the directory: its URI and what maps its offsets to positions. */
export interface PositionedDocument {
  doc: Pick<TextDocument, 'positionAt'>;
  uri: string;
}

function rangeIn(doc: Pick<TextDocument, 'positionAt'>, s: Span): Range {
  return { start: doc.positionAt(s.start), end: doc.positionAt(s.end) };
}

/**
 * One pass, no intermediate arrays: this runs on every keystroke for every finding. A finding's
 * `data` (the postconf warning it reproduces, which the parity tests compare) stays
 * out: no client reads it, and it was a sixth of every publish.
 */
export function toLspDiagnostics(diagnostics: Diagnostic[], file: FileKind, docs: Partial<Record<FileKind, PositionedDocument>>): LspDiagnostic[] {
  const own = docs[file];
  if (!own) return [];
  const out: LspDiagnostic[] = [];
  for (const d of diagnostics) {
    if (d.file !== file) continue;
    // One literal with the keys every diagnostic has; the rare related places and tags after.
    const lsp: LspDiagnostic = { range: rangeIn(own.doc, d), severity: SEVERITY[d.severity], code: d.code, source: 'postfix', message: d.message };
    if (d.related?.length) {
      const related: DiagnosticRelatedInformation[] = [];
      for (const r of d.related) {
        const target = docs[r.file];
        if (target) related.push({ location: { uri: target.uri, range: rangeIn(target.doc, r) }, message: r.message });
      }
      if (related.length) lsp.relatedInformation = related;
    }
    if (d.tags?.length) lsp.tags = d.tags.map((t) => (t === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated));
    out.push(lsp);
  }
  return out;
}
