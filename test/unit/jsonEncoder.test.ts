/**
 * The stdio encoder writes exactly the bytes of JSON.stringify, for small and huge publishes, and
 * for publishes that reuse the bytes of the previous one of the same document.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { encodeFrame, PLAIN_MAX, REMEMBERED } from '../../server/src/jsonEncoder';

/** The message of a frame, without its header (the frame's own test checks the header). */
function encodeMessage(msg: object): Buffer {
  const frame = encodeFrame(msg as Parameters<typeof encodeFrame>[0]);
  return frame.subarray(frame.indexOf('\r\n\r\n') + 4);
}

function publish(count: number, uri = 'file:///etc/postfix/main.cf'): { jsonrpc: string; method: string; params: object } {
  const diagnostics = [];
  for (let i = 0; i < count; i++) {
    diagnostics.push({
      range: { start: { line: i, character: 0 }, end: { line: i, character: 5 + (i % 7) } },
      severity: 1 + (i % 4),
      code: i % 3 ? 'unknown-parameter' : 'default-value',
      source: 'postfix',
      // Characters outside Latin-1 and outside the BMP, quotes, backslashes and control characters.
      message: `name_${i} — “quoted” \\ "x" \u0001 ${i % 11 === 0 ? '😀' : 'plain'}`,
      ...(i % 5 === 0 ? { tags: [1] } : {}),
    });
  }
  return { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version: 3, diagnostics } };
}

const expected = (msg: object) => Buffer.from(JSON.stringify(msg), 'utf8');

describe('encodeMessage', () => {
  test('small messages and lists', () => {
    for (const msg of [{ jsonrpc: '2.0', id: 1, result: null }, publish(0), publish(1), publish(PLAIN_MAX)]) {
      assert.deepEqual(encodeMessage(msg), expected(msg));
    }
  });

  test('long lists: the first length past the plain path, and larger ones', () => {
    for (const count of [PLAIN_MAX + 1, 199, 200, 201, 520, 13087]) {
      const msg = publish(count);
      assert.deepEqual(encodeMessage(msg), expected(msg), `${count} diagnostics`);
    }
  });

  test('a URI that contains the text of the list key', () => {
    const msg = publish(2500, 'file:///x/"diagnostics":[]/main.cf');
    assert.deepEqual(encodeMessage(msg), expected(msg));
  });

  test('elements far longer than the room estimated for them (the buffer grows)', () => {
    const msg = publish(5000, 'file:///grows/main.cf');
    const list = (msg.params as { diagnostics: { message: string }[] }).diagnostics;
    for (let i = 0; i < 100; i++) list[i]!.message = 'x';
    for (let i = 100; i < list.length; i++) list[i]!.message = 'ü'.repeat(400);
    assert.deepEqual(encodeMessage(msg), expected(msg));
    // And again, with the previous bytes as the estimate, now too short.
    for (const d of list) d.message = `${d.message}${'é'.repeat(300)}`;
    assert.deepEqual(encodeMessage(msg), expected(msg));
  });

  test('plain ASCII held as a two-byte string, and text that is not ASCII, small and sliced', () => {
    for (const count of [3, 520, 2500]) {
      // Cut from a text with a character outside Latin-1: V8 keeps the pieces as two-byte strings.
      const source = `— ${'a'.repeat(50)} ü é`;
      for (const message of [source.slice(2, 40), source.slice(40), source]) {
        const msg = publish(count);
        for (const d of (msg.params as { diagnostics: { message: string }[] }).diagnostics) d.message = message;
        assert.deepEqual(encodeMessage(msg), expected(msg), `${count} × ${JSON.stringify(message)}`);
      }
    }
  });
});

type Publish = ReturnType<typeof publish>;
const listOf = (msg: Publish) => (msg.params as { diagnostics: Record<string, unknown>[] }).diagnostics;

/** `msg` with its list replaced by `edit` of a copy of it (fresh objects, as each analysis makes). */
function edited(msg: Publish, edit: (list: Record<string, unknown>[]) => void, version = 4): Publish {
  const list = listOf(msg).map((d) => structuredClone(d));
  edit(list);
  return { ...msg, params: { ...msg.params, version, diagnostics: list } };
}

