#!/usr/bin/env node
'use strict';
// postfix-lint. dist/cli.js is compiled with the V8 code cache that the build leaves beside it
// (dist/cli.cache, made by scripts/cli-cache.cjs), which saves most of the compile time of a
// short run. The cache starts with the key that the build also writes as the last line of
// dist/cli.js; a cache of another build, or one V8 rejects (another node), is not used and the
// bundle compiles as usual. Nothing is ever written here.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const CLI = join(__dirname, '..', 'dist', 'cli.js');
const CACHE = join(__dirname, '..', 'dist', 'cli.cache');

/** Runs the bundle's top level as require would, compiled with `cachedData` when given. */
function compile(source, cachedData) {
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
  return cachedData ? compile(source, cachedData).cli : require(CLI);
}

/** Standard output in large writes (a run can print tens of thousands of lines); standard error flushes it first, so the order stays. */
function output() {
  const chunks = [];
  let size = 0;
  const flush = () => {
    if (chunks.length === 0) return;
    process.stdout.write(chunks.join(''));
    chunks.length = 0;
    size = 0;
  };
  return {
    out: (s) => {
      chunks.push(s, '\n');
      size += s.length + 1;
      if (size >= 1 << 18) flush();
    },
    err: (s) => {
      flush();
      process.stderr.write(s + '\n');
    },
    flush,
  };
}

if (require.main === module) {
  const io = output();
  process.exitCode = load().run(process.argv.slice(2), io);
  io.flush();
} else {
  module.exports = { compile, CLI, CACHE };
}
