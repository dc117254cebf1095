/**
 * Local file access for the checks that read files a configuration names (keys, certificates,
 * DH parameters, table sources): absolute paths of regular files only, bounded in size, and
 * cached by modification time so that re-analysing on every keystroke does not re-read them.
 * Read where the configuration names them, or under a directory that stands for / (postfix-lint
 * --file-root, the postfix.fileRoot setting). postfix-lint uses it unless --no-file-access; the
 * language server only in a trusted workspace.
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { isAbsolute, join, posix, resolve } from 'node:path';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { AnalysisSettings } from '../analysis/types';
import { WatchedFileAccess } from './watchedFiles';

export type FileAccess = Required<Pick<AnalysisSettings, 'readFile' | 'statFile'>> & {
  /** Grows when the files read before changed on disk (see WatchedFileAccess). */
  readonly generation?: number;
};

/** Where a path the configuration names is on this machine when `root` stands for /. */
function underRoot(root: string): (path: string) => string {
  return root === '/' ? (path) => path : (path) => join(root, posix.normalize(path));
}

/** What changes when a file's content, permissions or existence does ('-': no such file). */
export function fileSignature(root = '/'): (named: string) => string {
  const under = underRoot(root);
  return (named) => {
    try {
      const st = isAbsolute(named) ? statSync(under(named), { throwIfNoEntry: false }) : undefined;
      return st ? `${st.ino}:${st.mtimeMs}:${st.ctimeMs}:${st.size}:${st.mode}:${st.uid}` : '-';
    } catch {
      return '?';
    }
  };
}

/**
 * `root` stands for / (postfix-lint --file-root): a configuration's /etc/aliases is read as
 * root/etc/aliases, and no `..` leads above root, as in a chroot.
 */
export function localFileAccess(root = '/'): FileAccess {
  const under = underRoot(root);
  const cache = new Map<string, { mtimeMs: number; size: number; data: Buffer }>();
  return {
    readFile(named, maxBytes) {
      if (!isAbsolute(named)) return undefined;
      const path = under(named);
      let fd: number | undefined;
      try {
        // stat first: opening a FIFO or a device for reading could block or have side effects.
        // A missing file is the common case on every keystroke: no exception for it.
        const st = statSync(path, { throwIfNoEntry: false });
        if (!st?.isFile() || st.size > maxBytes) return undefined;
        // An unchanged file needs no open at all.
        const hit = cache.get(path);
        if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.data;
        fd = openSync(path, 'r');
        const fst = fstatSync(fd);
        if (!fst.isFile() || fst.size > maxBytes) return undefined;
        const data = Buffer.alloc(fst.size);
        let read = 0;
        while (read < fst.size) {
          const n = readSync(fd, data, read, fst.size - read, read);
          if (n === 0) break;
          read += n;
        }
        const out = data.subarray(0, read);
        cache.set(path, { mtimeMs: fst.mtimeMs, size: fst.size, data: out });
        return out;
      } catch {
        return undefined;
      } finally {
        if (fd !== undefined) closeSync(fd);
      }
    },
    statFile(named) {
      if (!isAbsolute(named)) return undefined;
      try {
        const st = statSync(under(named), { throwIfNoEntry: false });
        return st?.isFile() ? { mode: st.mode & 0o7777, uid: st.uid } : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * The file access that the `postfix.fileRoot` setting asks for: '' the files where the
 * configuration names them on this machine, 'none' no file at all, else a directory read as if
 * it were / (relative to the first workspace folder). The same setting gets the same object
 * back, so that its cache of files, and the analyses kept for it, stay valid.
 */
export class FileAccessBySetting {
  private last?: { root: string | null; access: WatchedFileAccess | undefined };

  constructor(private readonly workspaceFolder: string | undefined) {}

  /** `problem`: why the setting could not be used as written (then no file is read). */
  get(setting: string): { access: WatchedFileAccess | undefined; problem?: string } {
    const { root, problem } = this.rootOf(setting.trim());
    if (this.last?.root !== root) this.last = { root, access: root === null ? undefined : new WatchedFileAccess(localFileAccess(root), fileSignature(root)) };
    return { access: this.last.access, problem };
  }

  private rootOf(written: string): { root: string | null; problem?: string } {
    if (written === '') return { root: '/' };
    if (written === 'none') return { root: null };
    // The two forms users write in VS Code settings: ~ for the home directory, and ${workspaceFolder}.
    let setting = written === '~' || written.startsWith('~/') ? join(homedir(), written.slice(1)) : written;
    if (setting.includes('${workspaceFolder}')) {
      if (!this.workspaceFolder) return { root: null, problem: `postfix.fileRoot '${written}' names the workspace folder, and there is none: no file is read` };
      setting = setting.split('${workspaceFolder}').join(this.workspaceFolder);
    }
    if (isAbsolute(setting)) return { root: resolve(setting) };
    if (this.workspaceFolder) return { root: resolve(this.workspaceFolder, setting) };
    return { root: null, problem: `postfix.fileRoot '${written}' is relative, and there is no workspace folder to resolve it against: no file is read` };
  }
}

/** The local path of the first workspace folder (or of the older rootUri), when it is a file: URI. */
export function firstWorkspaceFolder(params: { workspaceFolders?: { uri: string }[] | null; rootUri?: string | null }): string | undefined {
  const uri = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
  if (!uri?.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
