/**
 * Preloaded into the language server (`node --require spy.js`): records every file the
 * process opens or reads, every process it starts and every network connection it attempts,
 * one JSON line each, to the file named by POSTFIX_SPY_LOG. Network attempts are also refused.
 */
import childProcess from 'node:child_process';
import dgram from 'node:dgram';
import dns from 'node:dns';
import fs from 'node:fs';
import net from 'node:net';

const log = process.env.POSTFIX_SPY_LOG!;
const append = fs.appendFileSync.bind(fs);
let recording = false;
/** Writing the log opens a file too: a guard keeps that from being recorded (and recursing). */
const record = (kind: string, what: unknown) => {
  if (recording) return;
  recording = true;
  try {
    append(log, JSON.stringify({ kind, what: String(what) }) + '\n');
  } finally {
    recording = false;
  }
};

type AnyFn = (...args: unknown[]) => unknown;
function wrap(target: Record<string, unknown>, names: string[], kind: string, refuse = false): void {
  for (const name of names) {
    const original = target[name] as AnyFn | undefined;
    if (typeof original !== 'function') continue;
    target[name] = function (this: unknown, ...args: unknown[]) {
      if (recording) return original.apply(this, args);
      record(kind, `${name} ${args[0] && typeof args[0] === 'object' ? JSON.stringify(args[0]) : String(args[0])}`);
      if (refuse) throw new Error(`${kind} refused by the test spy`);
      return original.apply(this, args);
    };
  }
}

wrap(fs as unknown as Record<string, unknown>, ['open', 'openSync', 'readFile', 'readFileSync', 'createReadStream', 'opendir', 'opendirSync', 'readdir', 'readdirSync', 'writeFile', 'writeFileSync', 'createWriteStream'], 'file');
wrap(fs.promises as unknown as Record<string, unknown>, ['open', 'readFile', 'writeFile', 'readdir', 'opendir'], 'file');
wrap(childProcess as unknown as Record<string, unknown>, ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'], 'process');
wrap(net as unknown as Record<string, unknown>, ['connect', 'createConnection'], 'network', true);
wrap(dgram as unknown as Record<string, unknown>, ['createSocket'], 'network', true);
wrap(dns as unknown as Record<string, unknown>, ['lookup', 'resolve', 'resolve4', 'resolve6'], 'network', true);
for (const mod of ['http', 'https', 'http2']) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  wrap(require(`node:${mod}`), ['request', 'get', 'connect'], 'network', true);
}
if (typeof globalThis.fetch === 'function') {
  globalThis.fetch = (async (input: unknown) => {
    record('network', `fetch ${String(input)}`);
    throw new Error('network refused by the test spy');
  }) as typeof fetch;
}