describe('encodeMessage reusing the previous publish of a document', () => {
  const uri = 'file:///reuse/main.cf';
  const edits: [string, (list: Record<string, unknown>[]) => void][] = [
    ['nothing changed', () => {}],
    ['one message changed', (l) => (l[250]!.message = 'changed “here”')],
    ['one range changed', (l) => ((l[0]!.range as { end: { character: number } }).end.character = 99)],
    ['the last one changed', (l) => (l[l.length - 1]!.severity = 4)],
    ['one inserted', (l) => l.splice(300, 0, { ...l[300]!, message: 'new' })],
    ['one inserted first', (l) => l.unshift({ ...l[0]!, message: 'new first' })],
    ['one appended', (l) => l.push({ ...l[0]!, message: 'new last' })],
    ['one removed', (l) => l.splice(17, 1)],
    ['the first removed', (l) => l.shift()],
    ['two apart changed', (l) => ((l[3]!.code = 'x'), (l[400]!.code = 'y'))],
    ['a key added', (l) => (l[10]!.tags = [2])],
    ['a key removed', (l) => delete l[5]!.tags],
    ['the same keys in another order', (l) => (l[20] = { message: l[20]!.message, ...l[20]!, range: l[20]!.range })],
    ['a key set to undefined', (l) => (l[30]!.code = undefined)],
    ['every line moved down', (l) => l.forEach((d) => ((d.range as { start: { line: number } }).start.line += 1))],
    ['a class instance and a Date', (l) => ((l[7]!.data = new Date(0)), (l[8]!.data = new (class X {})()))],
    ['a Date that changed', (l) => (l[7]!.data = new Date(1))],
    ['NaN (null in JSON)', (l) => (l[9]!.severity = NaN)],
    ['the same NaN again', () => {}],
    ['values that are not objects', (l) => l.splice(40, 3, 7 as never, null as never, 'text' as never)],
    ['undefined, which a list writes as null', (l) => (l[44] = undefined as never)],
    ['the same values again', () => {}],
    ['much shorter', (l) => l.splice(150)],
    ['much longer', (l) => l.push(...l.map((d) => structuredClone(d)))],
  ];

  test('every kind of change, one publish after another, gives the bytes of JSON.stringify', () => {
    let msg = publish(520, uri);
    assert.deepEqual(encodeMessage(msg), expected(msg));
    for (const [what, edit] of edits) {
      msg = edited(msg, edit);
      assert.deepEqual(encodeMessage(msg).toString('utf8'), expected(msg).toString('utf8'), what);
    }
  });

  test('an element whose JSON is the same but whose object is not plain, and a cycle', () => {
    const msg = publish(300, 'file:///reuse/plain.cf');
    assert.deepEqual(encodeMessage(msg), expected(msg));
    // Same keys and values, but toJSON decides what JSON.stringify writes.
    const withToJson = edited(msg, (l) => Object.defineProperty(l[1]!, 'toJSON', { value: () => ({ other: true }), enumerable: false }));
    assert.deepEqual(encodeMessage(withToJson), expected(withToJson));
    // A cycle JSON.stringify refuses: the encoder throws as it does, and the next publish is fine.
    const cyclic = edited(msg, (l) => (l[2]!.self = l[2]));
    assert.throws(() => encodeMessage(cyclic), TypeError);
    assert.deepEqual(encodeMessage(msg), expected(msg));
  });

  test('a short publish in between, other documents, and more documents than are remembered', () => {
    const many = Array.from({ length: REMEMBERED + 3 }, (_, i) => publish(200 + i, `file:///doc${i}/main.cf`));
    for (const msg of many) assert.deepEqual(encodeMessage(msg), expected(msg));
    for (const msg of many) {
      const next = edited(msg, (l) => (l[50]!.message = 'again'));
      assert.deepEqual(encodeMessage(next), expected(next));
    }
    const short = publish(3, 'file:///doc0/main.cf');
    assert.deepEqual(encodeMessage(short), expected(short));
    const back = edited(many[0]!, (l) => l.pop());
    assert.deepEqual(encodeMessage(back), expected(back));
  });
});

describe('encodeFrame', () => {
  const framed = (msg: object) => {
    const body = expected(msg);
    return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'latin1'), body]);
  };

  test('the header and the message in one buffer, short and long, and reusing the previous publish', () => {
    const long = publish(520, 'file:///frame/main.cf');
    for (const msg of [{ jsonrpc: '2.0', id: 1, result: null }, publish(3), long, edited(long, (l) => (l[7]!.message = 'x')), publish(13087, 'file:///frame/big.cf')]) {
      assert.deepEqual(encodeFrame(msg), framed(msg));
    }
  });

  test('messages of 99, 100, 999 and 1,000 bytes (the header grows by a digit)', () => {
    // `{"jsonrpc":"2.0","id":1,"result":""}` is 36 bytes.
    for (const [length, text] of [[99, 63], [100, 64], [999, 963], [1000, 964]]) {
      const msg = { jsonrpc: '2.0', id: 1, result: 'x'.repeat(text!) };
      assert.equal(expected(msg).length, length);
      assert.deepEqual(encodeFrame(msg), framed(msg), `${length} bytes`);
    }
  });
});
