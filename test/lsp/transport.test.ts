/**
 * The server's own stdio transport (connection.ts, jsonEncoder.ts): it ends with its input as
 * createConnection's does (status 0 after a shutdown request, else 1), and a publish of
 * thousands of diagnostics, encoded a unit at a time, arrives whole.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { test } from 'node:test';
import { messageOf, startServer } from '../helpers/lspClient';

test('the server ends when its standard input closes: exit code 1 without shutdown', async () => {
  const server = await startServer();
  // A round trip: the client has written everything it had queued (initialized).
  assert.equal(await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///none/main.cf' } }), null);
  const exited = once(server.process, 'exit');
  server.connection.dispose();
  server.process.stdin!.end();
  const [code] = await exited;
  assert.equal(code, 1);
});

test('shutdown, then the input closes without exit: exit code 0', async () => {
  const server = await startServer();
  await server.connection.sendRequest('shutdown');
  const exited = once(server.process, 'exit');
  server.connection.dispose();
  server.process.stdin!.end();
  const [code] = await exited;
  assert.equal(code, 0);
});

test('shutdown, exit: exit code 0', async () => {
  const server = await startServer();
  const exited = once(server.process, 'exit');
  await server.connection.sendRequest('shutdown');
  server.connection.sendNotification('exit');
  const [code] = await exited;
  assert.equal(code, 0);
  server.connection.dispose();
});

test('6,000 diagnostics of a document with characters outside Latin-1 arrive whole', async () => {
  const server = await startServer();
  try {
    // Each line's typographic quotes are two findings that name the line's parameter.
    const count = 3000;
    const lines = ['# “main.cf”'];
    for (let i = 0; i < count; i++) lines.push(`name_${i} = “${i}”`);
    const uri = 'file:///srv/many/main.cf';
    server.open(uri, 'postfix-main', lines.join('\n') + '\n');
    const { diagnostics } = await server.diagnostics(uri, 1, 30000);
    const quotes = diagnostics.filter((d) => d.code === 'non-ascii-character' && d.range.start.line > 0);
    assert.equal(quotes.length, 2 * count);
    quotes.forEach((d, i) => {
      const line = Math.floor(i / 2) + 1;
      assert.equal(d.range.start.line, line);
      assert.match(messageOf(d), new RegExp(`^typographic double quote \\(U\\+201${i % 2 ? 'D' : 'C'}\\).* the value of name_${line - 1} does not`));
    });
  } finally {
    await server.close();
  }
});
