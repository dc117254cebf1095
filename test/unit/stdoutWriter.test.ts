/**
 * The server's stdio writer (connection.ts): each message, header and body, in one write and in
 * order; failures reported as the library's writer reports them.
 */
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import type { Message } from 'vscode-languageserver/node';
import { StdoutMessageWriter } from '../../server/src/connection';

/** A stream that records each write, or fails every write with `fail`. */
function sink(fail?: Error): { stream: Writable; writes: Buffer[] } {
  const writes: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      writes.push(Buffer.from(chunk));
      callback(fail);
    },
  });
  return { stream, writes };
}

const frame = (msg: object) => {
  const body = JSON.stringify(msg);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};

test('one write per message, header and body together, in the order written', async () => {
  const { stream, writes } = sink();
  const writer = new StdoutMessageWriter(stream);
  const messages = [
    { jsonrpc: '2.0', id: 1, result: 'é “x”' },
    { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///w/main.cf', diagnostics: Array.from({ length: 300 }, (_, i) => ({ message: `m${i}` })) } },
    { jsonrpc: '2.0', id: 2, result: null },
  ];
  await Promise.all(messages.map((m) => writer.write(m as Message)));
  assert.deepEqual(
    writes.map((w) => w.toString('utf8')),
    messages.map(frame),
  );
});

test('a message that cannot be encoded: an error event and a rejection, and the next one goes out', async () => {
  const { stream, writes } = sink();
  const writer = new StdoutMessageWriter(stream);
  const errors: [Error, Message | undefined, number | undefined][] = [];
  writer.onError((e) => errors.push(e));
  const cyclic: Record<string, unknown> = { jsonrpc: '2.0', id: 1 };
  cyclic.result = cyclic;
  await assert.rejects(writer.write(cyclic as unknown as Message), TypeError);
  assert.equal(errors.length, 1);
  assert.equal(errors[0]![1], cyclic);
  assert.equal(errors[0]![2], 1);
  await writer.write({ jsonrpc: '2.0', id: 2, result: 1 } as Message);
  assert.deepEqual(writes.map((w) => w.toString('utf8')), [frame({ jsonrpc: '2.0', id: 2, result: 1 })]);
});

test('a failed write: an error event with the count of failures, and a rejection', async () => {
  const { stream } = sink(new Error('EPIPE'));
  stream.on('error', () => {});
  const writer = new StdoutMessageWriter(stream);
  const counts: (number | undefined)[] = [];
  writer.onError(([, , count]) => counts.push(count));
  await assert.rejects(writer.write({ jsonrpc: '2.0', id: 1, result: null } as Message), /EPIPE/);
  assert.ok(counts.includes(1), `counts ${JSON.stringify(counts)}`);
});
