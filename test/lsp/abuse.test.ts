/**
 * The real server over stdio under abuse: malformed JSON-RPC, unknown methods, requests for
 * documents never opened, positions and ranges out of bounds, a burst of 1,000 didChange
 * notifications, a document replaced by binary data, a didClose in the middle of a burst,
 * and mutated corpus files. After each, the server must still be alive, answer with proper
 * LSP error codes where an answer is due, and answer a real request correctly.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import type { DocumentSymbol, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startServer, type TestServer } from '../helpers/lspClient';
import { applyMutation, mutation } from '../helpers/mutate';
import { generalRulesOnly } from '../helpers/rules';
import { corpusFiles } from '../helpers/paths';

const dir = 'file:///srv/abuse/postfix';

/** Resident memory of the server process in MB (Linux), or undefined elsewhere. */
function rssMb(pid: number): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

describe('language server under abuse', () => {
  let server: TestServer;
  let version = 1;
  const uri = `${dir}/main.cf`;
  const symbols = async (u = uri) => (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: u } })) as DocumentSymbol[] | null;
  /** The server answers real requests (outline, hover) with the right content: it is alive and its state is sound. */
  const assertHealthy = async () => {
    const probe = `${dir}/probe-${version}/main.cf`;
    server.open(probe, 'postfix-main', 'myhostname = mail.example.com\nmydomain = example.com\n');
    const s = await symbols(probe);
    // main.cf's outline groups the settings by category, the settings being its children.
    assert.deepEqual(
      s?.map((g) => [g.name, g.detail, g.children?.map((x) => [x.name, x.detail, x.kind])]),
      [
        [
          'Network and addressing',
          '2 settings',
          [
            ['myhostname', 'mail.example.com', 7],
            ['mydomain', 'example.com', 7],
          ],
        ],
      ],
    );
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: probe }, position: { line: 1, character: 3 } })) as {
      contents: { value: string };
    } | null;
    assert.match(hover?.contents.value ?? '', /mydomain/, 'a hover on a parameter name is answered');
    assert.equal(server.process.exitCode, null, 'the server process is still running');
  };

  before(async () => {
    // The general rules only: the TLS and security catalogue would add findings the burst test
    // does not check.
    server = await startServer({ settings: { rules: generalRulesOnly() } });
    server.open(uri, 'postfix-main', 'relayhost = [smtp.example.com]:587\n', version);
    await server.diagnostics(uri, version);
  });
  after(async () => {
    await server.close();
  });

  test('malformed JSON-RPC on the wire does not kill the server', async () => {
    const garbage = ['{"jsonrpc":"2.0","id":', 'not json at all', '\u0000\u0001\u0002', '{"jsonrpc":"2.0","method":42}'];
    for (const body of garbage) server.process.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    await assertHealthy();
  });

  test('an unknown method is answered with MethodNotFound (-32601)', async () => {
    await assert.rejects(server.connection.sendRequest('postfix/noSuchMethod', {}), (e: { code?: number }) => e.code === -32601);
    server.connection.sendNotification('postfix/noSuchNotification', { x: 1 });
    await assertHealthy();
  });

  test('requests for documents never opened answer null', async () => {
    assert.equal(await symbols('file:///never/opened/main.cf'), null);
    assert.equal(await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: 'file:///never/opened/master.cf' } }), null);
    await assertHealthy();
  });

  test('requests with missing or absurd parameters get an error or null, never a crash', async () => {
    for (const params of [{}, { textDocument: null }, { textDocument: { uri: 42 } }, { position: { line: -1, character: 1e12 } }]) {
      try {
        await server.connection.sendRequest('textDocument/documentSymbol', params);
      } catch (e) {
        assert.ok(typeof (e as { code?: number }).code === 'number', 'an error response carries an LSP error code');
      }
    }
    await assertHealthy();
  });

  test('positions and ranges beyond the document, negative or huge, in every position request', async () => {
    const positions = [{ line: 1e9, character: 0 }, { line: 0, character: 1e9 }, { line: -1, character: -5 }, { line: 2 ** 31, character: 2 ** 31 }];
    const methods = ['textDocument/hover', 'textDocument/completion', 'textDocument/definition', 'textDocument/documentHighlight', 'textDocument/prepareRename'];
    for (const position of positions) {
      for (const method of methods) {
        try {
          await server.connection.sendRequest(method, { textDocument: { uri }, position });
        } catch (e) {
          assert.ok(typeof (e as { code?: number }).code === 'number', `${method}: an error response carries an LSP error code`);
        }
      }
      const range = { start: position, end: { line: position.line + 5, character: 0 } };
      for (const [method, extra] of [['textDocument/inlayHint', {}], ['textDocument/codeAction', { context: { diagnostics: [] } }]] as const) {
        try {
          await server.connection.sendRequest(method, { textDocument: { uri }, range, ...extra });
        } catch (e) {
          assert.ok(typeof (e as { code?: number }).code === 'number', `${method}: an error response carries an LSP error code`);
        }
      }
    }
    await assertHealthy();
  });

  test('didChange with negative, huge and reversed ranges', async () => {
    const ranges = [
      { start: { line: -5, character: -5 }, end: { line: -1, character: 0 } },
      { start: { line: 1e9, character: 1e9 }, end: { line: 2e9, character: 0 } },
      { start: { line: 0, character: 5 }, end: { line: 0, character: 2 } },
      { start: { line: 0, character: 1e9 }, end: { line: 0, character: 1e9 } },
    ];
    for (const range of ranges) {
      server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range, text: 'x = $y\n' }] });
    }
    const published = await server.diagnostics(uri, version);
    assert.equal(published.version, version);
    await assertHealthy();
  });

  test('1,000 didChange notifications in a burst: diagnostics for the last version, memory bounded', async () => {
    const rssBefore = rssMb(server.process.pid!);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 1000; i++) {
        server.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version: ++version },
          contentChanges: [{ text: `myorigin = example${i}.com\n${i % 2 ? 'broken line\n' : ''}smtpd_banner = $myhostname ESMTP\n` }],
        });
      }
      const last = await server.diagnostics(uri, version);
      // The last edit (i = 999) has the line without '='.
      assert.deepEqual(last.diagnostics.map((d) => [d.code, d.range.start.line]), [['syntax-error', 1]]);
    }
    const rssAfter = rssMb(server.process.pid!);
    if (rssBefore !== undefined && rssAfter !== undefined) {
      assert.ok(rssAfter < rssBefore + 200, `memory grew from ${rssBefore.toFixed(0)} MB to ${rssAfter.toFixed(0)} MB over 3,000 edits`);
    }
    await assertHealthy();
  });

  test('a document replaced by binary data, then closed in the middle of a burst', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('utf8');
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text: bytes }] });
    const binary = await server.diagnostics(uri, version);
    assert.ok(Array.isArray(binary.diagnostics));
    for (let i = 0; i < 50; i++) {
      server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text: `broken ${i}\n` }] });
    }
    server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    // A later document's diagnostics come after anything still queued for the closed one.
    const marker = `${dir}/after-close/main.cf`;
    server.open(marker, 'postfix-main', 'a = b\n');
    await server.diagnostics(marker, 1);
    const last = server.published().filter((p) => p.uri === uri).at(-1);
    assert.deepEqual(last?.diagnostics, [], 'the last word on a closed document is: no diagnostics');
    assert.equal(await symbols(uri), null, 'a closed document is gone');
    await assertHealthy();
  });

  test('mutated corpus files: the server answers every version', async () => {
    const files = [...corpusFiles('main').slice(0, 10), ...corpusFiles('master').slice(0, 10)];
    assert.ok(files.length > 0, 'corpus files found');
    const samples = fc.sample(fc.tuple(fc.nat(files.length - 1), fc.array(mutation, { minLength: 1, maxLength: 5 })), { seed: 42, numRuns: 60 });
    for (const [n, [i, ms]] of samples.entries()) {
      const kind = files[i].includes('/master/') ? 'master' : 'main';
      const target = `${dir}/mutated-${n}/${kind}.cf`;
      server.open(target, `postfix-${kind}`, ms.reduce(applyMutation, readFileSync(files[i], 'utf8')));
      const published = await server.diagnostics(target, 1);
      assert.equal(published.version, 1);
      assert.ok(Array.isArray(await symbols(target)));
    }
    await assertHealthy();
  });
});

