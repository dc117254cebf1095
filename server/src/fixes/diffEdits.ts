/**
 * The edits that turn one text into another, line by line: what fix-all hands to an editor,
 * so that only the changed lines are replaced (cursor, folding and undo stay sensible).
 */
import { diffLines } from 'diff';
import type { FileKind, TextEditSpec } from '../analysis/types';

export function diffEdits(file: FileKind, before: string, after: string): TextEditSpec[] {
  if (before === after) return [];
  const edits: TextEditSpec[] = [];
  let offset = 0;
  let pending: TextEditSpec | undefined;
  const flush = () => {
    if (pending) edits.push(pending);
    pending = undefined;
  };
  for (const change of diffLines(before, after)) {
    if (change.added) {
      pending ??= { file, start: offset, end: offset, newText: '' };
      pending.newText += change.value;
    } else if (change.removed) {
      pending ??= { file, start: offset, end: offset, newText: '' };
      offset += change.value.length;
      pending.end = offset;
    } else {
      flush();
      offset += change.value.length;
    }
  }
  flush();
  return edits;
}
