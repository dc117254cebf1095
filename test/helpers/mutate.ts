/**
 * Mutations of real configuration files, as editors and web pages produce them: lines deleted,
 * duplicated, swapped, indented, outdented; characters replaced by typographic look-alikes;
 * `#` inserted; `=` removed.
 */
import fc from 'fast-check';

export type Mutation =
  | { kind: 'delete' | 'duplicate' | 'indent' | 'outdent' | 'comment'; line: number }
  | { kind: 'swap'; line: number; other: number }
  | { kind: 'lookalike'; at: number; with: string }
  | { kind: 'remove-equals'; nth: number };

/** Typographic stand-ins web pages put in place of ASCII. */
const LOOKALIKES: Record<string, string[]> = {
  '-': ['\u2013', '\u2014', '\u2212'],
  ' ': ['\u00a0', '\u2009', '\u200b'],
  '"': ['\u201c', '\u201d'],
  "'": ['\u2018', '\u2019'],
  '=': ['\uff1d'],
  o: ['\u043e'],
  '{': ['\uff5b'],
  $: ['\uff04'],
};

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete', 'duplicate', 'indent', 'outdent', 'comment'), line: fc.nat() }) as fc.Arbitrary<Mutation>,
  fc.record({ kind: fc.constant('swap'), line: fc.nat(), other: fc.nat() }) as fc.Arbitrary<Mutation>,
  fc.record({ kind: fc.constant('lookalike'), at: fc.nat(), with: fc.nat() }).map((m) => ({ ...m, with: String(m.with) })) as fc.Arbitrary<Mutation>,
  fc.record({ kind: fc.constant('remove-equals'), nth: fc.nat() }) as fc.Arbitrary<Mutation>,
);

/** Applies one mutation; line numbers and positions wrap around the text's size. */
export function applyMutation(text: string, m: Mutation): string {
  const lines = text.split(/(?<=\n)/);
  if (lines.length === 0) return text;
  if (m.kind === 'lookalike') {
    const candidates: number[] = [];
    for (let i = 0; i < text.length; i++) if (LOOKALIKES[text[i]]) candidates.push(i);
    if (candidates.length === 0) return text;
    const at = candidates[m.at % candidates.length];
    const options = LOOKALIKES[text[at]];
    return text.slice(0, at) + options[Number(m.with) % options.length] + text.slice(at + 1);
  }
  if (m.kind === 'remove-equals') {
    const positions: number[] = [];
    for (let i = text.indexOf('='); i >= 0; i = text.indexOf('=', i + 1)) positions.push(i);
    if (positions.length === 0) return text;
    const at = positions[m.nth % positions.length];
    return text.slice(0, at) + text.slice(at + 1);
  }
  const i = m.line % lines.length;
  switch (m.kind) {
    case 'delete':
      lines.splice(i, 1);
      break;
    case 'duplicate':
      lines.splice(i, 0, lines[i]);
      break;
    case 'indent':
      lines[i] = '  ' + lines[i];
      break;
    case 'outdent':
      lines[i] = lines[i].replace(/^[ \t]+/, '');
      break;
    case 'comment':
      lines[i] = '#' + lines[i];
      break;
    case 'swap': {
      const j = m.other % lines.length;
      [lines[i], lines[j]] = [lines[j], lines[i]];
      break;
    }
  }
  return lines.join('');
}
