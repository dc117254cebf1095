/**
 * File access that remembers what it found at each path a configuration named, so that the
 * server notices when one of those files changes on disk: a key made private with chmod, an
 * alias added, a DH file regenerated. Without it the findings about such a file would stay as
 * they were until the next edit of main.cf or master.cf.
 */
import type { FileAccess } from './files';

/** How many paths are remembered: typing a path makes one per keystroke, and the oldest go first. */
const MAX_PATHS = 500;

export class WatchedFileAccess implements FileAccess {
  /** Counts the changes seen on disk: an analysis made under an older generation is stale. */
  generation = 0;
  /** Path as the configuration names it -> what the disk held when it was first asked for. */
  private readonly seen = new Map<string, string>();

  constructor(
    private readonly inner: FileAccess,
    /** A short text that changes whenever the file's content, permissions or existence does. */
    private readonly signature: (path: string) => string,
  ) {}

  readFile = (path: string, maxBytes: number): Buffer | undefined => {
    this.note(path);
    return this.inner.readFile(path, maxBytes);
  };

  statFile = (path: string): { mode: number; uid: number } | undefined => {
    this.note(path);
    return this.inner.statFile(path);
  };

  /** Looks at every remembered path again: true, and a new generation, when one has changed. */
  checkDisk(): boolean {
    let changed = false;
    for (const [path, before] of this.seen) {
      const now = this.signature(path);
      if (now === before) continue;
      this.seen.set(path, now);
      changed = true;
    }
    if (changed) this.generation++;
    return changed;
  }

  private note(path: string): void {
    if (this.seen.has(path)) return;
    if (this.seen.size >= MAX_PATHS) this.seen.delete(this.seen.keys().next().value as string);
    this.seen.set(path, this.signature(path));
  }
}