describe('a request handler or a rule that throws', () => {
  // Each named handler throws on its first request, and duplicate-parameter on every run (test
  // hooks of server.ts and workspace/diagnose.ts): the server must answer that request with
  // InternalError, log it, answer the next one normally, and publish the other rules' findings.
  const failing = ['hover', 'completion', 'definition', 'references', 'semanticTokens', 'inlayHint', 'codeAction', 'executeCommand'];
  let server: TestServer;
  let published: PublishDiagnosticsParams;
  const uri = `${dir}/throwing/main.cf`;
  const text = 'mydomain = example.com\nmyorigin = $mydomain\nrelayhost = $nowhere\nrelayhost = $nowhere_else\n';
  before(async () => {
    const env = { ...process.env, POSTFIX_LSP_FAIL_REQUEST: failing.join(','), POSTFIX_LSP_FAIL_RULE: 'duplicate-parameter' };
    server = await startServer({ settings: { rules: generalRulesOnly() } }, {}, { env });
    server.open(uri, 'postfix-main', text);
    published = await server.diagnostics(uri, 1);
  });
  after(async () => {
    await server.close();
  });

  const position = { line: 1, character: 13 };
  const requests: Record<string, [string, object]> = {
    hover: ['textDocument/hover', { textDocument: { uri }, position }],
    completion: ['textDocument/completion', { textDocument: { uri }, position }],
    definition: ['textDocument/definition', { textDocument: { uri }, position }],
    references: ['textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } }],
    semanticTokens: ['textDocument/semanticTokens/full', { textDocument: { uri } }],
    inlayHint: ['textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } } }],
    codeAction: ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: [] } }],
    executeCommand: ['workspace/executeCommand', { command: 'postfix.insertForwardSecrecy', arguments: [uri] }],
  };

  test('becomes an InternalError response and a log line; the server answers the next request', async () => {
    for (const name of failing) {
      const [method, params] = requests[name];
      await assert.rejects(server.connection.sendRequest(method, params), (e: { code?: number; message?: string }) => e.code === -32603 && /made to fail/.test(e.message ?? ''), name);
      assert.match(await server.logMessage(new RegExp(`^${name} failed: Error: ${name} made to fail`)), /server\.js/, `${name}: the log line has the stack`);
      await server.connection.sendRequest(method, params);
    }
    const hover = (await server.connection.sendRequest('textDocument/hover', requests.hover[1])) as { contents: { value: string } } | null;
    assert.match(hover?.contents.value ?? '', /example\.com/, 'a normal hover on $mydomain shows its value');
    assert.equal(server.process.exitCode, null, 'the server process is still running');
  });

  test('a rule that throws is logged and only its findings are missing', async () => {
    assert.match(await server.logMessage(/^rule duplicate-parameter failed: /), /made to fail/);
    const codes = published.diagnostics.map((d) => d.code);
    assert.ok(codes.includes('undefined-reference'), `the other rules' findings are published: ${codes.join(', ')}`);
    assert.ok(!codes.includes('duplicate-parameter'));
  });
});
