/**
 * Stands in for the VS Code executable that @vscode/test-electron's runTests() launches
 * (scripts/e2e/code-server-host is the executable shim): it understands the arguments runTests
 * passes and runs the mocha suites in code-server's workbench, driven by headless Chromium.
 *
 * The workbench only runs an extension test payload with the smoke-test driver enabled; it then
 * reports through window.codeAutomationLog(type, args) and window.codeAutomationExit(code).
 * The extension under test is the packaged .vsix ($POSTFIX_E2E_VSIX), installed into the fresh
 * extensions directory; the development path runTests requires is an empty harness extension.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { format } from 'node:util';
import { MOCHA_MARK } from '../suite/mark';
import { installExtension, launchBrowser, prepareProfile, remoteUri, startCodeServer, toolsFromEnv, workbenchUrl, type Profile } from './codeServer';

interface HostArgs {
  folder?: string;
  extensionTestsPath: string;
  extensionDevelopmentPath: string;
  userDataDir: string;
  extensionsDir: string;
  disableExtensions: boolean;
}

function parseArgs(argv: string[]): HostArgs {
  const opts = new Map<string, string>();
  const flags = new Set<string>();
  let folder: string | undefined;
  for (const a of argv) {
    const m = /^--([^=]+)=(.*)$/.exec(a);
    if (m) opts.set(m[1], m[2]);
    else if (a.startsWith('--')) flags.add(a.slice(2));
    else folder = a;
  }
  const need = (k: string) => {
    const v = opts.get(k);
    if (!v) throw new Error(`missing --${k}= in ${argv.join(' ')}`);
    return v;
  };
  return {
    folder,
    extensionTestsPath: need('extensionTestsPath'),
    extensionDevelopmentPath: need('extensionDevelopmentPath'),
    userDataDir: need('user-data-dir'),
    extensionsDir: need('extensions-dir'),
    disableExtensions: flags.has('disable-extensions'),
  };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const tools = toolsFromEnv();
  const vsix = process.env.POSTFIX_E2E_VSIX;
  if (!vsix) throw new Error('POSTFIX_E2E_VSIX is not set');
  const deadlineMs = Number(process.env.POSTFIX_E2E_RUN_TIMEOUT_MS ?? 300_000);
  const profile: Profile = { userDataDir: args.userDataDir, extensionsDir: args.extensionsDir, home: `${args.userDataDir}-home` };
  prepareProfile(profile);
  installExtension(tools, profile, vsix);
  const server = await startCodeServer(tools, profile, ['--vscode-option', 'enable-smoke-test-driver']);
  const browser = await launchBrowser(tools).catch(async (e) => {
    await server.stop();
    throw e;
  });
  try {
    const page = await browser.newPage();
    let exitWith: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => (exitWith = resolve));
    // The workbench logs a lot; mocha's report (marked by suite/index.ts) goes to the console,
    // everything else to the log file ($POSTFIX_E2E_LOG), a CI artefact.
    const logFile = process.env.POSTFIX_E2E_LOG;
    if (logFile) mkdirSync(dirname(logFile), { recursive: true });
    await page.exposeFunction('codeAutomationLog', (type: string, logArgs: unknown[]) => {
      const text = format(...(Array.isArray(logArgs) ? logArgs : [logArgs]));
      if (text.startsWith(MOCHA_MARK)) process.stdout.write(`${text.slice(MOCHA_MARK.length)}\n`);
      else if (logFile) appendFileSync(logFile, `[${type}] ${text}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => exitWith(code));
    page.on('pageerror', (e) => process.stderr.write(`[workbench page error] ${e.message}\n`));
    const payload: [string, string][] = [
      ['extensionDevelopmentPath', remoteUri(server, args.extensionDevelopmentPath)],
      ['extensionTestsPath', remoteUri(server, args.extensionTestsPath)],
      ['skipWelcome', 'true'],
    ];
    if (args.disableExtensions) payload.push(['disableExtensions', 'true']);
    if (!args.folder) throw new Error('runTests passed no workspace folder');
    await page.goto(workbenchUrl(server, args.folder, payload));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<number>((resolve) => {
      timer = setTimeout(() => {
        process.stderr.write(`the extension tests did not finish within ${deadlineMs} ms\n${server.log()}\n`);
        resolve(1);
      }, deadlineMs);
    });
    const code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    return code;
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
