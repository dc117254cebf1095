/** Outline: parameters of main.cf; services of master.cf with their `-o` overrides. */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { MainCf } from '../parser/mainCf';
import type { MasterCf } from '../parser/masterCf';
import type { Span } from '../parser/types';

function range(doc: TextDocument, s: Span) {
  return { start: doc.positionAt(s.start), end: doc.positionAt(s.end) };
}

export function mainSymbols(doc: TextDocument, main: MainCf): DocumentSymbol[] {
  return main.parameters.map((p) => ({
    name: p.name,
    detail: p.value.normalized,
    kind: SymbolKind.Property,
    range: range(doc, p),
    selectionRange: range(doc, { start: p.nameStart, end: p.nameEnd }),
  }));
}

export function masterSymbols(doc: TextDocument, master: MasterCf): DocumentSymbol[] {
  return master.services
    .filter((s) => s.fields.length >= 2)
    .map((s) => ({
      name: `${s.fields[0].text} ${s.fields[1].text}`,
      detail: s.fields[7]?.text ?? '',
      kind: SymbolKind.Class,
      range: range(doc, s),
      selectionRange: range(doc, { start: s.fields[0].start, end: s.fields[1].end }),
      children: s.overrides.map((o) => ({
        name: o.name,
        detail: o.normalized,
        kind: SymbolKind.Property,
        range: range(doc, o),
        selectionRange: range(doc, { start: o.nameStart, end: o.nameEnd }),
      })),
    }));
}
