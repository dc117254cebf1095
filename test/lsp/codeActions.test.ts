/**
 * The real server over stdio: quick fixes and suppression for a published diagnostic,
 * source.fixAll.postfix, and the forward-secrecy command applied through workspace/applyEdit.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ApplyWorkspaceEditParams, CodeAction, ShowMessageParams, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { onlyRules } from '../helpers/rules';
import { startServer, type TestServer } from '../helpers/lspClient';

const dir = 'file:///srv/fixes/postfix';
const mainUri = `${dir}/main.cf`;
const masterUri = `${dir}/master.cf`;
const main = [
  'smtpd_tls_cert_file = /etc/postfix/cert.pem',
  'smtpd_tls_security_level = may',
  'smtp_tls_security_level = may',
  'smtpd_tls_eecdh_grade = none',
  'smtp_tls_ciphers = low',
  '',
].join('\n');
const master = 'smtp inet n - n - - smtpd\n  -o smtpd_tls_eecdh_grade=ultra\n';

describe('code actions and the forward-secrecy command over stdio', () => {
  let server: TestServer;
  const applied: ApplyWorkspaceEditParams[] = [];
  const shown: ShowMessageParams[] = [];
  before(async () => {
    server = await startServer({ settings: { version: '3.4', rules: onlyRules('tls-forward-secrecy') } }, { workspace: { applyEdit: true, workspaceEdit: { documentChanges: true } } });
    server.connection.onRequest('workspace/applyEdit', (p: ApplyWorkspaceEditParams) => {
      applied.push(p);
      return { applied: true };
    });
    server.connection.onNotification('window/showMessage', (p: ShowMessageParams) => {
      shown.push(p);
    });
    server.open(mainUri, 'postfix-main', main);
    server.open(masterUri, 'postfix-master', master);
  });
  after(async () => {
    await server.close();
  });

  test('a published tls-forward-secrecy diagnostic gets its fixes and a suppression', async () => {
    const { diagnostics } = await server.diagnostics(mainUri, 1);
    const eecdh = diagnostics.find((d) => d.range.start.line === 3)!;
    assert.equal(eecdh.code, 'tls-forward-secrecy');
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: mainUri },
      range: eecdh.range,
      context: { diagnostics: [eecdh], only: ['quickfix'] },
    })) as CodeAction[];
    assert.deepEqual(
      actions.map((a) => [a.title, a.isPreferred ?? false]),
      [
        ['Remove smtpd_tls_eecdh_grade', true],
        ['Insert forward-secrecy settings for Postfix 3.4', false],
        ['Suppress tls-forward-secrecy for this line', false],
      ],
    );
    assert.deepEqual(actions[0].diagnostics, [eecdh]);
    assert.deepEqual(actions[0].edit, {
      documentChanges: [{ textDocument: { uri: mainUri, version: 1 }, edits: [{ range: { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } }, newText: '' }] }],
    });
    assert.deepEqual(actions[2].edit, {
      documentChanges: [
        {
          textDocument: { uri: mainUri, version: 1 },
          edits: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: '# postfix-lint: disable-next-line tls-forward-secrecy\n' }],
        },
      ],
    });
    // The whole change reaches into the open master.cf of the same directory.
    const files = (actions[1].edit!.documentChanges as TextDocumentEdit[]).map((c) => c.textDocument.uri);
    assert.deepEqual(files, [mainUri, masterUri]);
  });

  test('source.fixAll.postfix applies the safe fixes of the file', async () => {
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: mainUri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.postfix'] },
    })) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.postfix');
    assert.deepEqual(actions[0].edit, {
      documentChanges: [
        {
          textDocument: { uri: mainUri, version: 1 },
          edits: [{ range: { start: { line: 3, character: 0 }, end: { line: 5, character: 0 } }, newText: 'smtp_tls_ciphers = medium\n' }],
        },
      ],
    });
  });

  test('postfix.insertForwardSecrecy sends the quick fix edit to the client with workspace/applyEdit', async () => {
    const quick = ((await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: mainUri },
      range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } },
      context: { diagnostics: [] },
    })) as CodeAction[]).find((a) => a.title.startsWith('Insert forward-secrecy'))!;
    const result = (await server.connection.sendRequest('workspace/executeCommand', { command: 'postfix.insertForwardSecrecy', arguments: [mainUri] })) as { applied: boolean };
    assert.equal(result.applied, true);
    assert.equal(applied.length, 1);
    assert.equal(applied[0].label, 'Insert forward-secrecy settings for Postfix 3.4');
    assert.deepEqual(applied[0].edit, quick.edit);
  });

  test('the command on a master.cf changes nothing and says why', async () => {
    const result = (await server.connection.sendRequest('workspace/executeCommand', { command: 'postfix.insertForwardSecrecy', arguments: [{ uri: masterUri }] })) as { applied: boolean };
    assert.equal(result.applied, false);
    assert.equal(applied.length, 1);
    // The notification was sent before the response, and messages arrive in order.
    assert.deepEqual(shown, [{ type: 3, message: 'Insert forward-secrecy settings works on a main.cf; open the main.cf of this directory.' }]);
  });
});
