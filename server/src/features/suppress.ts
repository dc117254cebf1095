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
import { indentation, insertLinesBefore, lineAt, trimmedEnd } from '../fixes/text';

const EXISTING = /^(\s*#\s*postfix-lint:\s*disable-next-line\b)(.*)$/;

export function suppressionFix(file: FileKind, doc: MainCf | MasterCf, code: string, offset: number): Fix | undefined {
  if (doc.lines.length === 0) return undefined;
  // The logical lines are in document order and never overlap.
  const last = lastStartingAtOrBefore(doc.logical, offset, (l) => l.start);
  const logical = last && offset <= last.end ? last : undefined;
  const first = logical ? doc.lines.at(logical.firstLine) : lineAt(doc, offset);
  const title = `Suppress ${code} for this line`;
  const above = first.index > 0 ? doc.lines.at(first.index - 1) : undefined;
  const m = above && above.kind === 'comment' ? EXISTING.exec(doc.text.slice(above.start, above.end)) : null;
  if (above && m) {
    const ids = m[2].split(/[\s,]+/).filter((x) => x !== '');
    // An empty list already silences every rule; a listed id needs nothing more.
    if (ids.length === 0 || ids.includes(code)) return undefined;
    const end = trimmedEnd(doc, above);
    return { title, edits: [{ file, start: end, end, newText: `, ${code}` }], safe: false };
  }
  const comment = `${indentation(doc, first)}# postfix-lint: disable-next-line ${code}`;
  return { title, edits: [insertLinesBefore(file, doc, first, [comment])], safe: false };
}
