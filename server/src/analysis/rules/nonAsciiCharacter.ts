import { parameterFact } from '../../data/parameters';
import type { Span } from '../../parser/types';
import { lookalike, lookalikeNames } from '../lookalikes';
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
    for (let j = i; j < span.end; j++) {
      const c = text.charCodeAt(j);
      if (lookalike(c)) end = j + 1;
      else if (c !== 32 && c !== 9) break;
    }
    let replacement = '';
    for (let j = start; j < end; j++) replacement += lookalike(text.charCodeAt(j))?.ascii ?? text[j];
    const what = lookalikeNames(text.slice(start, end));
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

/** Runs of characters outside ASCII (no look-alike is ASCII). */
const NON_ASCII_RUN = /[^\x00-\x7f]+/g;

/**
 * The runs of characters outside ASCII in a text, found by one scan of the regular expression
 * engine (four to five times faster than a loop over the characters), for questions about spans
 * asked in document order. Most files have none, or a few in comments.
 */
export class NonAsciiRuns {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private next = 0;

  constructor(text: string) {
    NON_ASCII_RUN.lastIndex = 0;
    for (let m = NON_ASCII_RUN.exec(text); m; m = NON_ASCII_RUN.exec(text)) {
      this.starts.push(m.index);
      this.ends.push(m.index + m[0].length);
    }
  }

  /** Whether `[start, end)` has a character outside ASCII; each span must start at or after the previous one's. */
  within(start: number, end: number): boolean {
    while (this.next < this.ends.length && this.ends[this.next] <= start) this.next++;
    return start < end && this.next < this.starts.length && this.starts[this.next] < end;
  }
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

/** Typographic dashes, non-breaking spaces, smart quotes and full-width forms pasted into a file. */
export const nonAsciiCharacter: Rule = {
  id: 'non-ascii-character',
  defaultSeverity: 'error',
  description: 'Typographic dashes, non-breaking spaces, smart quotes, zero-width characters and full-width forms of ASCII (pasted from web pages, or typed by an input method) in master.cf or in main.cf names and values, where Postfix does not read them as the ASCII characters they look like.',
  check(ctx) {
    const { model } = ctx;
    const out: Finding[] = [];
    if (model.master) {
      const { text } = model.master;
      const runs = new NonAsciiRuns(text);
      // Free-text -o values (a banner) may hold typographic characters on purpose.
      let skipped: Span[] | undefined;
      for (const ll of model.master.logical) {
        for (const piece of ll.pieces) {
          if (!runs.within(piece.start, piece.end)) continue;
          skipped ??= model.services.flatMap((s) => s.service.overrides.filter((o) => FREE_TEXT.test(o.name)).map((o) => ({ start: o.valueStart, end: o.valueEnd })));
          for (const span of without(piece, skipped)) {
            scan('master', model.master.text, span, 'error', MASTER_CONTEXT, out);
          }
        }
      }
    }
    if (model.main) {
      const runs = new NonAsciiRuns(model.main.text);
      for (const p of model.main.parameters) {
        // Most settings are plain ASCII: nothing to scan.
        if (!runs.within(Math.min(p.nameStart, p.value.start), Math.max(p.nameEnd, p.value.end))) continue;
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
