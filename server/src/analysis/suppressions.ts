/**
 * Suppression comments: `# postfix-lint: disable-next-line RULE-ID[, RULE-ID]` on its own line
 * silences those rules (all rules when none is named) on the next setting or service, or,
 * inside a continued setting or service, on its next line;
 * `# postfix-lint: disable RULE-ID[, ...]` silences them from there to the end of the file.
 * ` -- ` ends the ids: what follows is the reason, for the reader.
 */
import type { ConfigModel } from '../model/config';
import { Derived } from '../model/derived';
import type { PhysicalLines } from '../parser/physicalLines';
import type { LogicalLine, PhysicalLine, Span } from '../parser/types';
import type { FileKind } from './types';

export interface Suppression extends Span {
  /** Rule ids, or undefined for every rule. */
  rules?: Set<string>;
}

/** One suppression comment line, read: the rule ids with their offsets in the line. */
export interface SuppressionComment {
  kind: 'disable' | 'disable-next-line';
  /** The part of the line that holds the ids: after the directive, before a ` -- reason`. */
  listStart: number;
  listEnd: number;
  ids: { id: string; start: number }[];
  /** Where the ids end (before a ` -- reason`, and before trailing blanks): a new id goes here. */
  idsEnd: number;
}

const PATTERN = /^\s*#\s*postfix-lint:\s*(disable-next-line|disable)\b/;
/** The end of the marker `postfix-lint:`, which V8 finds several times faster than the whole. */
const MARKER_TAIL = '-lint:';

/** Reads one comment line's text; undefined when it is no suppression comment. */
export function parseSuppressionComment(line: string): SuppressionComment | undefined {
  const m = PATTERN.exec(line);
  if (!m) return undefined;
  const reason = /\s--(\s|$)/.exec(line.slice(m[0].length));
  const listEnd = reason ? m[0].length + reason.index : line.length;
  const ids: SuppressionComment['ids'] = [];
  const word = /[^\s,]+/g;
  word.lastIndex = m[0].length;
  for (let w = word.exec(line); w && w.index < listEnd; w = word.exec(line)) ids.push({ id: w[0], start: w.index });
  const last = ids[ids.length - 1];
  return { kind: m[1] as SuppressionComment['kind'], listStart: m[0].length, listEnd, ids, idsEnd: last ? last.start + last.id.length : m[0].length };
}

export interface FoundComment {
  line: PhysicalLine;
  index: number;
  comment: SuppressionComment;
}

const found = new Derived<Partial<Record<FileKind, FoundComment[]>>>();

/** The suppression comments of one file of a model, looked for once per model (the engine and unknown-rule-id both read them). */
export function commentsOf(model: ConfigModel, file: FileKind): FoundComment[] {
  const doc = file === 'main' ? model.main : model.master;
  if (!doc) return [];
  let byFile = found.get(model);
  if (!byFile) found.set(model, (byFile = {}));
  return (byFile[file] ??= suppressionComments(doc.text, doc.lines));
}

/** The suppression comments of a file, in document order, with the physical line each is on. */
export function suppressionComments(text: string, lines: PhysicalLines): FoundComment[] {
  const out: FoundComment[] = [];
  // Only comment lines holding the marker can match: visit those, in document order.
  let previous = -1;
  for (let at = text.indexOf(MARKER_TAIL); at >= 0; at = text.indexOf(MARKER_TAIL, at + MARKER_TAIL.length)) {
    if (at < 7 || !text.startsWith('postfix', at - 7)) continue;
    const index = lines.indexAt(at);
    const line = lines.at(index);
    if (index === previous || line.kind !== 'comment') continue;
    previous = index;
    const comment = parseSuppressionComment(text.slice(line.start, line.end));
    if (comment) out.push({ line, index, comment });
  }
  return out;
}

export function findSuppressions(text: string, lines: PhysicalLines, logical: LogicalLine[], comments = suppressionComments(text, lines)): Suppression[] {
  const out: Suppression[] = [];
  let next = 0;
  for (const { line, index, comment } of comments) {
    const rules = comment.ids.length > 0 ? new Set(comment.ids.map((i) => i.id)) : undefined;
    if (comment.kind === 'disable') {
      out.push({ start: line.start, end: text.length, rules });
      continue;
    }
    while (next < logical.length && logical[next].end < line.start) next++;
    const inside = next < logical.length && logical[next].start < line.start;
    if (inside) {
      // Inside a continued setting or service: only the next line of it (an `-o` line, say).
      let following: PhysicalLine | undefined;
      for (let k = index + 1; k < lines.length && !following; k++) if (lines.hasText(k)) following = lines.at(k);
      if (following && following.start < logical[next].end) out.push({ start: following.start, end: following.end, rules });
      continue;
    }
    if (next < logical.length) out.push({ start: logical[next].start, end: logical[next].end, rules });
  }
  return out;
}

export function isSuppressed(suppressions: Suppression[], code: string, offset: number): boolean {
  for (const s of suppressions) if (offset >= s.start && offset <= s.end && (!s.rules || s.rules.has(code))) return true;
  return false;
}
