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

/** The words of `text[from..]`, separated by any character of `separators`. */
export function splitWords(text: string, separators: string, from = 0): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < text.length) {
    while (i < text.length && separators.includes(text[i])) i++;
    if (i >= text.length) break;
    const start = i;
    let level = 0;
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '{') level++;
      else if (c === '}' && level > 0) level--;
      else if (level === 0 && separators.includes(c)) break;
    }
    out.push({ text: text.slice(start, i), start });
  }
  return out;
}
