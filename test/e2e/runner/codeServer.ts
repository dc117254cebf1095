/**
 * code-server (VS Code's own server and web workbench) and headless Chromium, for the editor
 * end-to-end tests. The tool locations come from the environment that scripts/e2e/run.mjs sets
 * (it finds them, or skips the tests with a reason when they are missing).
 *
 * code-server runs in its own process group: its workbench, extension host and our language
 * server are its children, and killing only the leader would leave them running.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export interface E2eTools {
  /** Node 24, which code-server requires. */
  node: string;
  /** code-server's entry script (run with `node`). */
  codeServer: string;
  chromium: string;
}

export function toolsFromEnv(): E2eTools {
  const get = (name: string): string => {
    const v = process.env[name];
    if (!v) throw new Error(`${name} is not set: run the end-to-end tests through scripts/e2e/run.mjs`);
    return v;
  };
  return { node: get('POSTFIX_E2E_NODE'), codeServer: get('POSTFIX_E2E_CODE_SERVER'), chromium: get('POSTFIX_E2E_CHROMIUM') };
}

/** Where code-server keeps its state: fresh per run, never the user's own profile. */
export interface Profile {
  userDataDir: string;
  extensionsDir: string;
  /** XDG_* home for code-server's own config file. */
  home: string;
}

/**
 * User settings for the test profile: no welcome page, no chat side bar (it would hide half the
 * screenshots), nothing that reaches for the network.
 */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
};

/** Creates the profile's folders and its user settings. */
export function prepareProfile(p: Profile): void {
  for (const d of [p.userDataDir, p.extensionsDir, p.home]) mkdirSync(d, { recursive: true });
  mkdirSync(join(p.userDataDir, 'User'), { recursive: true });
  writeFileSync(join(p.userDataDir, 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
}

/** A new profile in a new temporary folder (`base`: remove it when done). */
export function freshProfile(): Profile & { base: string } {
  const base = mkdtempSync(join(tmpdir(), 'postfix-e2e-profile-'));
  const p = { userDataDir: join(base, 'user-data'), extensionsDir: join(base, 'extensions'), home: join(base, 'home') };
  prepareProfile(p);
  return { ...p, base };
}

function env(profile: Profile): NodeJS.ProcessEnv {
  return {
    ...process.env,
    XDG_CONFIG_HOME: join(profile.home, 'config'),
    XDG_DATA_HOME: join(profile.home, 'data'),
    XDG_CACHE_HOME: join(profile.home, 'cache'),
  };
}

function profileArgs(profile: Profile): string[] {
  return [`--user-data-dir=${profile.userDataDir}`, `--extensions-dir=${profile.extensionsDir}`];
}

/** Installs a packaged extension into the profile, as `code --install-extension x.vsix` would. */
export function installExtension(tools: E2eTools, profile: Profile, vsix: string): void {
  const r = spawnSync(tools.node, [tools.codeServer, ...profileArgs(profile), '--install-extension', vsix, '--force'], {
    env: env(profile),
    encoding: 'utf8',
    timeout: 120_000,
  });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0 || !/successfully installed/i.test(out)) {
    throw new Error(`code-server --install-extension ${vsix} failed (status ${r.status}, signal ${r.signal}):\n${out}`);
  }
}

/** Process groups of the code-servers still running: killed on any exit, Ctrl+C included. */
const runningGroups = new Set<number>();
process.on('exit', () => {
  for (const pid of runningGroups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => process.exit(130));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

export interface RunningCodeServer {
  port: number;
  /** http://127.0.0.1:PORT */
  origin: string;
  /** code-server's output so far, for error messages. */
  log: () => string;
  stop(): Promise<void>;
}

export async function startCodeServer(
  tools: E2eTools,
  profile: Profile,
  extraArgs: string[] = [],
  timeoutMs = 90_000,
): Promise<RunningCodeServer> {
  const port = await freePort();
  const args = [
    tools.codeServer,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    ...profileArgs(profile),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...extraArgs,
  ];
  const child = spawn(tools.node, args, { env: env(profile), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid !== undefined) runningGroups.add(child.pid);
  let log = '';
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => stopGroup(child);
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`code-server did not listen within ${timeoutMs} ms:\n${log}`)), timeoutMs);
      const onData = (d: Buffer) => {
        log += d.toString();
        if (/HTTP server listening on/.test(log)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`code-server exited early (${code ?? signal}):\n${log}`));
      });
    });
    const health = await fetch(`${origin}/healthz`);
    if (!health.ok) throw new Error(`code-server /healthz answered ${health.status}`);
  } catch (e) {
    await stop();
    throw e;
  }
  return { port, origin, log: () => log, stop };
}

/** SIGTERM to the whole group, SIGKILL to whatever is left after a deadline. */
async function stopGroup(child: ChildProcess, graceMs = 5000): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  const signalGroup = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig);
    } catch {
      // the group is already gone
    }
  };
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    signalGroup('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)))]);
    clearTimeout(timer);
  }
  // Helpers (extension host, language server) may outlive the leader.
  signalGroup('SIGKILL');
  runningGroups.delete(pid);
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Headless Chromium with a fresh profile (playwright's launch uses a new temp profile). */
export async function launchBrowser(tools: E2eTools): Promise<Browser> {
  return chromium.launch({ executablePath: tools.chromium, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
}

/** The workbench URL that opens `folder` (an absolute path on this machine). */
export function workbenchUrl(server: RunningCodeServer, folder: string, payload?: [string, string][]): string {
  let url = `${server.origin}/?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/** A path on this machine as the workbench addresses it (the remote side is this machine). */
export function remoteUri(server: RunningCodeServer, absPath: string): string {
  return `vscode-remote://127.0.0.1:${server.port}${absPath}`;
}
