/**
 * Completion and navigation through the real server over stdio: names, values and
 * references in both files (with lazily resolved documentation), go to definition across
 * files, references, rename, highlights, document links and inlay hints.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type {
  CompletionItem,
  CompletionList,
  DocumentHighlight,
  DocumentLink,
  InlayHint,
  Location,
  MarkupContent,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from '../helpers/lspClient';

const dir = 'file:///srv/editing/postfix';
const mainUri = `${dir}/main.cf`;
const masterUri = `${dir}/master.cf`;
const main = [
  'my_nets = 10.0.0.0/8',
  'mynetworks = 127.0.0.0/8 $my_nets',
  'smtpd_restriction_classes = mua',
  'mua = permit_sasl_authenticated, reject',
  'alias_maps = hash:$config_directory/aliases',
  'relayhost =',
  '',
].join('\n');
const master = ['submission inet n - n - - smtpd', '  -o smtpd_client_restrictions=mua,$my_nets', '  -o smtpd_tls_security_level=encrypt', ''].join('\n');

const pos = (line: number, character: number) => ({ line, character });

describe('completion and navigation over stdio', () => {
  let server: TestServer;
  const request = <T>(method: string, params: object) => server.connection.sendRequest(method, params) as Promise<T>;
  const complete = async (uri: string, line: number, character: number) =>
    (await request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: pos(line, character) })).items;
  const item = (items: CompletionItem[], label: string) => {
    const found = items.find((i) => i.label === label);
    assert.ok(found, `an item ${label}`);
    return found;
  };

  before(async () => {
    server = await startServer({ settings: { version: '3.11', inlayHints: { enabled: true } } });
    server.open(mainUri, 'postfix-main', main);
    server.open(masterUri, 'postfix-master', master);
  });
  after(async () => {
    await server.close();
  });

  test('main.cf: names with their documentation resolved, values, references', async () => {
    const uri = `${dir}/typing/main.cf`;
    server.open(uri, 'postfix-main', 'smtpd_tls_secu\nsmtp_tls_security_level = da\nmynetworks = $my\nmy_nets = 10.0.0.0/8\n');
    const names = await complete(uri, 0, 14);
    const level = item(names, 'smtpd_tls_security_level');
    assert.deepEqual(level.textEdit, { range: { start: pos(0, 0), end: pos(0, 14) }, newText: 'smtpd_tls_security_level = $0' });
    const resolved = await request<CompletionItem>('completionItem/resolve', level);
    assert.match((resolved.documentation as MarkupContent).value, /^\*\*smtpd_tls_security_level\*\* · enum · TLS\n\nThe STARTTLS policy/);
    const values = await complete(uri, 1, 28);
    assert.deepEqual(item(values, 'dane').textEdit, { range: { start: pos(1, 26), end: pos(1, 28) }, newText: 'dane' } satisfies TextEdit);
    const refs = await complete(uri, 2, 16);
    assert.deepEqual(item(refs, 'my_nets').textEdit, { range: { start: pos(2, 14), end: pos(2, 16) }, newText: 'my_nets' });
    assert.equal(item(refs, 'my_nets').sortText, '0my_nets');
  });

  test('master.cf: entries, columns, -o names and values', async () => {
    const uri = `${dir}/typing/master.cf`;
    server.open(uri, 'postfix-master', 'subm\nfoo unix n - \nsubmission inet n - n - - smtpd\n  -o smtpd_tls_sec\n  -o smtpd_tls_security_level=\n  -o smtpd_client_restrictions=$my_\n');
    const entries = await complete(uri, 0, 4);
    assert.equal((item(entries, 'submission').textEdit as TextEdit).newText.split('\n')[0], 'submission inet n       -       n       -       -       smtpd');
    assert.deepEqual((await complete(uri, 1, 13)).map((i) => i.label), ['-', 'y', 'n']);
    const options = await complete(uri, 3, 18);
    assert.deepEqual(item(options, 'smtpd_tls_security_level').textEdit, { range: { start: pos(3, 5), end: pos(3, 18) }, newText: 'smtpd_tls_security_level=' });
    assert.ok(!options.some((i) => String(i.label).startsWith('smtp_tls_')));
    assert.deepEqual((await complete(uri, 4, 30)).map((i) => i.label), ['none', 'may', 'encrypt']);
    // The directory's main.cf is not open here; references still offer every parameter.
    const refs = await complete(uri, 5, 35);
    assert.deepEqual(item(refs, 'mydomain').textEdit, { range: { start: pos(5, 32), end: pos(5, 35) }, newText: 'mydomain' });
  });

  test('master.cf references offer the main.cf names of the same directory first', async () => {
    const refs = await complete(masterUri, 1, 43);
    const first = [...refs].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).slice(0, 2);
    assert.deepEqual(first.map((i) => [i.label, i.detail]), [
      ['mua', 'user-defined, line 4'],
      ['my_nets', 'user-defined, line 1'],
    ]);
    assert.equal(item(refs, 'mynetworks').detail, 'set, line 2');
    assert.equal(item(refs, 'smtpd_tls_security_level').detail, 'set on this service');
  });

  test('definition from a master.cf reference to main.cf, references across both files', async () => {
    const def = await request<Location>('textDocument/definition', { textDocument: { uri: masterUri }, position: pos(1, 38) });
    assert.deepEqual(def, { uri: mainUri, range: { start: pos(0, 0), end: pos(0, 7) } });
    const refs = await request<Location[]>('textDocument/references', { textDocument: { uri: mainUri }, position: pos(0, 2), context: { includeDeclaration: true } });
    assert.deepEqual(
      refs.map((l) => [l.uri === mainUri ? 'main' : 'master', l.range.start.line, l.range.start.character, l.range.end.character]),
      [
        ['main', 0, 0, 7],
        ['main', 1, 26, 33],
        ['master', 1, 36, 43],
      ],
    );
  });

  test('rename a restriction class in both files; Postfix names are refused', async () => {
    const prepared = await request<{ range: unknown; placeholder: string }>('textDocument/prepareRename', { textDocument: { uri: masterUri }, position: pos(1, 32) });
    assert.deepEqual(prepared, { range: { start: pos(1, 31), end: pos(1, 34) }, placeholder: 'mua' });
    const edit = await request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: mainUri }, position: pos(3, 1), newName: 'submitters' });
    assert.deepEqual(
      Object.fromEntries(Object.entries(edit.changes!).map(([uri, edits]) => [uri, edits.map((e) => [e.range.start.line, e.range.start.character, e.range.end.character, e.newText])])),
      {
        [mainUri]: [
          [2, 28, 31, 'submitters'],
          [3, 0, 3, 'submitters'],
        ],
        [masterUri]: [[1, 31, 34, 'submitters']],
      },
    );
    await assert.rejects(
      request('textDocument/prepareRename', { textDocument: { uri: mainUri }, position: pos(1, 3) }),
      (e: Error) => e.message === 'mynetworks is a Postfix parameter; only names of your own can be renamed.',
    );
  });

  test('document highlights', async () => {
    const marks = await request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri: mainUri }, position: pos(1, 28) });
    assert.deepEqual(marks, [
      { range: { start: pos(0, 0), end: pos(0, 7) }, kind: 3 },
      { range: { start: pos(1, 26), end: pos(1, 33) }, kind: 2 },
    ]);
  });

  test('document links with $config_directory expanded', async () => {
    const links = await request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: mainUri } });
    assert.deepEqual(links.map((l) => [l.range, l.target]), [[{ start: pos(4, 18), end: pos(4, 43) }, 'file:///etc/postfix/aliases']]);
  });

  test('inlay hints: expanded values and defaults', async () => {
    const hints = await request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: mainUri }, range: { start: pos(0, 0), end: pos(6, 0) } });
    assert.deepEqual(
      hints.map((h) => [h.position, h.label]),
      [
        [pos(1, 33), '→ 127.0.0.0/8 10.0.0.0/8'],
        [pos(4, 43), '→ hash:/etc/postfix/aliases'],
        [pos(5, 11), 'default'],
      ],
    );
    server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { postfix: { inlayHints: { enabled: false } } } });
    assert.deepEqual(await request('textDocument/inlayHint', { textDocument: { uri: mainUri }, range: { start: pos(0, 0), end: pos(6, 0) } }), []);
  });
});
