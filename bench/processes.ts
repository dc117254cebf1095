/** Whole-process comparison: postfix-lint against postconf -n on the same large main.cf. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../test/helpers/paths';
import { fleetOfCorpus, mainCfOfLines } from './inputs';
import { summarize, type Summary } from './stats';

/**
 * CPU seconds (user + system) of the children of one `bash -c 'CMD; times'` (bash's times
 * reads getrusage, to the millisecond; dash's counts clock ticks of 10 ms).
 */
function childCpu(command: string): number {
  const out = spawnSync('bash', ['-c', `${command} >/dev/null 2>&1; times`], { encoding: 'utf8' }).stdout.trim().split('\n');
  const parse = (t: string) => {
    const m = /(\d+)m([\d.]+)s/.exec(t);
    return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  };
  const [user, sys] = out[out.length - 1].split(/\s+/);
  return parse(user) + parse(sys);
}

export function findPostconf(): string | undefined {
  for (const p of ['/usr/sbin/postconf', '/usr/local/sbin/postconf']) {
    try {
      if (statSync(p).isFile()) return p;
    } catch {
      // not here
    }
  }
  try {
    return execFileSync('sh', ['-c', 'command -v postconf'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export interface ProcessResults {
  lintCpu: Summary;
  /**
   * postfix-lint --dump on the same file: what postconf -n does (read the file as Postfix
   * does, print the settings), without the rules.
   */
  dumpCpu: Summary;
  /** Start-up floors of that figure: `node -e 0`, and postfix-lint on a one-line main.cf. */
  nodeCpu: Summary;
  lintOneLineCpu: Summary;
  /** Node reading the file as text and writing it out again: the least any Node tool does with it. */
  nodeCopyCpu: Summary;
  /**
   * bench/least-reader.cjs: a Node program that does less than postconf -n (continuation lines,
   * last value wins, sorted output; no `$name` scan, no warnings): about the least a Node tool
   * that reads main.cf as postconf does can cost.
   */
  leastReaderCpu: Summary;
  postconfCpu?: Summary;
  ratio?: number;
  dumpRatio?: number;
  /**
   * A fleet (round 15): every corpus configuration Postfix accepts, each in a directory of its
   * own. postfix-lint checks them all in one process, as a CI job would; postconf -n is run
   * once per directory, as it takes one. What is compared is the CPU of all of it.
   */
  fleet: { configurations: number; lintCpu: Summary; postconfCpu?: Summary; ratio?: number };
  note?: string;
}

/** A Node one-liner that reads the file named by its argument as UTF-8 and writes it to standard output. */
const COPY = `"const fs = require('fs'); fs.writeSync(1, fs.readFileSync(process.argv[1], 'utf8'))"`;

export function processBench(runs: number): ProcessResults {
  const work = mkdtempSync(join(tmpdir(), 'pfx-bench-'));
  try {
    return measureIn(work, runs);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Writes `files` into the new directory `dir` and returns it. */
function configDir(dir: string, files: Record<string, string>): string {
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function measureIn(work: string, runs: number): ProcessResults {
  const dir = configDir(join(work, 'large'), { 'main.cf': mainCfOfLines(100000), 'master.cf': '' });
  const small = configDir(join(work, 'small'), { 'main.cf': 'myhostname = mail.example.com\n' });
  const fleetDirs = fleetOfCorpus().map((files, i) => configDir(join(work, `fleet-${i + 1}`), { 'main.cf': files.main, 'master.cf': files.master }));
  const cpu = (command: string) => summarize(Array.from({ length: runs }, () => childCpu(command) * 1000));
  const lint = `${process.execPath} ${join(ROOT, 'bin/postfix-lint.js')}`;
  const lintCpu = cpu(`${lint} ${dir}`);
  const dumpCpu = cpu(`${lint} --dump ${dir}`);
  const floors = {
    nodeCpu: cpu(`${process.execPath} -e 0`),
    lintOneLineCpu: cpu(`${lint} ${small}`),
    nodeCopyCpu: cpu(`${process.execPath} -e ${COPY} ${join(dir, 'main.cf')}`),
    leastReaderCpu: cpu(`${process.execPath} ${join(ROOT, 'bench/least-reader.cjs')} ${dir}`),
  };
  const fleet = { configurations: fleetDirs.length, lintCpu: cpu(`${lint} ${fleetDirs.join(' ')}`) };
  const postconf = findPostconf();
  if (!postconf) return { lintCpu, dumpCpu, ...floors, fleet, note: 'postconf not installed (apt-get install postfix): comparison skipped' };
  const postconfCpu = cpu(`${postconf} -c ${dir} -n`);
  const fleetPostconf = cpu(`for d in ${fleetDirs.join(' ')}; do ${postconf} -c "$d" -n; done`);
  return {
    lintCpu,
    dumpCpu,
    ...floors,
    postconfCpu,
    ratio: lintCpu.median / postconfCpu.median,
    dumpRatio: dumpCpu.median / postconfCpu.median,
    fleet: { ...fleet, postconfCpu: fleetPostconf, ratio: fleet.lintCpu.median / fleetPostconf.median },
  };
}
