/**
 * Applying fixes to texts: edits of one fix are applied together; fixes whose edits collide
 * with an already chosen fix wait for the next round (fix-all re-analyses and tries again).
 */
import type { FileKind, Fix, TextEditSpec } from '../analysis/types';
import { firstIndex } from '../search';

export type Texts = Partial<Record<FileKind, string>>;

/**
 * True when two edits of one file cannot both be applied unambiguously: their ranges share
 * characters, or an insertion sits inside or at either end of the other edit.
 */
export function editsConflict(a: TextEditSpec, b: TextEditSpec): boolean {
  if (a.file !== b.file) return false;
  if (a.start < b.end && b.start < a.end) return true;
  const aInsert = a.start === a.end;
  const bInsert = b.start === b.end;
  if (aInsert && a.start >= b.start && a.start <= b.end) return true;
  if (bInsert && b.start >= a.start && b.start <= a.end) return true;
  return false;
}

/** Why a fix's own edits cannot be applied to `texts`, or undefined when they can. */
export function invalidFix(fix: Fix, texts: Texts): string | undefined {
  for (const e of fix.edits) {
    const text = texts[e.file];
    if (text === undefined) return `edit for ${e.file}.cf, which is not open`;
    if (!(e.start >= 0 && e.start <= e.end && e.end <= text.length)) return `edit ${e.start}-${e.end} outside ${e.file}.cf (length ${text.length})`;
  }
  const sorted = [...fix.edits].sort((a, b) => (a.file === b.file ? a.start - b.start || a.end - b.end : a.file < b.file ? -1 : 1));
  for (let i = 1; i < sorted.length; i++) {
    const p = sorted[i - 1];
    const c = sorted[i];
    // Within one fix, touching edits are fine (a deletion followed by an insertion at its end),
    // and insertions at one offset appear in the order listed, as LSP defines it.
    if (p.file === c.file && c.start < p.end) {
      return `overlapping edits ${p.start}-${p.end} and ${c.start}-${c.end} in ${c.file}.cf`;
    }
  }
  return undefined;
}

/**
 * Chooses, in order, the fixes that can be applied together: each must be valid and must not
 * conflict with an edit of a fix chosen before it.
 */
export function selectCompatible<T extends { fix: Fix }>(candidates: T[], texts: Texts): T[] {
  const chosen: T[] = [];
  const taken = new TakenEdits();
  for (const c of candidates) {
    if (c.fix.edits.length === 0 || invalidFix(c.fix, texts)) continue;
    if (c.fix.edits.some((e) => taken.conflicts(e))) continue;
    chosen.push(c);
    for (const e of c.fix.edits) taken.add(e);
  }
  return chosen;
}

/**
 * The edits of the chosen fixes, per file in document order. They share no character (a fix's
 * own edits do not, see invalidFix, and a conflicting fix is never chosen), so their ends rise
 * with their starts, and the only ones an edit can conflict with lie between the first that
 * ends at or after its start and the last that starts at or before its end: a binary search,
 * where comparing with every chosen edit made a fix-all of thousands of fixes n * n.
 */
class TakenEdits {
  private readonly byFile = new Map<FileKind, TextEditSpec[]>();

  conflicts(e: TextEditSpec): boolean {
    const list = this.byFile.get(e.file);
    if (!list) return false;
    for (let i = firstIndex(list, (t) => t.end >= e.start); i < list.length && list[i].start <= e.end; i++) {
      if (editsConflict(e, list[i])) return true;
    }
    return false;
  }

  add(e: TextEditSpec): void {
    let list = this.byFile.get(e.file);
    if (!list) this.byFile.set(e.file, (list = []));
    list.splice(firstIndex(list, (t) => t.start > e.start || (t.start === e.start && t.end > e.end)), 0, e);
  }
}

/**
 * Applies non-overlapping edits of one file to its text: the text between them and their new
 * texts, joined once (splicing each edit into the whole text made a fix-all of thousands of
 * edits on a large file copy it thousands of times). Among edits at one offset the one listed
 * first ends up first in the text.
 */
export function applyToText(text: string, edits: TextEditSpec[]): string {
  const order = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i);
  for (let k = 0; k < order.length; k++) {
    const { e } = order[k];
    if (e.start < 0 || e.end < e.start || e.end > text.length || (k > 0 && e.start < order[k - 1].e.end)) return spliceEach(text, order);
  }
  const parts: string[] = [];
  let at = 0;
  for (const { e } of order) {
    parts.push(text.slice(at, e.start), e.newText);
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Edits that overlap or fall outside the text, applied one by one from the last, as they always were. */
function spliceEach(text: string, ascending: { e: TextEditSpec; i: number }[]): string {
  let out = text;
  for (let k = ascending.length - 1; k >= 0; k--) {
    const { e } = ascending[k];
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  }
  return out;
}

/** Applies the edits of several compatible fixes to the texts they touch. */
export function applyFixes(texts: Texts, fixes: Fix[]): Texts {
  const out: Texts = { ...texts };
  for (const file of ['main', 'master'] as const) {
    const edits = fixes.flatMap((f) => f.edits.filter((e) => e.file === file));
    if (edits.length > 0 && out[file] !== undefined) out[file] = applyToText(out[file]!, edits);
  }
  return out;
}
