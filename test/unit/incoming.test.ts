/** What the server knows of document changes read but not yet applied (server/src/incoming.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DataCallback, Message, MessageReader } from 'vscode-languageserver/node';
import { IncomingChanges, observedReader } from '../../server/src/incoming';

const change = (uri: unknown, version: unknown): Message => ({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [] } }) as Message;

test('the newest didChange read per document; older or equal versions are not newer', () => {
  const incoming = new IncomingChanges();
  incoming.observe(change('file:///a/main.cf', 5));
  incoming.observe(change('file:///a/main.cf', 3));
  incoming.observe(change('file:///b/main.cf', 2));
  assert.equal(incoming.newerThan('file:///a/main.cf', 4), true);
  assert.equal(incoming.newerThan('file:///b/main.cf', 1), true);
  assert.equal(incoming.newerThan('file:///c/main.cf', 1), false);
  // Once the newest is applied, nothing is waiting (and the entry is dropped).
  assert.equal(incoming.newerThan('file:///a/main.cf', 5), false);
  assert.equal(incoming.newerThan('file:///a/main.cf', 4), false);
  incoming.forget('file:///b/main.cf');
  assert.equal(incoming.newerThan('file:///b/main.cf', 1), false);
});

test('changes of a thousand documents never opened do not pile up', () => {
  const incoming = new IncomingChanges();
  for (let i = 0; i < 5000; i++) incoming.observe(change(`file:///never/${i}/main.cf`, 2));
  incoming.observe(change('file:///a/main.cf', 3));
  assert.equal(incoming.newerThan('file:///a/main.cf', 2), true);
  assert.equal(incoming.newerThan('file:///never/0/main.cf', 1), false);
  assert.ok((incoming as unknown as { newest: Map<string, number> }).newest.size <= 1000);
});

test('other messages, and changes without a string uri or a number version, are ignored; shutdown is noted', () => {
  const incoming = new IncomingChanges();
  incoming.observe(change(42, 7));
  incoming.observe(change('file:///a/main.cf', '7'));
  incoming.observe({ jsonrpc: '2.0', method: 'textDocument/didChange' } as Message);
  incoming.observe({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///a/main.cf', version: 9 } } } as Message);
  assert.equal(incoming.newerThan('file:///a/main.cf', 1), false);
  assert.equal(incoming.shutdownRead, false);
  incoming.observe({ jsonrpc: '2.0', id: 1, method: 'shutdown' } as Message);
  assert.equal(incoming.shutdownRead, true);
});

test('the observed reader passes every message on, in order, after noting it', () => {
  let listener: DataCallback | undefined;
  const inner = { listen: (cb: DataCallback) => ((listener = cb), { dispose() {} }), dispose() {} } as unknown as MessageReader;
  const incoming = new IncomingChanges();
  const seen: string[] = [];
  observedReader(inner, incoming).listen((m) => seen.push(`${(m as unknown as { method: string }).method}:${incoming.newerThan('file:///a/main.cf', 1)}`));
  listener!(change('file:///a/main.cf', 2));
  listener!({ jsonrpc: '2.0', method: 'initialized', params: {} } as Message);
  assert.deepEqual(seen, ['textDocument/didChange:true', 'initialized:true']);
});
