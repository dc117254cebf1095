/** Minimal edits that take tokens out of a main.cf list value. */
import type { TextEditSpec } from '../../analysis/types';
import type { MainCf, Parameter } from '../../parser/mainCf';
import { toDocumentOffset } from '../../parser/lines';
import { lineAt } from '../text';
import { FS_KEY_EXCHANGES, listTokens } from './tlsValues';

/**
 * Removes the forward-secret key exchanges from a cipher exclusion list. Each run of such
 * tokens goes with the separators up to the next kept token on the same line, or else from
 * the previous kept token on the same line; a continuation line left with nothing goes whole.
 * Line breaks and the comment lines between continuation lines are never touched.
 */
export function dropTokenEdits(main: MainCf, p: Parameter): TextEditSpec[] {
  const value = p.value.text;
  const base = p.logical.text.length - value.length;
  const at = (i: number) => toDocumentOffset(p.logical, base + i);
  const endAt = (i: number) => toDocumentOffset(p.logical, base + i - 1) + 1;
  const tokens = listTokens(value);
  const text = main.text;
  const sameLine = (a: number, b: number) => !text.slice(a, b).includes('\n');
  const edits: TextEditSpec[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!FS_KEY_EXCHANGES.has(tokens[i].text)) continue;
    // A run: neighbouring tokens to drop on one physical line.
    let j = i;
    while (j + 1 < tokens.length && FS_KEY_EXCHANGES.has(tokens[j + 1].text) && sameLine(at(tokens[i].start), at(tokens[j + 1].start))) j++;
    const runStart = at(tokens[i].start);
    const runEnd = endAt(tokens[j].end);
    const line = lineAt(main, runStart);
    const lineEnd = line.end - (text[line.end - 1] === '\r' ? 1 : 0);
    let start = runStart;
    let end = runEnd;
    const next = j + 1 < tokens.length ? at(tokens[j + 1].start) : undefined;
    const prev = i > 0 ? endAt(tokens[i - 1].end) : undefined;
    if (next !== undefined && sameLine(runStart, next)) end = next;
    else {
      if (prev !== undefined && sameLine(prev, runStart)) start = prev;
      // Separators left dangling at the end of the line go too.
      let e = end;
      while (e < lineEnd && /[ \t,:]/.test(text[e])) e++;
      if (e === lineEnd) {
        end = e;
        if (start === runStart && line.kind === 'continuation' && /^[ \t,:]*$/.test(text.slice(line.start, start))) {
          edits.push({ file: 'main', start: line.start, end: line.next, newText: '' });
          i = j;
          continue;
        }
        while (start > line.start && /[ \t]/.test(text[start - 1])) start--;
      }
    }
    edits.push({ file: 'main', start, end, newText: '' });
    i = j;
  }
  return edits;
}
