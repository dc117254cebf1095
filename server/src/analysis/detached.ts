/**
 * Strings that outlive their document. A substring of a document text shares the text's storage
 * in V8 (a "sliced string" holds the whole parent once it is 13 characters or longer), so a
 * name kept in a module-level memo would keep every version of the document it was read from
 * alive: a new text per keystroke while a name is typed. Memos that outlast a model keep
 * detached copies instead.
 */

/**
 * A copy of `text` that shares no storage with it. Joining a character in front makes V8
 * build a new flat string, and the substring of that holds only the copy.
 */
export function detached(text: string): string {
  return (' ' + text).slice(1);
}
