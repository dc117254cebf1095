#!/usr/bin/env node
'use strict';
// postfix-lint. dist/cli.js is compiled with the V8 code cache that the build leaves beside it
// (dist/cli.cache, made by scripts/cli-cache.cjs), which saves most of the compile time of a
// short run. The cache starts with the key that the build also writes as the last line of
// dist/cli.js; a cache of another build, or one V8 rejects (another node), is not used and the
// bundle compiles as usual. Nothing is ever written here.
const { readFileSync, writeSync } = require('node:fs');
const { join } = require('node:path');

const CLI = join(__dirname, '..', 'dist', 'cli.js');
const CACHE = join(__dirname, '..', 'dist', 'cli.cache');

/**
 * V8 weighs optimising a function each time it has run this much bytecode (67,584 by default).
 * A run of postfix-lint is short, and most of what V8 optimises early it barely uses again, while
 * the compiler's thread costs CPU: with a budget 15 times the default, a 100,000-line main.cf
 * takes ~25 % less CPU and no longer, and so does a run over eight such files. The flag is part
 * of what V8 checks a code cache against, so the build makes dist/cli.cache with it set too.
 */
const INTERRUPT_BUDGET = 1000000;

function tuneV8() {
  require('node:v8').setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}

/** Runs the bundle's top level as require would, compiled with `cachedData` when given. */
function compile(source, cachedData) {
  tuneV8();
  const { Script } = require('node:vm');
  const { createRequire, wrap } = require('node:module');
  const script = new Script(wrap(source), { filename: CLI, cachedData });
  const module = { exports: {}, filename: CLI, id: CLI, loaded: false };
  script.runInThisContext().call(module.exports, module.exports, createRequire(CLI), module, CLI, join(CLI, '..'));
  module.loaded = true;
  return { cli: module.exports, script };
}

/** The cache's V8 data when it belongs to this dist/cli.js, else undefined. */
function cacheFor(source) {
  let data;
  try {
    data = readFileSync(CACHE);
  } catch {
    return undefined;
  }
  const nl = data.indexOf(10);
  return nl > 0 && source.endsWith(`${data.toString('latin1', 0, nl)}\n`) ? data.subarray(nl + 1) : undefined;
}

function load() {
  const source = readFileSync(CLI, 'utf8');
  const cachedData = cacheFor(source);
  if (cachedData) return compile(source, cachedData).cli;
  tuneV8();
  return require(CLI);
}

/**
 * Standard output in large writes (a run can print tens of thousands of lines), made with
 * writeSync, which costs less than the stream; standard error flushes it first, so the order
 * stays. Once a write fails or is short (a non-blocking pipe, a closed reader), the rest goes
 * to process.stdout as before, which reports the error as it always did.
 */
function output(sys = { writeSync, stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) }) {
  let chunk = '';
  let direct = true;
  const write = (s) => {
    if (direct) {
      try {
        const n = sys.writeSync(1, s);
        if (n === Buffer.byteLength(s)) return;
        s = Buffer.from(s).subarray(n);
      } catch {
        // nothing was written: the stream writes it (or reports why it cannot)
      }
      direct = false;
    }
    sys.stdout(s);
  };
  const flush = () => {
    if (chunk === '') return;
    write(chunk);
    chunk = '';
  };
  return {
    out: (s) => {
      chunk += `${s}\n`;
      if (chunk.length >= 1 << 18) flush();
    },
    err: (s) => {
      flush();
      sys.stderr(s + '\n');
    },
    flush,
  };
}

if (require.main === module) {
  const io = output();
  process.exitCode = load().run(process.argv.slice(2), io);
  io.flush();
} else {
  module.exports = { compile, output, CLI, CACHE };
}
