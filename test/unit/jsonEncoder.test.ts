/** The stdio encoder writes exactly the bytes of JSON.stringify, for small and huge publishes. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { encodeMessage, PLAIN_MAX, SLICE } from '../../server/src/jsonEncoder';

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

  test('lists encoded in slices: every length around a slice boundary', () => {
    // The first length past the plain path, then lengths around a slice boundary.
    for (const count of [PLAIN_MAX + 1, 2 * SLICE - 1, 2 * SLICE, 2 * SLICE + 1, 520, 13087]) {
      const msg = publish(count);
      assert.deepEqual(encodeMessage(msg), expected(msg), `${count} diagnostics`);
    }
  });

  test('a URI that contains the text of the list key', () => {
    const msg = publish(2500, 'file:///x/"diagnostics":[]/main.cf');
    assert.deepEqual(encodeMessage(msg), expected(msg));
  });

  test('a first slice far shorter than the rest (the buffer grows)', () => {
    const msg = publish(5000);
    const list = (msg.params as { diagnostics: { message: string }[] }).diagnostics;
    for (let i = 0; i < SLICE; i++) list[i]!.message = 'x';
    for (let i = SLICE; i < list.length; i++) list[i]!.message = 'ü'.repeat(400);
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
