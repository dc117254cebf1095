/**
 * Runs the local postconf on a private copy of a main.cf/master.cf pair, for "Compare with
 * local postconf". No VS Code API here (unit-testable); the caller checks workspace trust
 * before anything in this file runs. postconf is started with execFile, never through a shell.
 */
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { formatSections, type Section, type SectionKey } from '../../server/src/features/effectiveFormat';

const WELL_KNOWN = ['/usr/sbin/postconf', '/usr/local/sbin/postconf', '/sbin/postconf'];

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The configured path when set (and executable), else `postconf` on PATH, else a well-known place. */
export async function findPostconf(configured: string, pathVariable = process.env.PATH ?? ''): Promise<string | undefined> {
  if (configured) return (await isExecutable(configured)) ? configured : undefined;
  const candidates = [...pathVariable.split(delimiter).filter(Boolean).map((d) => join(d, 'postconf')), ...WELL_KNOWN];
  for (const c of candidates) if (await isExecutable(c)) return c;
  return undefined;
}

export interface PostconfRun {
  stdout: string;
  stderr: string;
  code: number;
}

const ARGS: Record<SectionKey, string[]> = { n: ['-n'], nx: ['-n', '-x'], P: ['-P'], Px: ['-P', '-x'] };

/** Writes the texts into a fresh directory (an absent file is written empty, as postconf needs both). */
async function withCopy<T>(files: { main?: string; master?: string }, job: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'postfix-compare-'));
  try {
    const main = join(dir, 'main.cf');
    const master = join(dir, 'master.cf');
    await writeFile(main, files.main ?? '');
    await writeFile(master, files.master ?? '');
    // postconf re-reads files changed within the last second and repeats its warnings.
    const past = new Date('2000-01-01T00:00:00Z');
    await utimes(main, past, past);
    await utimes(master, past, past);
    return await job(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(postconf: string, args: string[]): Promise<PostconfRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C', LC_ALL: 'C' };
  // Keep postconf from reading another configuration through the environment.
  delete env.MAIL_CONFIG;
  delete env.MAIL_VERBOSE;
  delete env.MAIL_DEBUG;
  return new Promise((resolve) => {
    execFile(postconf, args, { env, timeout: 20000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ stdout: String(stdout), stderr: String(stderr), code });
    });
  });
}

/**
 * postconf -c always reports the copy's directory as config_directory, so a comparison leaves
 * that setting out of both sides.
 */
export function withoutConfigDirectory(text: string): string {
  return text
    .split('\n')
    .filter((l) => !/^config_directory =( |$)/.test(l))
    .join('\n');
}

export interface PostconfComparison {
  /** The sections laid out like the server's effective configuration without its header. */
  text: string;
  /** postconf's warnings, with the temporary directory written as the directory they are about. */
  warnings: string[];
}

/** Runs postconf once per section on a copy of the files and lays its output out like our document. */
export async function postconfSections(
  postconf: string,
  files: { main?: string; master?: string },
  keys: SectionKey[],
  directory = '.',
): Promise<PostconfComparison> {
  return withCopy(files, async (dir) => {
    const sections: Section[] = [];
    const warnings = new Set<string>();
    for (const key of keys) {
      const r = await run(postconf, ['-c', dir, ...ARGS[key]]);
      const errLines = r.stderr
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => l.split(dir).join(directory).replace(/^\S*postconf: /, 'postconf: '));
      for (const l of errLines) warnings.add(l);
      if (r.code !== 0) {
        sections.push({ key, lines: [], notes: [`postconf exited with status ${r.code}:`, ...errLines] });
        continue;
      }
      const lines = r.stdout
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => l.split(dir).join(directory));
      sections.push({ key, lines });
    }
    return { text: withoutConfigDirectory(formatSections(sections)), warnings: [...warnings] };
  });
}
