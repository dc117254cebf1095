/**
 * An edit in main.cf re-analyses the master.cf of the same directory: the server publishes the
 * partner's diagnostics and asks the client to refresh semantic tokens only when they changed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { SemanticTokens } from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from '../helpers/lspClient';
import { generalRulesOnly } from '../helpers/rules';

const dir = 'file:///srv/partner/postfix';
const mainUri = `${dir}/main.cf`;
const masterUri = `${dir}/master.cf`;

describe('partner documents over stdio', () => {
  let server: TestServer;
  let refreshes = 0;
  before(async () => {
    server = await startServer({ settings: { rules: generalRulesOnly() } }, { workspace: { semanticTokens: { refreshSupport: true } } });
    server.connection.onRequest('workspace/semanticTokens/refresh', () => {
      refreshes++;
      return null;
    });
  });
  after(async () => {
    await server.close();
  });

  const masterPublishes = () => server.published().filter((p) => p.uri === masterUri);
  const edit = (version: number, text: string) =>
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: mainUri, version }, contentChanges: [{ text }] });
  /** A request answered after everything the server sent while publishing the last edit. */
  const settled = () => server.connection.sendRequest('textDocument/hover', { textDocument: { uri: mainUri }, position: { line: 0, character: 1 } });

  test('the partner is published and refreshed when an edit changes what it means, and only then', async () => {
    server.open(masterUri, 'postfix-master', 'smtp inet n - n - - smtpd -o smtpd_timeout=$my_timeout\n');
    assert.deepEqual((await server.diagnostics(masterUri, 1)).diagnostics, [], 'without main.cf, my_timeout may be set there');
    const tokens = (await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: masterUri } })) as SemanticTokens;
    assert.equal(tokens.data.length, 10);

    server.open(mainUri, 'postfix-main', 'myhostname = a.example\n');
    await server.diagnostics(mainUri, 1);
    await settled();
    assert.deepEqual(masterPublishes().at(-1)!.diagnostics.map((d) => d.code), ['undefined-reference'], 'main.cf does not set my_timeout');
    assert.equal(refreshes, 0, 'master.cf tokens unchanged: $my_timeout was and is unknown');

    const before = masterPublishes().length;
    edit(2, 'myhostname = b.example\n');
    await server.diagnostics(mainUri, 2);
    await settled();
    assert.equal(masterPublishes().length, before, 'master.cf diagnostics unchanged: not sent again');
    assert.equal(refreshes, 0, 'master.cf tokens unchanged: no refresh');

    edit(3, 'myhostname = b.example\nmy_timeout = 10s\n');
    await server.diagnostics(mainUri, 3);
    await settled();
    assert.equal(masterPublishes().length, before + 1);
    assert.deepEqual(masterPublishes().at(-1)!.diagnostics, [], 'main.cf now sets my_timeout');
    assert.equal(refreshes, 1, '$my_timeout is now a user-defined parameter');
  });
});
