/**
 * UTF-8 JSON frames (header and message) for a stream transport (stdio). A publish of
 * thousands of diagnostics is encoded into one buffer, never as one string of the whole message:
 * JSON.stringify of the whole message would first build the text in pieces, then join them into
 * one string (two bytes per character as soon as one message quotes a document that has
 * characters outside Latin-1) and only then make the buffer: for 13,000 diagnostics that was
 * ~25 MB at once, most of it moved to the old generation before it became garbage.
 *
 * A long list also reuses the bytes of the previous publish of the same document: a keystroke
 * changes the diagnostics of one line, and the others come again with the same text and place.
 * The list is written in units of consecutive elements (see Published); a unit of the previous
 * publish whose elements JSON.stringify would all write as before (sameJson) is copied instead
 * of encoded again. The bytes are exactly JSON.stringify's either way.
 */
import type { Message } from 'vscode-languageserver/node';
import { sameJson } from './sameJson';

/**
 * Lists up to this long take the plain path. Longer ones are written a unit at a time into one
 * buffer, reusing what they can of the previous publish: no text of a whole list is made (at two
 * bytes per character it went to V8's large-object space, which only a full collection empties).
 */
export const PLAIN_MAX = 100;
/**
 * Elements per unit (see Published). A larger unit encodes a fresh list faster (a call per
 * unit), a smaller one encodes less again when one of its elements changes.
 */
const UNIT = 50;
/**
 * Room for each element the first time a list is encoded, in bytes (the typing benchmark's
 * average is 340). Output grows if it falls short; room never written is never resident.
 */
const ROOM_PER_ELEMENT = 512;
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
  used = 0;

  /** `room`: bytes left free at the start. */
  constructor(room: number, capacity: number) {
    this.buffer = Buffer.allocUnsafeSlow(room + capacity);
    this.used = room;
  }

  private reserve(need: number): void {
    if (this.used + need <= this.buffer.length) return;
    const bigger = Buffer.allocUnsafeSlow(Math.max(this.used + need, Math.ceil(this.buffer.length * 1.5)));
    this.buffer.copy(bigger, 0, 0, this.used);
    this.buffer = bigger;
  }

  append(text: string): void {
    const need = Buffer.byteLength(text, 'utf8');
    this.reserve(need);
    this.used += this.buffer.write(text, this.used, fastestEncoding(text, need));
  }

  /** Appends `from[start, end)`. */
  copy(from: Buffer, start: number, end: number): void {
    this.reserve(end - start);
    this.used += from.copy(this.buffer, this.used, start, end);
  }

  bytes(): Buffer {
    return this.buffer.subarray(0, this.used);
  }
}

/**
 * The last long publish of a document: its list, its bytes, and its units. A unit is a run of
 * consecutive elements whose JSON is consecutive in the bytes: encoded by one JSON.stringify of
 * at most UNIT elements, or copied whole from the publish before. The list's objects are the
 * server's, which it does not change once sent.
 */
interface Published {
  list: readonly unknown[];
  bytes: Buffer;
  /** Per element: the unit it starts, or -1. */
  unitAt: Int32Array;
  /** Per unit: how many elements it has, and where its text starts and ends in `bytes`. */
  unitLength: number[];
  unitStart: number[];
  unitEnd: number[];
}

/** By document URI, the most recently published last (a Map keeps insertion order). */
const published = new Map<string, Published>();
/** Documents remembered: those being edited (each entry holds the bytes of one publish). */
export const REMEMBERED = 8;

function remember(uri: string, entry: Published | undefined): void {
  published.delete(uri);
  if (!entry) return;
  published.set(uri, entry);
  if (published.size > REMEMBERED) published.delete(published.keys().next().value as string);
}

/**
 * Writes the elements of a list into `out` a unit at a time, separated by commas, and keeps
 * the units for the next publish. Fresh elements wait until a copy or the end, then go out in
 * units of at most UNIT elements.
 */
class UnitWriter {
  private readonly unitAt: Int32Array;
  private readonly unitLength: number[] = [];
  private readonly unitStart: number[] = [];
  private readonly unitEnd: number[] = [];
  /** The first of the fresh elements not written yet, or -1. */
  private freshFrom = -1;

  constructor(
    private readonly list: readonly unknown[],
    private readonly out: Output,
  ) {
    this.unitAt = new Int32Array(list.length).fill(-1);
  }

  /** Element `i` is to be encoded (the elements passed are consecutive until a copy). */
  fresh(i: number): void {
    if (this.freshFrom < 0) this.freshFrom = i;
  }

  /** Elements from `i` on are unit `u` of `previous`. */
  copy(i: number, previous: Published, u: number): void {
    this.flush(i);
    const start = this.separated(i);
    this.out.copy(previous.bytes, previous.unitStart[u], previous.unitEnd[u]);
    this.add(i, previous.unitLength[u], start);
  }

  /** Writes the fresh elements before element `end`. */
  flush(end: number): void {
    if (this.freshFrom < 0) return;
    for (let from = this.freshFrom; from < end; from += UNIT) {
      const to = Math.min(end, from + UNIT);
      const start = this.separated(from);
      // The unit's elements, without the brackets of their list.
      this.out.append(JSON.stringify(this.list.slice(from, to)).slice(1, -1));
      this.add(from, to - from, start);
    }
    this.freshFrom = -1;
  }

