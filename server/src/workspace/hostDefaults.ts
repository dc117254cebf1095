/**
 * Host- and build-dependent defaults read from the local postconf, when the machine-scoped
 * `postfix.postconfPath` setting names one (a workspace cannot set it). `postconf -d` runs
 * once per path, against an empty configuration directory so that nothing in the workspace
 * influences it; only the names of data/hostDefaults.ts are taken, and not the per-process
 * ones (process_id, process_name, service_name) or config_directory (the empty directory).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOST_DEPENDENT_DEFAULTS } from '../data/hostDefaults';
import type { HostDefaults } from '../model/effective';

const NOT_FROM_POSTCONF = new Set(['process_id', 'process_name', 'service_name', 'config_directory']);

/** Parses `postconf -d` output into the host-dependent names we use. */
export function parseHostDefaults(output: string): HostDefaults {
  const out = new Map<string, string>();
  for (const line of output.split('\n')) {
    const eq = line.indexOf(' =');
    if (eq <= 0) continue;
    const name = line.slice(0, eq);
    if (Object.prototype.hasOwnProperty.call(HOST_DEPENDENT_DEFAULTS, name) && !NOT_FROM_POSTCONF.has(name)) out.set(name, line.slice(eq + 2).trim());
  }
  return out;
}

export function readHostDefaults(postconfPath: string): Promise<HostDefaults> {
  const dir = mkdtempSync(join(tmpdir(), 'postfix-ls-'));
  writeFileSync(join(dir, 'main.cf'), '');
  writeFileSync(join(dir, 'master.cf'), '');
  return new Promise((resolve, reject) => {
    execFile(postconfPath, ['-c', dir, '-d'], { encoding: 'utf8', timeout: 10000, env: { ...process.env, LC_ALL: 'C' } }, (error, stdout) => {
      rmSync(dir, { recursive: true, force: true });
      if (error) reject(error);
      else resolve(parseHostDefaults(stdout));
    });
  });
}
