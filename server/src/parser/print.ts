/**
 * Prints a parsed document back from its physical lines. The parsers keep every line
 * (settings, comments, blank lines and their terminators), so this is the input, byte for byte.
 */
import type { PhysicalLine } from './types';

export function printDocument(doc: { text: string; lines: PhysicalLine[] }): string {
  let out = '';
  for (const line of doc.lines) out += doc.text.slice(line.start, line.next);
  return out;
}
