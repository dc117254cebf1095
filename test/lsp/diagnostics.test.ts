/**
 * Diagnostics through the real language server over stdio: the blog example's findings with
 * exact ranges, related information and tags, and main.cf and master.cf of one directory
 * analysed together.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { messageOf, startServer, type TestServer } from '../helpers/lspClient';
import { ROOT } from '../helpers/paths';
import { generalRulesOnly } from '../helpers/rules';

const dir = 'file:///srv/blog/postfix';
const range = (d: { range: { start: { line: number; character: number }; end: { line: number; character: number } } }) =>
  `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
const brief = (d: Diagnostic) => `${d.code} ${range(d)} ${d.severity}${d.tags ? ` tags=${d.tags.join(',')}` : ''}`;

describe('diagnostics over LSP', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ settings: { rules: generalRulesOnly() } });
  });
  after(async () => {
    await server.close();
  });

  test('the blog master.cf: typographic characters, unindented -o lines', async () => {
    server.open(`${dir}/master.cf`, 'postfix-master', readFileSync(join(ROOT, 'examples/master.cf'), 'utf8'));
    const { diagnostics } = await server.diagnostics(`${dir}/master.cf`, 1);
    assert.deepEqual(diagnostics.map(brief), [
      'master-field 0:16-0:23 1',
      'non-ascii-character 0:17-0:55 1',
      'unindented-continuation 1:0-1:35 1',
      'unindented-continuation 2:0-2:29 1',
      'unindented-continuation 3:0-3:26 1',
      'unindented-continuation 4:0-4:31 1',
      'unindented-continuation 5:0-5:42 1',
    ]);
    assert.ok(diagnostics.every((d) => d.source === 'postfix'));
    assert.match(messageOf(diagnostics[1]), /^non-breaking space \(U\+00A0\) and en dash \(U\+2013\) look like ASCII but are not/);
    assert.deepEqual(diagnostics[3].relatedInformation, [
      { location: { uri: `${dir}/master.cf`, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 15 } } }, message: 'the service this line belongs to' },
    ]);
  });

  test('the blog main.cf: duplicates with related information, ignored and unknown settings, tags', async () => {
    server.open(`${dir}/main.cf`, 'postfix-main', readFileSync(join(ROOT, 'examples/main.cf'), 'utf8'));
    const { diagnostics } = await server.diagnostics(`${dir}/main.cf`, 1);
    // Tags: 1 = Unnecessary, 2 = Deprecated; severities: 1 error, 2 warning, 3 information, 4 hint.
    assert.deepEqual(diagnostics.map(brief), [
      'ignored-parameter 3:0-3:29 3 tags=1',
      'ignored-parameter 4:0-4:35 3 tags=1',
      'ignored-parameter 5:0-5:33 3 tags=1',
      'default-value 10:0-10:39 4 tags=1',
      'duplicate-parameter 12:0-12:31 3 tags=1',
      'duplicate-parameter 14:0-14:25 3',
      'unknown-parameter 18:0-18:20 2',
    ]);
    const [earlier, later] = diagnostics.filter((d) => d.code === 'duplicate-parameter');
    assert.deepEqual(earlier.relatedInformation, [
      { location: { uri: `${dir}/main.cf`, range: { start: { line: 14, character: 0 }, end: { line: 14, character: 25 } } }, message: 'line 15: the setting that counts' },
    ]);
    assert.deepEqual(later.relatedInformation, [
      { location: { uri: `${dir}/main.cf`, range: { start: { line: 12, character: 0 }, end: { line: 12, character: 25 } } }, message: 'line 13: overridden by this setting' },
    ]);
    assert.match(messageOf(diagnostics[6]), /Did you mean smtpd_tls_eecdh_grade \(ignored since Postfix 3\.6\)\?$/);
  });

  test('main.cf and master.cf of one directory are read together', async () => {
    const pair = 'file:///srv/pair/postfix';
    server.open(`${pair}/master.cf`, 'postfix-master', 'smtp inet n - n - - smtpd -o smtpd_timeout=$my_timeout\n');
    const alone = await server.diagnostics(`${pair}/master.cf`, 1);
    assert.deepEqual(alone.diagnostics, [], 'without main.cf, $my_timeout may be set there');
    const mainText = 'my_banner = $myhostname ESMTP\n';
    server.open(`${pair}/main.cf`, 'postfix-main', mainText);
    const main = await server.diagnostics(`${pair}/main.cf`, 1);
    assert.deepEqual(main.diagnostics.map(brief), ['unknown-parameter 0:0-0:9 2'], 'master.cf does not refer to my_banner');
    const masterText = 'smtp inet n - n - - smtpd -o smtpd_banner=$my_banner -o smtpd_timeout=$my_timeout\n';
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: `${pair}/master.cf`, version: 2 }, contentChanges: [{ text: masterText }] });
    const master = await server.diagnostics(`${pair}/master.cf`, 2);
    assert.equal(masterText.indexOf('my_timeout'), 71);
    assert.deepEqual(master.diagnostics.map(brief), ['undefined-reference 0:71-0:81 2'], 'main.cf defines my_banner, not my_timeout');
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: `${pair}/main.cf`, version: 2 }, contentChanges: [{ text: mainText }] });
    const together = await server.diagnostics(`${pair}/main.cf`, 2);
    assert.deepEqual(together.diagnostics, [], 'master.cf now refers to my_banner');
  });

  test('severity settings from the client apply', async () => {
    const configured = await startServer({ settings: { rules: { ...generalRulesOnly(), 'unknown-parameter': 'error', 'ignored-parameter': 'off' } } });
    try {
      configured.open(`${dir}/main.cf`, 'postfix-main', readFileSync(join(ROOT, 'examples/main.cf'), 'utf8'));
      const { diagnostics } = await configured.diagnostics(`${dir}/main.cf`, 1);
      assert.deepEqual(diagnostics.map((d) => `${d.code} ${d.severity}`), ['default-value 4', 'duplicate-parameter 3', 'duplicate-parameter 3', 'unknown-parameter 1']);
    } finally {
      await configured.close();
    }
  });
});
