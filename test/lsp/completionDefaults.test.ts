/** Completion for a client that takes list defaults (VS Code does): shared parts once, resolve still works. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CompletionItemKind, type CompletionItem, type CompletionList, type MarkupContent } from 'vscode-languageserver-protocol';
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

  test('without resolve support for detail, names carry their detail in the list', async () => {
    const list = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 14 } })) as CompletionList;
    assert.equal(list.items.find((i) => i.label === 'smtpd_tls_security_level')!.detail, 'enum · default (empty)');
  });
});

describe('completion for a client that resolves details (VS Code does)', () => {
  let server: TestServer;
  const capabilities = {
    textDocument: {
      completion: {
        completionItem: { resolveSupport: { properties: ['documentation', 'detail'] } },
        completionList: { itemDefaults: ['editRange', 'insertTextFormat', 'data'] },
      },
    },
  };
  before(async () => {
    server = await startServer({ settings: { version: '3.11' } }, capabilities);
    server.open(uri, 'postfix-main', 'bounce_queue_lif\n');
    server.open('file:///srv/defaults/postfix/master.cf', 'postfix-master', 'outbound unix - - n - - smtp\n');
  });
  after(async () => {
    await server.close();
  });

  test('names leave their detail to resolve, which fills it in; other items keep theirs', async () => {
    const list = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 16 } })) as CompletionList;
    const names = list.items.filter((i) => i.kind === CompletionItemKind.Property);
    assert.ok(names.length > 500, `${names.length} names`);
    assert.ok(names.every((i) => i.detail === undefined));
    const item = names.find((i) => i.label === 'bounce_queue_lifetime')!;
    const resolved = (await server.connection.sendRequest('completionItem/resolve', { ...item, data: list.itemDefaults!.data })) as CompletionItem;
    assert.equal(resolved.detail, 'time · default 5d');
    assert.match((resolved.documentation as MarkupContent).value, /^\*\*bounce_queue_lifetime\*\*/);
    // A per-service name that master.cf's outbound service (smtp) makes: its template's detail.
    const templated = names.find((i) => i.label === 'outbound_destination_concurrency_limit')!;
    const resolvedTemplate = (await server.connection.sendRequest('completionItem/resolve', { ...templated, data: list.itemDefaults!.data })) as CompletionItem;
    assert.equal(resolvedTemplate.detail, 'integer · default $default_destination_concurrency_limit');
    // $name references (kind Variable) keep their detail in the list.
    const other = 'file:///srv/references/postfix/main.cf';
    server.open(other, 'postfix-main', 'a = $bounce_queue_lif\n');
    const refs = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri: other }, position: { line: 0, character: 21 } })) as CompletionList;
    assert.ok(refs.items.some((i) => i.kind === CompletionItemKind.Variable && i.detail !== undefined));
  });
});

