/** Resolves the paths given to postfix-lint into files, and pairs main.cf with master.cf. */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { kindFromPath, type ConfigKind } from '../model/documents';
import { UsageError } from './args';

export interface InputFile {
  /** The path as given, or the name standard input is shown under. */
  path: string;
  kind: ConfigKind;
  text: string;
  /** Read from standard input: it stands alone, never paired with a file of a directory. */
  stdin?: boolean;
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

/** `-` on the command line: the text comes from standard input, shown under `stdinName`. */
export const STDIN = '-';

function readStdin(name: string, kind: ConfigKind): InputFile {
  try {
    return { path: name, kind, text: readFileSync(0, 'utf8'), stdin: true };
  } catch (e) {
    throw new ReadError(`cannot read standard input: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

export function collectInputs(paths: string[], forcedKind?: ConfigKind, stdinName = '<stdin>'): InputFile[] {
  const files: InputFile[] = [];
  if (paths.filter((p) => p === STDIN).length > 1) throw new UsageError('standard input (-) can be read only once');
  for (const path of paths) {
    if (path === STDIN) {
      const kind = forcedKind ?? kindFromPath(stdinName);
      if (!kind) throw new UsageError('standard input (-): cannot tell whether it is a main.cf or a master.cf; use --kind main or --kind master, or --stdin-name with a file name');
      files.push(readStdin(stdinName, kind));
      continue;
    }
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
    if (f.stdin) continue;
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
