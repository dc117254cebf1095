/**
 * Local file access for the checks that read files a configuration names (keys, certificates,
 * DH parameters): absolute paths of regular files only, bounded in size, and cached by
 * modification time so that re-analysing on every keystroke does not re-read them. postfix-lint
 * always uses it; the language server only in a trusted workspace.
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { isAbsolute, join, posix } from 'node:path';
import type { AnalysisSettings } from '../analysis/types';

export type FileAccess = Required<Pick<AnalysisSettings, 'readFile' | 'statFile'>>;

/**
 * `root` stands for / (postfix-lint --file-root): a configuration's /etc/aliases is read as
 * root/etc/aliases, and no `..` leads above root, as in a chroot.
 */
export function localFileAccess(root = '/'): FileAccess {
  const under = root === '/' ? (path: string) => path : (path: string) => join(root, posix.normalize(path));
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
