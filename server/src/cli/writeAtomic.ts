/**
 * Replaces a file's content without ever leaving it half written: the new text goes to a
 * temporary file beside it (same directory, so the rename is atomic), with the original's
 * mode and owner, is flushed to disk, and then renamed over the original. A symbolic link is
 * followed, so the link stays a link. On any failure the original is untouched.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class WriteError extends Error {}

/**
 * Writes `text` to `path` if the file still holds `expected` (the bytes the text was derived
 * from); refuses otherwise, so a change made meanwhile is not overwritten.
 */
export function writeFileAtomic(path: string, expected: Buffer, text: string): void {
  const real = realpathSync(path);
  const st = statSync(real);
  const tmp = join(dirname(real), `.${basename(real)}.postfix-lint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o600);
    writeFileSync(fd, text, 'utf8');
    const mine = fstatSync(fd);
    if (mine.uid !== st.uid || mine.gid !== st.gid) {
      try {
        fchownSync(fd, st.uid, st.gid);
      } catch (e) {
        throw new WriteError(`cannot keep the owner ${st.uid}:${st.gid} of ${path} (${(e as NodeJS.ErrnoException).code ?? String(e)}); not rewritten`);
      }
    }
    fchmodSync(fd, st.mode & 0o7777);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (!readFileSync(real).equals(expected)) throw new WriteError(`${path} changed while it was being fixed; not rewritten`);
    renameSync(tmp, real);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // never created, or already renamed
    }
    if (e instanceof WriteError) throw e;
    throw new WriteError(`cannot rewrite ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  syncDirectory(dirname(real));
}

/** Makes the rename itself durable; some file systems do not allow it, which is harmless. */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // best effort
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
