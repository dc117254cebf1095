// Bundles the extension client, the language server and the CLI into dist/ with esbuild.
// Type checking is tsc's job (npm run build runs both).
// The parameter documentation is data, not code: it goes to dist/docs.json, which the server
// and the CLI read on first use (server/src/data/docs/load.ts is replaced in the bundles).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// The docs as tsc compiled them (npm run build runs tsc first).
const { loadDocs } = createRequire(import.meta.url)(join(root, 'out/server/src/data/docs/load.js'));
mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist/docs.json'), JSON.stringify(loadDocs()));

const docsFromJson = {
  name: 'docs-from-json',
  setup(b) {
    b.onResolve({ filter: /^\.\/docs\/load$/ }, (args) => ({ path: join(args.resolveDir, 'docs/load.ts'), namespace: 'docs-json' }));
    b.onLoad({ filter: /.*/, namespace: 'docs-json' }, () => ({
      contents: "const { readFileSync } = require('fs'); const { join } = require('path');\nexport function loadDocs() { return JSON.parse(readFileSync(join(__dirname, 'docs.json'), 'utf8')); }\n",
      loader: 'js',
    }));
  },
};

// Node's crypto module takes about 5 ms to load, and postfix-lint needs it only for the key and
// certificate files a configuration names. In the CLI bundle `node:crypto` is a module whose
// exports are getters that load the real one on first use.
const nodeCrypto = createRequire(import.meta.url)('node:crypto');
const lazyCrypto = {
  name: 'lazy-crypto',
  setup(b) {
    b.onResolve({ filter: /^(node:)?crypto$/ }, (args) => (args.namespace === 'lazy-crypto' ? undefined : { path: 'crypto', namespace: 'lazy-crypto' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-crypto' }, () => ({
      contents: [
        "let crypto; const load = () => crypto || (crypto = require('node:crypto'));",
        ...Object.keys(nodeCrypto).map((k) => `Object.defineProperty(exports, ${JSON.stringify(k)}, { enumerable: true, get: () => load()[${JSON.stringify(k)}] });`),
      ].join('\n'),
      loader: 'js',
    }));
  },
};

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: false, minify: true, logLevel: 'warning' };
await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', plugins: [docsFromJson] }),
  build({ ...common, entryPoints: ['server/src/cli/lint.ts'], outfile: 'dist/cli.js', plugins: [docsFromJson, lazyCrypto] }),
]);

// postfix-lint's code cache (see bin/postfix-lint.js): the bundle ends with the key that the
// cache starts with, so a cache is only ever used with the bundle it was made from.
const cli = join(root, 'dist/cli.js');
appendFileSync(cli, `// code cache key ${createHash('sha256').update(readFileSync(cli)).digest('hex').slice(0, 32)}\n`);
execFileSync(process.execPath, [join(root, 'scripts/cli-cache.cjs')], { stdio: 'inherit' });
