/** Completion for a client that takes list defaults (VS Code does): shared parts once, resolve still works. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CompletionItem, CompletionList, MarkupContent } from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from '../helpers/lspClient';

const uri = 'file:///srv/defaults/postfix/main.cf';

describe('completion list defaults over stdio', () => {
  let server: TestServer;
  before(async () => {
    const itemDefaults = ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'];
    server = await startServer({ settings: { version: '3.11' } }, { textDocument: { completion: { completionList: { itemDefaults } } } });
    server.open(uri, 'postfix-main', 'smtpd_tls_secu\n');
  });
  after(async () => {
    await server.close();
  });

  test('names: the range, format and data of the list; the item resolves with the default data', async () => {
    const list = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 14 } })) as CompletionList;
    assert.deepEqual(list.itemDefaults, { editRange: { start: { line: 0, character: 0 }, end: { line: 0, character: 14 } }, insertTextFormat: 2, data: { uri } });
    const level = list.items.find((i) => i.label === 'smtpd_tls_security_level')!;
    assert.equal(level.textEditText, 'smtpd_tls_security_level = $0');
    assert.equal(level.textEdit, undefined);
    // The client sends the item back with the list's data filled in.
    const resolved = (await server.connection.sendRequest('completionItem/resolve', { ...level, data: list.itemDefaults!.data })) as CompletionItem;
    assert.match((resolved.documentation as MarkupContent).value, /^\*\*smtpd_tls_security_level\*\* · enum · TLS\n\nThe STARTTLS policy/);
  });
});
