/** Resolves the paths given to postfix-lint into files, and pairs main.cf with master.cf. */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { kindFromPath, type ConfigKind } from '../model/documents';
import { UsageError } from './args';

export interface InputFile {
  path: string;
  kind: ConfigKind;
  text: string;
}

/** A group of files analysed together: at most one main.cf and one master.cf of a directory. */
export interface InputGroup {
  main?: InputFile;
  master?: InputFile;
}

export class ReadError extends Error {}

function read(path: string, kind: ConfigKind): InputFile {
  try {
    return { path, kind, text: readFileSync(path, 'utf8') };
  } catch (e) {
    throw new ReadError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

export function collectInputs(paths: string[], forcedKind?: ConfigKind): InputFile[] {
  const files: InputFile[] = [];
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (e) {
      throw new ReadError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
    if (isDir) {
      const found = (['main', 'master'] as const)
        .map((k) => ({ k, p: join(path, `${k}.cf`) }))
        .filter(({ p }) => {
          try {
            return statSync(p).isFile();
          } catch {
            return false;
          }
        });
      if (found.length === 0) throw new ReadError(`${path}: no main.cf or master.cf in this directory`);
      for (const { k, p } of found) files.push(read(p, k));
      continue;
    }
    const kind = forcedKind ?? kindFromPath(path);
    if (!kind) throw new UsageError(`${path}: cannot tell whether this is a main.cf or a master.cf; use --kind main or --kind master`);
    files.push(read(path, kind));
  }
  return files;
}

/** Pairs the one main.cf and the one master.cf of a directory; everything else stands alone. */
export function groupInputs(files: InputFile[]): InputGroup[] {
  const byDir = new Map<string, InputFile[]>();
  for (const f of files) {
    const d = dirname(f.path);
    if (!byDir.has(d)) byDir.set(d, []);
    byDir.get(d)!.push(f);
  }
  const groups = new Map<InputFile, InputGroup>();
  for (const same of byDir.values()) {
    const mains = same.filter((f) => f.kind === 'main');
    const masters = same.filter((f) => f.kind === 'master');
    if (mains.length === 1 && masters.length === 1) {
      const g = { main: mains[0], master: masters[0] };
      groups.set(mains[0], g);
      groups.set(masters[0], g);
    }
  }
  const ordered: InputGroup[] = [];
  for (const f of files) {
    const g = groups.get(f) ?? { [f.kind]: f };
    if (!ordered.includes(g)) ordered.push(g);
  }
  return ordered;
}
