/**
 * Which document changes have arrived but not been applied yet. The protocol library hands the
 * server one message per turn of the event loop, so when an analysis takes longer than the gap
 * between keystrokes (a file of tens of thousands of lines), the changes typed meanwhile wait
 * in its queue, and each would be analysed and published in turn: the diagnostics of the last
 * one came seconds after the typing stopped. Seeing the messages as they are read lets the
 * server skip a version whose successor is already here (see server.ts, schedule).
 */
import type { DataCallback, Disposable, Message, MessageReader } from 'vscode-languageserver/node';

const MAX_DOCUMENTS = 1000;

export class IncomingChanges {
  /** The newest version read per document, while newer than what was applied. */
  private readonly newest = new Map<string, number>();

  /** True once a `shutdown` request has been read (the process then ends with status 0). */
  shutdownRead = false;

  /** Notes a message as it is read, before the library queues it. */
  observe(message: Message): void {
    const m = message as { method?: unknown; params?: { textDocument?: { uri?: unknown; version?: unknown } } };
    if (m.method === 'shutdown') this.shutdownRead = true;
    if (m.method !== 'textDocument/didChange') return;
    const uri = m.params?.textDocument?.uri;
    const version = m.params?.textDocument?.version;
    if (typeof uri !== 'string' || typeof version !== 'number') return;
    const known = this.newest.get(uri);
    if (known !== undefined && version <= known) return;
    // Changes of documents never opened are never looked up: a bound keeps them from piling up
    // (forgetting costs at most one analysis of a version that has a successor).
    if (known === undefined && this.newest.size >= MAX_DOCUMENTS) this.newest.clear();
    this.newest.set(uri, version);
  }

  /**
   * True when a change of `uri` newer than `version` has been read and is still to be applied.
   * When none is, what was noted for `uri` is dropped: it has been applied.
   */
  newerThan(uri: string, version: number): boolean {
    const newest = this.newest.get(uri);
    if (newest === undefined) return false;
    if (newest > version) return true;
    this.newest.delete(uri);
    return false;
  }

  /** Drops what is known of `uri` (closed, or a change that never applied). */
  forget(uri: string): void {
    this.newest.delete(uri);
  }
}

/** `inner`, with every message shown to `incoming` as it is read. */
export function observedReader(inner: MessageReader, incoming: IncomingChanges): MessageReader {
  return {
    onError: inner.onError,
    onClose: inner.onClose,
    onPartialMessage: inner.onPartialMessage,
    listen(callback: DataCallback): Disposable {
      return inner.listen((message) => {
        try {
          incoming.observe(message);
        } catch {
          // Looking is never worth losing the message.
        }
        callback(message);
      });
    },
    dispose: () => inner.dispose(),
  };
}
