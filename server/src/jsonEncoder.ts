/**
 * UTF-8 JSON for messages to a stream transport (stdio). A publish of thousands of diagnostics
 * is encoded a slice of the list at a time into one buffer. JSON.stringify of the whole message
 * would first build the text in pieces, then join them into one string (two bytes per
 * character as soon as one message quotes a document that has characters outside Latin-1) and
 * only then make the buffer: for 13,000 diagnostics that was ~25 MB at once, most of it moved
 * to the old generation before it became garbage. The bytes are exactly JSON.stringify's.
 */
import type { Message } from 'vscode-languageserver/node';

/**
 * Lists up to this long take the plain path. Longer ones are encoded a slice at a time even at
 * a few hundred diagnostics: the typing benchmark's 520 (178 KB) encode in 0.6-0.7 ms instead
 * of 0.8-1.0, as no text of a whole list is made (at two bytes per character it went to V8's
 * large-object space, which only a full collection empties).
 */
export const PLAIN_MAX = 100;
/** Diagnostics per slice: each slice's text (~35,000 characters) stays small and short-lived. */
export const SLICE = 100;
const LIST_KEY = '"diagnostics":[]';

/**
 * The encoding that writes `text` as UTF-8 fastest, given its UTF-8 length. A publish is often
 * plain ASCII held as a two-byte string (every name and value cut from a document that has a
 * typographic character somewhere is two-byte), and V8 writes such text as Latin-1 several
 * times faster than as UTF-8; for ASCII the bytes are the same. The UTF-8 length says whether
 * it is ASCII: any other character takes two bytes or more.
 */
function fastestEncoding(text: string, length = Buffer.byteLength(text, 'utf8')): 'utf8' | 'latin1' {
  return length === text.length ? 'latin1' : 'utf8';
}

/** A buffer that grows as text is appended (pages never written are never resident). */
class Output {
  private buffer: Buffer;
  private used = 0;

  constructor(capacity: number) {
    this.buffer = Buffer.allocUnsafeSlow(capacity);
  }

  append(text: string): void {
    const need = Buffer.byteLength(text, 'utf8');
    if (this.used + need > this.buffer.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(this.used + need, Math.ceil(this.buffer.length * 1.5)));
      this.buffer.copy(bigger, 0, 0, this.used);
      this.buffer = bigger;
    }
    this.used += this.buffer.write(text, this.used, fastestEncoding(text, need));
  }

  bytes(): Buffer {
    return this.buffer.subarray(0, this.used);
  }
}

export function encodeMessage(msg: Message): Buffer {
  const params = (msg as { params?: { diagnostics?: unknown } }).params;
  const list = params?.diagnostics;
  if (!Array.isArray(list) || list.length <= PLAIN_MAX) {
    const text = JSON.stringify(msg);
    return Buffer.from(text, fastestEncoding(text));
  }
  const shell = JSON.stringify({ ...msg, params: { ...params, diagnostics: [] } });
  // Inside a JSON string every quote is escaped: the key can only match the property itself.
  const at = shell.indexOf(LIST_KEY) + LIST_KEY.length - 1;
  // An estimate from the first slice; Output grows if it falls short.
  let text = JSON.stringify(list.slice(0, SLICE));
  const out = new Output(shell.length + Math.ceil((text.length * 1.25 * list.length) / SLICE) + 1024);
  out.append(shell.slice(0, at));
  for (let i = 0; i < list.length; i += SLICE) {
    if (i > 0) {
      text = JSON.stringify(list.slice(i, i + SLICE));
      out.append(',');
    }
    // The slice's elements, without its brackets.
    out.append(text.slice(1, -1));
  }
  out.append(shell.slice(at));
  return out.bytes();
}
