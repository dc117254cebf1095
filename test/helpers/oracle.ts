/**
 * Runs ../shared/postfix/oracle.sh (the real postconf) and parses its output into the same
 * shape as `postfix-lint --dump`.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ORACLE } from './paths';

export interface OracleResult {
  sections: Record<string, { stdout: string[]; rc: number; stderr: string[] }>;
}

/** Why the oracle cannot run here, or undefined when it can. In CI a missing postconf is a failure, not a skip. */
export function oracleUnavailable(): string | undefined {
  try {
    execFileSync('sh', ['-c', 'command -v postconf || test -x /usr/sbin/postconf'], { stdio: 'ignore' });
    return undefined;
  } catch {
    const reason = 'postconf is not installed (apt-get install postfix); differential tests against the real postconf are skipped';
    if (process.env.CI) throw new Error(`${reason}, but CI must run them`);
    return reason;
  }
}

export function parseOracleOutput(out: string): OracleResult {
  const sections: OracleResult['sections'] = {};
  let current: { stdout: string[]; rc: number; stderr: string[] } | undefined;
  let inStderr = false;
  for (const line of out.split('\n')) {
    const head = /^### postconf (.*)$/.exec(line);
    if (head) {
      current = { stdout: [], rc: 0, stderr: [] };
      sections[head[1]] = current;
      inStderr = false;
      continue;
    }
    if (!current) continue;
    const rc = /^### rc=(\d+)$/.exec(line);
    if (rc) {
      current.rc = Number(rc[1]);
      continue;
    }
    if (line === '### stderr') {
      inStderr = true;
      continue;
    }
    if (line === '') continue;
    (inStderr ? current.stderr : current.stdout).push(line);
  }
  return { sections };
}

export function runOracle(main: string | undefined, master: string | undefined): Promise<OracleResult> {
  const dir = mkdtempSync(join(tmpdir(), 'pfx-test-'));
  const mainPath = main ?? join(dir, 'main.cf');
  if (!main) writeFileSync(mainPath, '');
  const args = ['-s', mainPath, ...(master ? [master] : [])];
  return new Promise((resolve) => {
    execFile('sh', [ORACLE, ...args], { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, LC_ALL: 'C' } }, (_err, stdout) => {
      resolve(parseOracleOutput(stdout));
    });
  });
}

/** `postconf -n` lines into a name → value record (config_directory left out). */
export function parameterRecord(lines: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of lines) {
    const m = /^(\S+) =(?: (.*))?$/.exec(l);
    if (m && m[1] !== 'config_directory') out[m[1]] = m[2] ?? '';
  }
  return out;
}

/** mystrtokq-style split of a `postconf -M` line; `{ }` groups are unwrapped like extpar. */
export function splitMasterLine(line: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && /[ \t]/.test(line[i])) i++;
    if (i >= line.length) break;
    const start = i;
    let level = 0;
    for (; i < line.length; i++) {
      if (line[i] === '{') level++;
      else if (level > 0 && line[i] === '}') level--;
      else if (level === 0 && /[ \t]/.test(line[i])) break;
    }
    tokens.push(line.slice(start, i));
  }
  return tokens;
}

export function unwrap(token: string): string {
  return token.startsWith('{') && token.endsWith('}') ? token.slice(1, -1).trim() : token;
}

/** Runs async jobs with a bounded number in flight. */
export async function pool<T, R>(items: T[], size: number, job: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await job(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return results;
}
