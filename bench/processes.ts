/** Whole-process comparison: postfix-lint against postconf -n on the same large main.cf. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../test/helpers/paths';
import { mainCfOfLines } from './inputs';
import { summarize, type Summary } from './stats';

/** CPU seconds (user + system) of the children of one `sh -c 'CMD; times'`. */
function childCpu(command: string): number {
  const out = spawnSync('sh', ['-c', `${command} >/dev/null 2>&1; times`], { encoding: 'utf8' }).stdout.trim().split('\n');
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
  postconfCpu?: Summary;
  ratio?: number;
  note?: string;
}

export function processBench(runs: number): ProcessResults {
  const dir = mkdtempSync(join(tmpdir(), 'pfx-bench-'));
  writeFileSync(join(dir, 'main.cf'), mainCfOfLines(100000));
  writeFileSync(join(dir, 'master.cf'), '');
  const lint = `${process.execPath} ${join(ROOT, 'bin/postfix-lint.js')} ${dir}`;
  const lintCpu = summarize(Array.from({ length: runs }, () => childCpu(lint) * 1000));
  const postconf = findPostconf();
  if (!postconf) return { lintCpu, note: 'postconf not installed (apt-get install postfix): comparison skipped' };
  const postconfCpu = summarize(Array.from({ length: runs }, () => childCpu(`${postconf} -c ${dir} -n`) * 1000));
  return { lintCpu, postconfCpu, ratio: lintCpu.median / postconfCpu.median };
}
