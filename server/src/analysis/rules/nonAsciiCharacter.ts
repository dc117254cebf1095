import { parameterFact } from '../../data/parameters';
import type { Span } from '../../parser/types';
import { codePoint, lookalike } from '../lookalikes';
import type { FileKind, Finding, Rule, SeverityName } from '../types';

/** Free text where typographic characters are at home (greetings, footers, reply texts). */
const FREE_TEXT = /(_banner|_footer|_reply|^mail_name)$/;

/**
 * Runs of look-alike characters (with the ASCII blanks between them) in `text[span]`, as
 * findings with a fix that writes the ASCII characters meant.
 */
function scan(file: FileKind, text: string, span: Span, severity: SeverityName, context: () => string, out: Finding[]): void {
  let i = span.start;
  while (i < span.end) {
    if (!lookalike(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    const kinds = new Map<string, string>();
    for (let j = i; j < span.end; j++) {
      const c = text.charCodeAt(j);
      const l = lookalike(c);
      if (l) {
        if (!kinds.has(l.name)) kinds.set(l.name, `${l.name} (${codePoint(c)})`);
        end = j + 1;
      } else if (c !== 32 && c !== 9) break;
    }
    let replacement = '';
    for (let j = start; j < end; j++) replacement += lookalike(text.charCodeAt(j))?.ascii ?? text[j];
    const what = [...kinds.values()];
    out.push({
      file,
      start,
      end,
      severity,
      message: `${what.join(' and ')} ${what.length > 1 || end - start > 1 ? 'look' : 'looks'} like ASCII but ${what.length > 1 || end - start > 1 ? 'are' : 'is'} not: ${context()} Type them again as plain ASCII.`,
      fixes: [{ title: 'Replace with plain ASCII', edits: [{ file, start, end, newText: replacement }], safe: true, preferred: true }],
    });
    i = end;
  }
}

const MASTER_CONTEXT = () =>
  'master.cf splits columns only at ASCII blanks and reads options only after an ASCII "-", so this service line does not mean what it shows.';

/** Whether `text[start..end)` has a character outside ASCII (no look-alike is ASCII). */
function nonAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 0x80) return true;
  return false;
}

/** The parts of `span` outside every span of `holes`. */
function without(span: Span, holes: Span[]): Span[] {
  let parts = [span];
  for (const h of holes) {
    if (h.end <= span.start || h.start >= span.end) continue;
    parts = parts.flatMap((p) => [{ start: p.start, end: Math.min(p.end, h.start) }, { start: Math.max(p.start, h.end), end: p.end }]).filter((p) => p.start < p.end);
  }
  return parts;
}

/** Typographic dashes, non-breaking spaces and smart quotes pasted from web pages. */
export const nonAsciiCharacter: Rule = {
  id: 'non-ascii-character',
  defaultSeverity: 'error',
  description: 'Typographic dashes, non-breaking spaces, smart quotes and zero-width characters (pasted from web pages) in master.cf or in main.cf names and values, where Postfix does not read them as `-`, blanks or quotes.',
  check(ctx) {
    const { model } = ctx;
    const out: Finding[] = [];
    if (model.master) {
      const { text } = model.master;
      // Free-text -o values (a banner) may hold typographic characters on purpose.
      let skipped: Span[] | undefined;
      for (const ll of model.master.logical) {
        for (const piece of ll.pieces) {
          if (!nonAscii(text, piece.start, piece.end)) continue;
          skipped ??= model.services.flatMap((s) => s.service.overrides.filter((o) => FREE_TEXT.test(o.name)).map((o) => ({ start: o.valueStart, end: o.valueEnd })));
          for (const span of without(piece, skipped)) {
            scan('master', model.master.text, span, 'error', MASTER_CONTEXT, out);
          }
        }
      }
    }
    if (model.main) {
      const { text } = model.main;
      for (const p of model.main.parameters) {
        // Most settings are plain ASCII: nothing to scan.
        if (!nonAscii(text, Math.min(p.nameStart, p.value.start), Math.max(p.nameEnd, p.value.end))) continue;
        scan('main', model.main.text, { start: p.nameStart, end: p.nameEnd }, 'error', () => `the parameter name is not ${p.name.replace(/[^\x00-\x7f]/g, '')} to Postfix.`, out);
        if (FREE_TEXT.test(p.name) || parameterFact(p.name)?.raw) continue;
        for (const piece of p.logical.pieces) {
          const span = { start: Math.max(piece.start, p.value.start), end: Math.min(piece.end, p.value.end) };
          if (span.start < span.end) scan('main', model.main.text, span, 'warning', () => `Postfix compares bytes, so the value of ${p.name} does not mean what it shows.`, out);
        }
      }
    }
    return out;
  },
};
