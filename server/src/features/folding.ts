/** Folding: runs of comment lines, continued values, service entries. */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PhysicalLines } from '../parser/physicalLines';
import type { LogicalLine } from '../parser/types';

export function foldingRanges(doc: TextDocument, parsed: { lines: PhysicalLines; logical: LogicalLine[] }): FoldingRange[] {
  const out: FoldingRange[] = [];
  const lineOf = (offset: number) => doc.positionAt(offset).line;
  let runStart = -1;
  let runEnd = -1;
  const flush = () => {
    if (runStart >= 0 && runEnd > runStart) out.push({ startLine: lineOf(parsed.lines.start(runStart)), endLine: lineOf(parsed.lines.start(runEnd)), kind: FoldingRangeKind.Comment });
    runStart = -1;
  };
  const lines = parsed.lines;
  for (let i = 0; i < lines.length; i++) {
    if (lines.kind(i) === 'comment') {
      if (runStart < 0) runStart = i;
      runEnd = i;
    } else flush();
  }
  flush();
  for (const ll of parsed.logical) {
    const a = lineOf(ll.start);
    const b = lineOf(ll.end);
    if (b > a) out.push({ startLine: a, endLine: b, kind: FoldingRangeKind.Region });
  }
  return out.sort((x, y) => x.startLine - y.startLine);
}
