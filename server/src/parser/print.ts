/**
 * Prints a parsed document back from its physical lines. The parsers keep every line
 * (settings, comments, blank lines and their terminators), so this is the input, byte for byte.
 */
import type { PhysicalLines } from './physicalLines';

export function printDocument(doc: { text: string; lines: PhysicalLines }): string {
  let out = '';
  const lines = doc.lines;
  for (let i = 0; i < lines.length; i++) out += doc.text.slice(lines.start(i), lines.next(i));
  return out;
}
