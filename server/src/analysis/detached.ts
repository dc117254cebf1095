/**
 * Strings that outlive their document. A substring of a document text shares the text's storage
 * in V8 (a "sliced string" holds the whole parent once it is 13 characters or longer), so a
 * name kept in a module-level memo would keep every version of the document it was read from
 * alive: a new text per keystroke while a name is typed. Memos that outlast a model keep
 * detached copies instead.
 */

const ASCII = /^[\x00-\x7f]*$/;

/**
 * A copy of `text` that shares no storage with it.
 *
 * - ASCII text is copied through JSON, whose parser makes a one-byte string of any text that
 *   fits one. A name cut from a document with one typographic character anywhere is two bytes
 *   per character, and so is every message joined from it; as one-byte copies, the memoised
 *   names and messages take half the memory and are encoded for the client faster.
 * - Other text: joining a character in front makes V8 build a new flat string, and the
 *   substring of that holds only the copy.
 */
export function detached(text: string): string {
  return ASCII.test(text) ? (JSON.parse(JSON.stringify(text)) as string) : (' ' + text).slice(1);
}
