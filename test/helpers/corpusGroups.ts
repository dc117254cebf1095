/**
 * The corpus as MANIFEST.tsv records it: its files, and the main.cf and master.cf of one
 * repository directory (at one commit) grouped as one configuration.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CORPUS } from './paths';

export interface Row {
  file: string;
  repo: string;
  path: string;
  commit: string;
  notes: string;
}

export function manifest(): Row[] {
  const p = join(CORPUS, 'MANIFEST.tsv');
  if (!existsSync(p)) return [];
  return readFileSync(p, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => {
      const [file, repo, path, commit, , notes] = l.split('\t');
      return { file, repo, path, commit, notes: notes ?? '' };
    })
    .filter((r) => r.file.startsWith('main/') || r.file.startsWith('master/'));
}

export interface Group {
  main?: Row;
  master?: Row;
}

/** Pairs the main.cf files of a repository directory (at one commit) with its master.cf. */
export function corpusGroups(rows: Row[]): Group[] {
  const key = (r: Row) => `${r.repo}@${r.commit}:${dirname(r.path)}`;
  const masters = new Map<string, Row>();
  for (const r of rows) if (r.file.startsWith('master/')) masters.set(key(r), r);
  const paired = new Set<Row>();
  const out: Group[] = [];
  for (const r of rows) {
    if (!r.file.startsWith('main/')) continue;
    const m = masters.get(key(r));
    if (m) paired.add(m);
    out.push({ main: r, master: m });
  }
  for (const m of masters.values()) if (!paired.has(m)) out.push({ master: m });
  return out;
}

