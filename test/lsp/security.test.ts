/** The server passes the postfix.hostRole setting to the security rules. */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { startServer, type TestServer } from '../helpers/lspClient';

const main = 'compatibility_level = 3.6\nsmtpd_sasl_auth_enable = yes\n';
const master = 'smtp inet n - n - - smtpd\nsubmission inet n - n - - smtpd -o smtpd_sasl_auth_enable=yes\n';

async function saslFinding(server: TestServer, dir: string) {
  server.open(`${dir}/master.cf`, 'postfix-master', master);
  server.open(`${dir}/main.cf`, 'postfix-main', main);
  const { diagnostics } = await server.diagnostics(`${dir}/main.cf`, 1);
  return diagnostics.find((d) => d.code === 'sasl-on-port-25');
}

describe('language server: host role', () => {
  const servers: TestServer[] = [];
  after(async () => {
    for (const s of servers) await s.close();
  });
  test('unknown role (default): AUTH on port 25 is information', async () => {
    const server = await startServer();
    servers.push(server);
    const d = await saslFinding(server, 'file:///srv/a/postfix');
    assert.deepEqual([d?.severity, d?.range], [3, { start: { line: 1, character: 0 }, end: { line: 1, character: 28 } }]);
  });
  test('postfix.hostRole = internet-mx: the same finding is a warning', async () => {
    const server = await startServer({ settings: { hostRole: 'internet-mx' } });
    servers.push(server);
    const d = await saslFinding(server, 'file:///srv/b/postfix');
    assert.deepEqual([d?.severity, d?.range], [2, { start: { line: 1, character: 0 }, end: { line: 1, character: 28 } }]);
  });
});
