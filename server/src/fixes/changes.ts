/**
 * What a fix changes, in Postfix's terms: the parameter names whose value may differ afterwards
 * (as `postconf -n` and `-P` print them) and the master.cf services whose entry it edits (as
 * `postconf -M` prints them). Fixes declare their names (`Fix.changes`); for a fix that does
 * not, the names of the settings on the lines it touches, before and after the edit, stand in.
 */
import type { FileKind, Fix, TextEditSpec } from '../analysis/types';
import type { ConfigModel } from '../model/config';
import { parseMainCf } from '../parser/mainCf';
import { parseMasterCf } from '../parser/masterCf';
import { applyToText } from './apply';

export interface FixEffect {
  names: string[];
  /** `service/type` of every master.cf entry an edit touches, before or after. */
  services: string[];
}

type Span = { start: number; end: number };
const touches = (a: Span, b: Span) => a.start <= b.end && b.start <= a.end;

/** Where the edits' new text lies in the edited document. */
function newRanges(edits: TextEditSpec[]): Span[] {
  let delta = 0;
  return [...edits]
    .sort((a, b) => a.start - b.start)
    .map((e) => {
      const r = { start: e.start + delta, end: e.start + delta + e.newText.length };
      delta += e.newText.length - (e.end - e.start);
      return r;
    });
}

function collect(file: FileKind, text: string, ranges: Span[], names: Set<string>, services: Set<string>): void {
  if (file === 'main') {
    for (const p of parseMainCf(text).parameters) if (ranges.some((r) => touches(r, p))) names.add(p.name);
    return;
  }
  for (const s of parseMasterCf(text).services) {
    if (!ranges.some((r) => touches(r, s))) continue;
    services.add(`${s.fields[0]?.text}/${s.fields[1]?.text}`);
    for (const o of s.overrides) if (ranges.some((r) => touches(r, o))) names.add(o.name);
  }
}

export function fixEffect(fix: Fix, model: ConfigModel): FixEffect {
  const inferred = new Set<string>();
  const services = new Set<string>();
  for (const file of ['main', 'master'] as const) {
    const doc = model[file];
    const edits = fix.edits.filter((e) => e.file === file);
    if (!doc || edits.length === 0) continue;
    collect(file, doc.text, edits, inferred, services);
    collect(file, applyToText(doc.text, edits), newRanges(edits), inferred, services);
  }
  const names = fix.changes ? new Set(fix.changes) : inferred;
  return { names: [...names].sort(), services: [...services].sort() };
}
