/**
 * Characters that look like ASCII punctuation or blanks but are not, as word processors and
 * web pages put them into pasted text. Postfix compares bytes: an en dash is no `-`, a
 * non-breaking space no separator.
 */
export interface Lookalike {
  /** What it is, for messages. */
  name: string;
  /** The ASCII text meant. */
  ascii: string;
}

const table: Record<number, Lookalike> = {};
const add = (codes: number[], name: string, ascii: string) => codes.forEach((c) => (table[c] = { name, ascii }));
add([0x2010], 'hyphen', '-');
add([0x2011], 'non-breaking hyphen', '-');
add([0x2012], 'figure dash', '-');
add([0x2013], 'en dash', '-');
add([0x2014], 'em dash', '-');
add([0x2015], 'horizontal bar', '-');
add([0x2212], 'minus sign', '-');
add([0xfe63, 0xff0d], 'full-width hyphen', '-');
// The other full-width forms of ASCII (East Asian input methods type them): ＝ is no `=`, ＄ no `$`.
for (let c = 0xff01; c <= 0xff5e; c++) if (c !== 0xff0d) add([c], 'full-width character', String.fromCharCode(c - 0xfee0));
add([0x00a0], 'non-breaking space', ' ');
add([0x2007], 'figure space', ' ');
add([0x202f], 'narrow non-breaking space', ' ');
add([0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008, 0x2009, 0x200a, 0x205f, 0x3000], 'typographic space', ' ');
add([0x200b, 0x200c, 0x200d, 0x2060], 'zero-width character', '');
add([0xfeff], 'byte order mark', '');
add([0x2018, 0x2019, 0x201a, 0x201b, 0x2032], 'typographic single quote', "'");
add([0x201c, 0x201d, 0x201e, 0x201f, 0x2033], 'typographic double quote', '"');

export function lookalike(code: number): Lookalike | undefined {
  return code < 0x80 ? undefined : table[code];
}

export function codePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Whether `text` holds a look-alike character. */
export function hasLookalike(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (lookalike(text.charCodeAt(i))) return true;
  return false;
}

/** The kinds of look-alike characters in `text`, as messages name them: `en dash (U+2013)`. */
export function lookalikeNames(text: string): string[] {
  const kinds = new Map<string, string>();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const l = lookalike(c);
    if (l && !kinds.has(l.name)) kinds.set(l.name, `${l.name} (${codePoint(c)})`);
  }
  return [...kinds.values()];
}