  result(bytes: Buffer): Published {
    return { list: this.list, bytes, unitAt: this.unitAt, unitLength: this.unitLength, unitStart: this.unitStart, unitEnd: this.unitEnd };
  }

  /** Writes the comma before element `i` (none before the first), and returns where `i` starts. */
  private separated(i: number): number {
    if (i > 0) this.out.append(',');
    return this.out.used;
  }

  private add(first: number, length: number, start: number): void {
    this.unitAt[first] = this.unitLength.length;
    this.unitLength.push(length);
    this.unitStart.push(start);
    this.unitEnd.push(this.out.used);
  }
}

/** Whether `a[i..i+length)` and `b[j..j+length)` are the same elements, by sameJson. */
function sameRun(a: readonly unknown[], i: number, b: readonly unknown[], j: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (!sameJson(a[i + k], b[j + k])) return false;
  return true;
}

/**
 * The elements of `list`: each unit of `previous` whose elements all come again, in order, is
 * copied; the rest is encoded. The walk pairs the lists in order and gets past one element
 * inserted or removed (a setting typed, a finding gone), so that the units after it are found
 * again; where the lists differ more (every line moved down), the elements are encoded, as
 * without a previous publish.
 */
function appendElements(list: readonly unknown[], previous: Published | undefined, out: Output): UnitWriter {
  const n = list.length;
  const writer = new UnitWriter(list, out);
  const old = previous?.list ?? [];
  const m = old.length;
  let j = 0;
  // Elements in a row that found no partner: after two, the lists are out of step (every line
  // moved, say), and only the starts of the previous units are tried.
  let misses = 0;
  for (let i = 0; i < n; ) {
    const u = j < m ? previous!.unitAt[j] : -1;
    if (u >= 0) {
      const length = previous!.unitLength[u];
      if (i + length <= n && sameRun(list, i, old, j, length)) {
        writer.copy(i, previous!, u);
        i += length;
        j += length;
        misses = 0;
        continue;
      }
    }
    writer.fresh(i);
    if (j < m && misses >= 2) j++;
    else if (j < m) {
      if (sameJson(list[i], old[j])) (j += 1), (misses = 0);
      else if (j + 1 < m && sameJson(list[i], old[j + 1])) (j += 2), (misses = 0);
      // Changed in place, unless the next element is this previous one (then this one is new).
      else if (!(i + 1 < n && sameJson(list[i + 1], old[j]))) (j += 1), misses++;
    }
    i++;
  }
  writer.flush(n);
  return writer;
}

/** The header that precedes a message of `length` bytes on a stream transport. */
function header(length: number): string {
  return `Content-Length: ${length}\r\n\r\n`;
}

/** Room before a message for its header: `Content-Length: ` and up to 15 digits, then two CRLFs. */
const HEADER_ROOM = header(10 ** 14).length;

/**
 * A whole frame: header and message in one buffer, so that a stream gets them in one write (a
 * write each woke the reader twice, and the message went out a turn of the event loop after its
 * header).
 */
export function encodeFrame(msg: Message): Buffer {
  const body = encode(msg, HEADER_ROOM);
  const head = header(body.length - HEADER_ROOM);
  const start = HEADER_ROOM - head.length;
  body.write(head, start, 'latin1');
  return body.subarray(start);
}

/** The message's JSON as UTF-8, after `room` bytes left for the caller. */
function encode(msg: Message, room: number): Buffer {
  const params = (msg as { params?: { diagnostics?: unknown; uri?: unknown } }).params;
  const list = params?.diagnostics;
  const uri = typeof params?.uri === 'string' ? params.uri : undefined;
  if (!Array.isArray(list) || list.length <= PLAIN_MAX) {
    // A short list replaces a long one: there is nothing worth keeping of either.
    if (uri !== undefined && Array.isArray(list)) remember(uri, undefined);
    const text = JSON.stringify(msg);
    const length = Buffer.byteLength(text, 'utf8');
    const bytes = Buffer.allocUnsafe(room + length);
    bytes.write(text, room, fastestEncoding(text, length));
    return bytes;
  }
  const shell = JSON.stringify({ ...msg, params: { ...params, diagnostics: [] } });
  // Inside a JSON string every quote is escaped: the key can only match the property itself.
  const at = shell.indexOf(LIST_KEY) + LIST_KEY.length - 1;
  // The same list again (sent once more, perhaps changed since) is encoded afresh.
  const last = uri === undefined ? undefined : published.get(uri);
  const previous = last?.list === list ? undefined : last;
  // Room for what the previous publish took, or a generous estimate; Output grows if it falls short.
  const out = new Output(room, shell.length + (previous ? previous.bytes.length : list.length * ROOM_PER_ELEMENT) + 1024);
  out.append(shell.slice(0, at));
  const writer = appendElements(list, previous, out);
  out.append(shell.slice(at));
  // A view of the buffer the message is written from, which nothing changes afterwards.
  const bytes = out.bytes();
  if (uri !== undefined) remember(uri, writer.result(bytes));
  return bytes;
}
