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
    // postconf's "bad field count", said by the rule that explains it (and fixes it).
    const fieldCount = diagnostics.filter((d) => d.code === 'unindented-continuation');
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
    // Line 3 lost its '=' in the test before. Runs of settings of one category are groups.
    assert.deepEqual(
      mainSymbols.map((s) => [s.name, s.detail, s.children?.map((c) => c.name)]),
      [
        ['smtpd_tls_eecdh_grade', 'ultra', undefined],
        ['TLS (shared)', '2 settings', ['tls_eecdh_strong_curve', 'tls_eecdh_ultra_curve']],
        [
          'TLS server',
          '9 settings',
          [
            'smtpd_tls_loglevel',
            'smtpd_tls_cert_file',
            'smtpd_tls_key_file',
            'smtpd_tls_CAfile',
            'smtpd_tls_session_cache_timeout',
            'smtpd_tls_session_cache_database',
            'smtpd_tls_received_header',
            'smtpd_tls_ask_ccert',
            'smtpd_tls_received_header',
          ],
        ],
        ['tls_random_source', 'dev:/dev/urandom', undefined],
        ['TLS client', '6 settings', ['smtp_tls_security_level', 'smtp_tls_eecdh_grade', 'smtp_tls_loglevel', 'smtp_tls_cert_file', 'smtp_tls_key_file', 'smtp_tls_CAfile']],
      ],
    );
    const client = mainSymbols[4];
    assert.deepEqual(client.range, { start: { line: 17, character: 0 }, end: { line: 22, character: 52 } });
    assert.deepEqual(client.selectionRange, { start: { line: 17, character: 0 }, end: { line: 17, character: 23 } });
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
