/** Editor features of the real server over stdio: semantic tokens and the effective configuration request. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { SemanticTokens } from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from '../helpers/lspClient';

const dir = 'file:///srv/editor%20test/postfix';
const mainUri = `${dir}/main.cf`;
const masterUri = `${dir}/master.cf`;
const MAIN = 'myhostname = mail.$mydomain\nfoo = 1\nrelay_destination_concurrency_limit = 2\n';

describe('editor features over stdio', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ trusted: false });
  });
  after(async () => {
    await server.close();
  });

  test('the server advertises full-document semantic tokens with its legend', () => {
    assert.deepEqual(server.initializeResult.capabilities.semanticTokensProvider, {
      legend: { tokenTypes: ['property', 'variable'], tokenModifiers: ['declaration', 'defaultLibrary', 'deprecated', 'readonly', 'unknown'] },
      full: true,
    });
  });

  test('semantic tokens: exact data, and a name that the master.cf of the same directory defines', async () => {
    server.open(mainUri, 'postfix-main', MAIN);
    const alone = (await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: mainUri } })) as SemanticTokens;
    // [line delta, start delta, length, type (0 property, 1 variable), modifier bits (1 declaration, 2 defaultLibrary, 16 unknown)]
    // Without master.cf, relay_destination_concurrency_limit may belong to a service: not marked either way.
    assert.deepEqual(alone.data, [0, 0, 10, 0, 3, 0, 19, 8, 0, 2, 1, 0, 3, 0, 17, 1, 0, 35, 0, 1]);
    server.open(masterUri, 'postfix-master', 'relay unix - - n - - smtp\n  -o smtp_helo_name=$myhostname -o my_own=1\n');
    const paired = (await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: mainUri } })) as SemanticTokens;
    assert.deepEqual(paired.data, [0, 0, 10, 0, 3, 0, 19, 8, 0, 2, 1, 0, 3, 0, 17, 1, 0, 35, 0, 3]);
    const master = (await server.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: masterUri } })) as SemanticTokens;
    assert.deepEqual(master.data, [1, 5, 14, 0, 3, 0, 16, 10, 0, 2, 0, 14, 6, 0, 17]);
  });

  test('postfix/effectiveConfiguration: the document for the directory, or chosen sections without header', async () => {
    const full = (await server.connection.sendRequest('postfix/effectiveConfiguration', { uri: mainUri })) as { text: string };
    assert.equal(
      full.text,
      `# Effective configuration of /srv/editor test/postfix as Postfix 3.11 reads it.
# Computed by the Postfix language server from the text in the editor (unsaved changes included); no program was run.
# Left out, as postconf does: foo (unused)
# Left unexpanded (Postfix computes them on the host): $mydomain

# main.cf: explicit settings (postconf -n)
myhostname = mail.$mydomain
relay_destination_concurrency_limit = 2

# main.cf: explicit settings, expanded (postconf -nx)
myhostname = mail.$mydomain
relay_destination_concurrency_limit = 2

# master.cf: -o settings per service (postconf -P)
relay/unix/my_own = 1
relay/unix/smtp_helo_name = $myhostname

# master.cf: -o settings per service, expanded (postconf -Px)
relay/unix/my_own = 1
relay/unix/smtp_helo_name = mail.$mydomain
`,
    );
    const chosen = (await server.connection.sendRequest('postfix/effectiveConfiguration', { uri: masterUri, sections: ['P', 'bogus'], header: false })) as { text: string };
    assert.equal(chosen.text, '# master.cf: -o settings per service (postconf -P)\nrelay/unix/my_own = 1\nrelay/unix/smtp_helo_name = $myhostname\n');
    assert.equal(await server.connection.sendRequest('postfix/effectiveConfiguration', { uri: `${dir}/not-open/main.cf` }), null);
  });
});
