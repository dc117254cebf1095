/** The real server over stdio: diagnostics, symbols and folding for the example configuration. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver-protocol';
import { ROOT } from '../helpers/paths';
import { messageOf } from '../helpers/lspClient';
import { startServer, type TestServer } from '../helpers/lspClient';

const dir = 'file:///srv/example/postfix';
const mainUri = `${dir}/main.cf`;
const masterUri = `${dir}/master.cf`;

describe('language server over stdio', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server.close();
  });

  test('publishes the syntax errors of the example master.cf with rule ids and ranges', async () => {
    server.open(masterUri, 'postfix-master', readFileSync(join(ROOT, 'examples/master.cf'), 'utf8'));
    const { diagnostics, version } = await server.diagnostics(masterUri, 1);
    assert.equal(version, 1);
    const first = diagnostics[0];
    assert.equal(first.code, 'master-field');
    assert.equal(first.source, 'postfix');
    assert.match(messageOf(first), /^invalid private field "n\u00a0+" in "submission inet n/);
    assert.deepEqual(first.range.start, { line: 0, character: 16 });
    const fieldCount = diagnostics.filter((d) => d.code === 'syntax-error');
    assert.deepEqual(
      fieldCount.map((d) => d.range.start.line),
      [1, 2, 3, 4, 5],
      'each unindented -o line is a service with too few fields',
    );
    assert.ok(fieldCount.every((d) => messageOf(d).startsWith('bad field count')));
  });

  test('main.cf: no syntax error in the example; an edit that breaks a line is reported at that line', async () => {
    const text = readFileSync(join(ROOT, 'examples/main.cf'), 'utf8');
    server.open(mainUri, 'postfix-main', text);
    const clean = await server.diagnostics(mainUri, 1);
    assert.deepEqual(clean.diagnostics.filter((d) => d.code === 'syntax-error'), []);
    server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: mainUri, version: 2 },
      contentChanges: [{ range: { start: { line: 2, character: 25 }, end: { line: 2, character: 26 } }, text: '' }],
    });
    // Line 3 "smtpd_tls_security_level = may" with its '=' removed at character 25.
    const broken = await server.diagnostics(mainUri, 2);
    const err = broken.diagnostics.find((d) => d.code === 'syntax-error');
    assert.ok(err, 'a syntax error is published for version 2');
    assert.deepEqual(err.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 29 } });
    assert.match(messageOf(err), /^missing '=' after attribute name: "smtpd_tls_security_level  may"/);
  });

  test('document symbols: main.cf parameters and master.cf services with overrides', async () => {
    const mainSymbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: mainUri } })) as DocumentSymbol[];
    assert.equal(mainSymbols[0].name, 'smtpd_tls_eecdh_grade');
    assert.deepEqual(mainSymbols[0].selectionRange, { start: { line: 3, character: 0 }, end: { line: 3, character: 21 } });
    const text = 'smtp inet n - n - - smtpd\n  -o smtpd_tls_security_level=may\n  -o { smtpd_banner = hello world }\n';
    server.open(`${dir}2/master.cf`, 'postfix-master', text);
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: `${dir}2/master.cf` } })) as DocumentSymbol[];
    assert.equal(symbols.length, 1);
    assert.equal(symbols[0].name, 'smtp inet');
    assert.deepEqual(
      symbols[0].children!.map((c) => [c.name, c.detail, c.selectionRange.start]),
      [
        ['smtpd_tls_security_level', 'may', { line: 1, character: 5 }],
        ['smtpd_banner', 'hello world', { line: 2, character: 7 }],
      ],
    );
  });

  test('folding ranges: comment blocks and continued values', async () => {
    const uri = `${dir}3/main.cf`;
    server.open(uri, 'postfix-main', '# a\n# b\nmydestination = a,\n  b,\n  c\nrelayhost =\n');
    const ranges = (await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as FoldingRange[];
    assert.deepEqual(
      ranges.map((r) => [r.startLine, r.endLine, r.kind]),
      [
        [0, 1, 'comment'],
        [2, 4, 'region'],
      ],
    );
  });
});
