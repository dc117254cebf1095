/** The language server as an editor uses it: typing latency, hover and completion, cold start, memory. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, type TestServer } from '../test/helpers/lspClient';
import { ROOT } from '../test/helpers/paths';
import { mainCfOfLines } from './inputs';
import { summarize, type Summary } from './stats';

export interface ServerResults {
  coldStart: Summary;
  /**
   * In the same fresh servers: from the `didOpen` of examples/main.cf, sent right after the
   * `initialize` answer, to its first `publishDiagnostics`. What a user waits for the first time
   * a file is opened, while V8 still compiles the code the analysis runs.
   */
  firstDiagnostics: Summary;
  typing: Summary;
  hover: Summary | string;
  completion: Summary | string;
  memoryMb: number;
  /**
   * Requests over the whole 100,000-line file (13,000 findings), as an editor makes them after
   * select-all, on save (fix-all) or for its outline: work that grows with the file, where an
   * n * n step shows at once (code actions over a selection took 187 s before round 12).
   */
  wholeFile: Record<string, Summary | string>;
  /**
   * Typing faster than the server analyses: 20 keystrokes 30 ms apart in the 100,000-line file
   * (one analysis takes ~0.3 s), from the last keystroke to its diagnostics, and how many of the
   * 20 versions were published (round 12; before, each was analysed and published in turn).
   */
  burst: { lastToDiagnostics: Summary; published: number };
}

/**
 * What VS Code 1.9x declares for the features measured here (a client without them gets the
 * plainer answers older editors need, which cost more to build and send).
 */
const EDITOR_CAPABILITIES = {
  textDocument: {
    publishDiagnostics: { relatedInformation: true, versionSupport: false, codeDescriptionSupport: true, dataSupport: true, tagSupport: { valueSet: [1, 2] } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
    completion: {
      completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'], insertReplaceSupport: true, labelDetailsSupport: true, resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] } },
      completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] },
      contextSupport: true,
    },
  },
};

const now = () => Number(process.hrtime.bigint()) / 1e6;

async function coldStart(runs: number): Promise<{ coldStart: Summary; firstDiagnostics: Summary }> {
  const uri = 'file:///bench/fresh/main.cf';
  const text = readFileSync(join(ROOT, 'examples/main.cf'), 'utf8');
  const starts: number[] = [];
  const firsts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    const server = await startServer();
    const t1 = now();
    starts.push(t1 - t0);
    server.open(uri, 'postfix-main', text);
    await server.diagnostics(uri, 1, 30000);
    firsts.push(now() - t1);
    server.connection.dispose();
    server.process.kill();
  }
  return { coldStart: summarize(starts), firstDiagnostics: summarize(firsts) };
}

async function requestTimes(send: () => Promise<unknown>, runs: number): Promise<Summary | string> {
  try {
    await send();
  } catch (e) {
    return `not available (${(e as Error).message})`;
  }
  // Warm-up, not counted (as for the edits).
  for (let i = 0; i < Math.min(50, runs); i++) await send();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    await send();
    samples.push(now() - t0);
  }
  return summarize(samples);
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function wholeFileRequests(server: TestServer, uri: string, text: string, diagnostics: unknown[]): Promise<Record<string, Summary | string>> {
  const textDocument = { uri };
  const all = { start: { line: 0, character: 0 }, end: { line: text.split('\n').length - 1, character: 0 } };
  const requests: Record<string, [string, object]> = {
    'code actions, whole file selected': ['textDocument/codeAction', { textDocument, range: all, context: { diagnostics } }],
    'fix all (source.fixAll)': ['textDocument/codeAction', { textDocument, range: all, context: { diagnostics: [], only: ['source.fixAll'] } }],
    'document symbols (outline)': ['textDocument/documentSymbol', { textDocument }],
    'semantic tokens': ['textDocument/semanticTokens/full', { textDocument }],
    'folding ranges': ['textDocument/foldingRange', { textDocument }],
    'document links': ['textDocument/documentLink', { textDocument }],
    'inlay hints, whole file': ['textDocument/inlayHint', { textDocument, range: all }],
  };
  const out: Record<string, Summary | string> = {};
  for (const [label, [method, params]] of Object.entries(requests)) out[label] = await requestTimes(() => server.connection.sendRequest(method, params), 3);
  return out;
}

async function typingBurst(server: TestServer, uri: string): Promise<ServerResults['burst']> {
  const times: number[] = [];
  let published = 0;
  let version = 1;
  for (let round = 0; round < 3; round++) {
    const first = version + 1;
    for (let i = 0; i < 20; i++) {
      server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: ++version },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '#' }],
      });
      if (i < 19) await new Promise((resolve) => setTimeout(resolve, 30));
    }
    const t0 = now();
    await server.diagnostics(uri, version, 120000);
    times.push(now() - t0);
    published = server.published().filter((p) => p.uri === uri && p.version !== undefined && p.version >= first).length;
  }
  return { lastToDiagnostics: summarize(times), published };
}

export async function serverBench(edits: number): Promise<ServerResults> {
  const { coldStart: cold, firstDiagnostics } = await coldStart(20);
  const server = await startServer(undefined, EDITOR_CAPABILITIES, { published: 'latest' });
  const uri = 'file:///bench/postfix/main.cf';
  const text = mainCfOfLines(2000);
  server.open(uri, 'postfix-main', text);
  await server.diagnostics(uri, 1, 30000);
  const lines = text.split('\n');
  const mid = 1000;
  const paramLine = lines.findIndex((l, i) => i >= mid && /^[a-z_]+\s*=/.test(l));
  // The figures are taken after a warm-up: the first few dozen edits run while V8
  // still compiles the server's hot code (20-40 ms each); they are made but not counted.
  const warmUp = Math.min(50, edits);
  const samples: number[] = [];
  for (let i = 0; i < warmUp + edits; i++) {
    const version = i + 2;
    const insert = i % 2 === 0;
    const t0 = now();
    server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [
        insert
          ? { range: { start: { line: paramLine, character: 0 }, end: { line: paramLine, character: 0 } }, text: 'x' }
          : { range: { start: { line: paramLine, character: 0 }, end: { line: paramLine, character: 1 } }, text: '' },
      ],
    });
    await server.diagnostics(uri, version, 30000);
    if (i >= warmUp) samples.push(now() - t0);
  }
  const position = { line: paramLine, character: 2 };
  const hover = await requestTimes(() => server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }), edits);
  const completion = await requestTimes(
    () => server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: paramLine, character: 0 } }),
    edits,
  );
  const big = 'file:///bench/big/main.cf';
  const bigText = mainCfOfLines(100000);
  server.open(big, 'postfix-main', bigText);
  const published = await server.diagnostics(big, 1, 120000);
  const memoryMb = rssMb(server.process.pid!);
  const wholeFile = await wholeFileRequests(server, big, bigText, published.diagnostics);
  const burst = await typingBurst(server, big);
  await server.close();
  return { coldStart: cold, firstDiagnostics, typing: summarize(samples), hover, completion, memoryMb, wholeFile, burst };
}
