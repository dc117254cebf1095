/**
 * Drives the real bundled language server (dist/server.js --stdio) as an editor would, over
 * JSON-RPC. Every wait has a deadline; nothing sleeps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from './paths';

/** A diagnostic's message as text (LSP 3.18 allows markup too). */
export function messageOf(d: { message: string | { value: string } }): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

export interface TestServer {
  connection: ProtocolConnection;
  process: ChildProcess;
  stderr: () => string;
  /** What the server answered to initialize. */
  initializeResult: InitializeResult;
  /** Resolves with the first publishDiagnostics for `uri` (and `version`, when given). */
  diagnostics(uri: string, version?: number, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  open(uri: string, languageId: string, text: string, version?: number): void;
  /** Resolves with the next publishDiagnostics for `uri` after this call (none that came before). */
  nextDiagnostics(uri: string, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  /** Every publishDiagnostics received so far, oldest first (the latest per URI with `published: 'latest'`). */
  published(): readonly PublishDiagnosticsParams[];
  /** Resolves with the first window/logMessage whose text matches. */
  logMessage(pattern: RegExp, timeoutMs?: number): Promise<string>;
  close(): Promise<void>;
}

export async function startServer(
  initializationOptions: unknown = undefined,
  capabilities: object = {},
  /**
   * `published: 'latest'` keeps only the latest publication per URI, as an editor does: the
   * benchmark's hundreds of edits would otherwise keep every list the server ever sent, and
   * the collector's work on that growing heap would count in the figures it takes.
   */
  options: { execArgv?: string[]; env?: NodeJS.ProcessEnv; published?: 'all' | 'latest' } = {},
): Promise<TestServer> {
  const child = spawn(process.execPath, [...(options.execArgv ?? []), join(ROOT, 'dist/server.js'), '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: options.env ?? process.env,
  });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: { match: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  const latestOnly = options.published === 'latest';
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    if (latestOnly) {
      const i = published.findIndex((q) => q.uri === p.uri);
      if (i >= 0) published.splice(i, 1);
    }
    published.push(p);
    for (const w of [...waiters]) {
      if (w.match(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  const logs: string[] = [];
  const logWaiters: { pattern: RegExp; resolve: (m: string) => void }[] = [];
  connection.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message);
    for (const w of [...logWaiters]) if (w.pattern.test(p.message)) (logWaiters.splice(logWaiters.indexOf(w), 1), w.resolve(p.message));
  });
  connection.listen();
  const initializeResult: InitializeResult = await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities, initializationOptions });
  connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    stderr: () => err,
    initializeResult,
    diagnostics(uri, version, timeoutMs = 10000) {
      const match = (p: PublishDiagnosticsParams) => p.uri === uri && (version === undefined || p.version === version);
      const seen = published.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ match, resolve: (p) => (clearTimeout(timer), resolve(p)) });
      });
    },
    nextDiagnostics(uri, timeoutMs = 10000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no new diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ match: (p) => p.uri === uri, resolve: (p) => (clearTimeout(timer), resolve(p)) });
      });
    },
    published: () => published,
    logMessage(pattern, timeoutMs = 10000) {
      const seen = logs.find((m) => pattern.test(m));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no log message matching ${pattern} within ${timeoutMs} ms; got: ${logs.join(' | ')}`)), timeoutMs);
        logWaiters.push({ pattern, resolve: (m) => (clearTimeout(timer), resolve(m)) });
      });
    },
    open(uri, languageId, text, version = 1) {
      connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    async close() {
      try {
        await connection.sendRequest('shutdown');
        connection.sendNotification('exit');
      } catch {
        // already gone
      }
      connection.dispose();
      if (child.exitCode === null) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => (child.kill('SIGKILL'), resolve()), 2000);
          child.once('exit', () => (clearTimeout(timer), resolve()));
        });
      }
    },
  };
}
