/** The hover on a relay or recipient restriction list says whether the service relays for strangers. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from '../helpers/lspClient';

const hoverText = async (server: TestServer, uri: string, line: number, character: number) => {
  const h = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } })) as Hover | null;
  return h ? (h.contents as MarkupContent).value : '';
};

describe('relay verdict in the hover of restriction lists', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ settings: { version: '3.11' } });
  });
  after(async () => {
    await server.close();
  });

  test('a gated list: the service does not relay for strangers, and why', async () => {
    const uri = 'file:///relay/gated/main.cf';
    server.open(uri, 'postfix-main', 'compatibility_level = 3.6\nsmtpd_recipient_restrictions = permit_mynetworks, permit\n');
    await server.diagnostics(uri, 1);
    const text = await hoverText(server, uri, 1, 3);
    assert.match(text, /\*\*Relaying:\*\* smtpd: Does not relay for strangers: `defer_unauth_destination` in smtpd_relay_restrictions stops them\./);
  });

  test('no gate anywhere: smtpd refuses to start', async () => {
    const uri = 'file:///relay/open/main.cf';
    server.open(uri, 'postfix-main', 'smtpd_relay_restrictions =\nsmtpd_recipient_restrictions = permit_mynetworks, permit\n');
    await server.diagnostics(uri, 1);
    assert.match(await hoverText(server, uri, 1, 3), /\*\*Relaying:\*\* smtpd: No relay gate in smtpd_relay_restrictions or smtpd_recipient_restrictions: smtpd refuses to start\./);
  });

  test('other settings get no relay line', async () => {
    const uri = 'file:///relay/other/main.cf';
    server.open(uri, 'postfix-main', 'myhostname = mx.example.com\n');
    await server.diagnostics(uri, 1);
    const text = await hoverText(server, uri, 0, 3);
    assert.ok(text.length > 0 && !text.includes('Relaying:'), text);
  });
});
