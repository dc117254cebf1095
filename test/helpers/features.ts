/**
 * Builds a feature context from inline texts, with `|` marking the cursor in the file the
 * request is about, as an editor would call the pure feature functions.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FeatureContext } from '../../server/src/features/context';
import type { HostDefaults } from '../../server/src/model/effective';
import { loadModel } from '../../server/src/model/load';

export const MAIN_URI = 'file:///etc/postfix/main.cf';
export const MASTER_URI = 'file:///etc/postfix/master.cf';

export interface Fixture {
  ctx: FeatureContext;
  /** The cursor offset (where `|` was), or 0 without a marker. */
  offset: number;
  /** The text of the requested file, without the marker. */
  text: string;
}

export function fixture(input: { main?: string; master?: string; file: 'main' | 'master'; version?: string; hostDefaults?: HostDefaults }): Fixture {
  const raw = input.file === 'main' ? (input.main ?? '') : (input.master ?? '');
  const offset = Math.max(0, raw.indexOf('|'));
  const text = raw.replace('|', '');
  const main = input.file === 'main' ? text : input.main;
  const master = input.file === 'master' ? text : input.master;
  const model = loadModel({ main, master, version: input.version });
  const docs: FeatureContext['docs'] = {};
  if (main !== undefined) docs.main = { uri: MAIN_URI, doc: TextDocument.create(MAIN_URI, 'postfix-main', 1, main) };
  if (master !== undefined) docs.master = { uri: MASTER_URI, doc: TextDocument.create(MASTER_URI, 'postfix-master', 1, master) };
  return { ctx: { model, file: input.file, docs, hostDefaults: input.hostDefaults }, offset, text };
}

/** The cursor offset of `needle` in `text` plus `delta`; fails loudly when absent. */
export function offsetOf(text: string, needle: string, delta = 0): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`"${needle}" not in text`);
  return i + delta;
}
