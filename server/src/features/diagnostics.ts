/** Converts analysis diagnostics of one file into LSP diagnostics. */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic as LspDiagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, FileKind, SeverityName } from '../analysis/types';

const SEVERITY: Record<SeverityName, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostics(
  diagnostics: Diagnostic[],
  file: FileKind,
  docs: Partial<Record<FileKind, { doc: TextDocument; uri: string }>>,
): LspDiagnostic[] {
  const own = docs[file];
  if (!own) return [];
  const range = (doc: TextDocument, s: { start: number; end: number }) => ({ start: doc.positionAt(s.start), end: doc.positionAt(s.end) });
  return diagnostics
    .filter((d) => d.file === file)
    .map((d) => {
      const out: LspDiagnostic = { range: range(own.doc, d), severity: SEVERITY[d.severity], code: d.code, source: 'postfix', message: d.message };
      const related = (d.related ?? []).flatMap((r) => {
        const target = docs[r.file];
        return target ? [{ location: { uri: target.uri, range: range(target.doc, r) }, message: r.message }] : [];
      });
      if (related.length) out.relatedInformation = related;
      const tags = (d.tags ?? []).map((t) => (t === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated));
      if (tags.length) out.tags = tags;
      if (d.data !== undefined) out.data = d.data;
      return out;
    });
}
