// Runs the compiled test files (out/test/**/*.test.js) with Node's test runner.
// Usage: node scripts/run-tests.mjs [FOLDER...]   (FOLDER: unit, oracle, lsp, ...; default all)
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = 'out/test';
const wanted = process.argv.slice(2);
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.test.js')) files.push(p);
  }
};
walk(root);
const selected = files.filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(join(root, w) + '/')));
if (selected.length === 0) {
  console.error(`no test files under ${root} matching ${wanted.join(', ') || '(all)'}; run npm run build first`);
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...selected], { stdio: 'inherit' });
process.exit(r.status ?? 1);
