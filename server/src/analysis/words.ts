/**
 * Postfix's word splitting for values (mystrtokq): words end at separators, and `{ ... }`
 * groups keep separators inside one word.
 */
export interface Word {
  text: string;
  /** Offset of the word in the text that was split. */
  start: number;
}

/** C isspace() in the C locale, Postfix's notion of whitespace. */
export const BLANKS = ' \t\n\v\f\r';

/** Which ASCII characters separate words, per separator string (a handful of them are in use). */
const tables = new Map<string, Uint8Array>();

function tableOf(separators: string): Uint8Array {
  let table = tables.get(separators);
  if (!table) {
    table = new Uint8Array(128);
    for (let i = 0; i < separators.length; i++) if (separators.charCodeAt(i) < 128) table[separators.charCodeAt(i)] = 1;
    if (tables.size < 100) tables.set(separators, table);
  }
  return table;
}

/** The words of `text[from..]`, separated by any character of `separators`. */
export function splitWords(text: string, separators: string, from = 0): Word[] {
  const table = tableOf(separators);
  const separates = (c: number) => (c < 128 ? table[c] === 1 : separators.includes(String.fromCharCode(c)));
  const out: Word[] = [];
  let i = from;
  while (i < text.length) {
    while (i < text.length && separates(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    const start = i;
    let level = 0;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 123) level++; // {
      else if (c === 125 && level > 0) level--; // }
      else if (level === 0 && separates(c)) break;
    }
    out.push({ text: text.slice(start, i), start });
  }
  return out;
}
