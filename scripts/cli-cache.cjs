// Makes dist/cli.cache, the V8 code cache that bin/postfix-lint.js compiles dist/cli.js with
// (scripts/bundle.mjs runs it after bundling). The bundle is compiled and run on examples/ in
// every output format first, so the cache also holds the functions a run compiles lazily.
// The file starts with the key line that ends dist/cli.js, then V8's data.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { compile, CLI, CACHE } = require('../bin/postfix-lint.js');

const source = readFileSync(CLI, 'utf8');
const key = source.slice(source.lastIndexOf('\n', source.length - 2) + 1, -1);
if (!key.startsWith('// code cache key ')) throw new Error(`${CLI} does not end with its code cache key`);
const { cli, script } = compile(source, undefined);
const examples = join(__dirname, '..', 'examples');
const quiet = { out: () => {}, err: () => {} };
for (const format of ['text', 'json', 'sarif']) cli.run(['--format', format, examples], quiet);
writeFileSync(CACHE, Buffer.concat([Buffer.from(`${key}\n`, 'latin1'), script.createCachedData()]));
