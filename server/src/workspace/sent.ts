/**
 * What the client was last sent for each document: a document's diagnostics when it was
 * published as the partner of an edited one, and the semantic tokens it last asked for. An
 * edit in one file re-analyses its directory partner too; when the partner's diagnostics or
 * tokens come out the same, nothing needs to be sent or refreshed.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Diagnostic } from 'vscode-languageserver-types';
import { MAX_KEPT_FINDINGS } from './analysis';

/** Token arrays longer than this (five numbers per token) are not kept. */
const MAX_KEPT_TOKEN_DATA = 50000;

export class SentState {
  private readonly diagnostics = new Map<string, { version: number; diagnostics: Diagnostic[] }>();
  private readonly tokens = new Map<string, number[]>();

  /**
   * Records diagnostics about to be published; false when exactly these were the last ones
   * sent for this version of the document. Nothing is kept for a document without an open
   * partner (no other edit re-publishes it) or for huge lists, which are always sent.
   */
  diagnosticsChanged(uri: string, version: number, diagnostics: Diagnostic[], paired: boolean): boolean {
    const last = this.diagnostics.get(uri);
    if (paired && last && last.version === version && isDeepStrictEqual(last.diagnostics, diagnostics)) return false;
    if (paired && diagnostics.length <= MAX_KEPT_FINDINGS) this.diagnostics.set(uri, { version, diagnostics });
    else this.diagnostics.delete(uri);
    return true;
  }

  /** Records the semantic tokens answered for a document. */
  tokensSent(uri: string, data: number[]): void {
    if (data.length <= MAX_KEPT_TOKEN_DATA) this.tokens.set(uri, data);
    else this.tokens.delete(uri);
  }

  /** False when the client last received exactly `data` for the document (unknown counts as changed). */
  tokensChanged(uri: string, data: number[]): boolean {
    const last = this.tokens.get(uri);
    if (!last || last.length !== data.length) return true;
    for (let i = 0; i < data.length; i++) if (last[i] !== data[i]) return true;
    return false;
  }

  /** True when the semantic tokens the client has for the document are known. */
  hasTokens(uri: string): boolean {
    return this.tokens.has(uri);
  }

  forget(uri: string): void {
    this.diagnostics.delete(uri);
    this.tokens.delete(uri);
  }
}
