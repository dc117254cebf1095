/**
 * "Suppress RULE-ID for this line": a `# postfix-lint: disable-next-line RULE-ID` comment on
 * its own line above the setting (main.cf) or service entry (master.cf) the finding is on,
 * with that line's indentation and line ending. When a disable-next-line comment is already
 * right above, the id is added to it instead.
 */
import type { FileKind, Fix } from '../analysis/types';
import type { MainCf } from '../parser/mainCf';
import type { MasterCf } from '../parser/masterCf';
import { lastStartingAtOrBefore } from '../search';
import { parseSuppressionComment } from '../analysis/suppressions';
import { indentation, insertLinesBefore, lineAt } from '../fixes/text';

export function suppressionFix(file: FileKind, doc: MainCf | MasterCf, code: string, offset: number): Fix | undefined {
  if (doc.lines.length === 0) return undefined;
  // The logical lines are in document order and never overlap.
  const last = lastStartingAtOrBefore(doc.logical, offset, (l) => l.start);
  const logical = last && offset <= last.end ? last : undefined;
  const first = logical ? doc.lines.at(logical.firstLine) : lineAt(doc, offset);
  const title = `Suppress ${code} for this line`;
  const above = first.index > 0 ? doc.lines.at(first.index - 1) : undefined;
  const existing = above && above.kind === 'comment' ? parseSuppressionComment(doc.text.slice(above.start, above.end)) : undefined;
  if (above && existing?.kind === 'disable-next-line') {
    // An empty list already silences every rule; a listed id needs nothing more.
    if (existing.ids.length === 0 || existing.ids.some((i) => i.id === code)) return undefined;
    // After the last id, before a ` -- reason`.
    const end = above.start + existing.idsEnd;
    return { title, edits: [{ file, start: end, end, newText: `, ${code}` }], safe: false };
  }
  const comment = `${indentation(doc, first)}# postfix-lint: disable-next-line ${code}`;
  return { title, edits: [insertLinesBefore(file, doc, first, [comment])], safe: false };
}
