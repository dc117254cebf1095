/**
 * The open Postfix documents, parsed once per version, and the configuration model of each
 * directory (its main.cf and master.cf read together), rebuilt only when one of them changes.
 */
import { hostname } from 'node:os';
import { buildModel, type ConfigModel } from '../model/config';
import { kindFromPath, type ConfigKind } from '../model/documents';
import { isTargetAssumed, resolveTarget } from '../model/target';
import { parseMainCf, type MainCf } from '../parser/mainCf';
import { parseMasterCf, type MasterCf } from '../parser/masterCf';

/** As postconf on this machine: myhostname's default is the host's name. */
const HOST_NAME = hostname();

export interface StoredDocument {
  uri: string;
  version: number;
  kind: ConfigKind;
  text: string;
  parsed: MainCf | MasterCf;
}

export function kindOf(uri: string, languageId?: string): ConfigKind | undefined {
  if (languageId === 'postfix-main') return 'main';
  if (languageId === 'postfix-master') return 'master';
  // indexOf, not /[?#].*$/: that pattern backtracks quadratically on a long URI full of '?'.
  const cut = uri.search(/[?#]/);
  const path = cut < 0 ? uri : uri.slice(0, cut);
  try {
    return kindFromPath(decodeURIComponent(path));
  } catch {
    return kindFromPath(path);
  }
}

export function directoryOf(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/') + 1);
}

export class DocumentStore {
  private readonly docs = new Map<string, StoredDocument>();
  /** The model of each main.cf and master.cf pair (shared by both), with the stored versions it was built from. */
  private readonly models = new Map<string, { main?: StoredDocument; master?: StoredDocument; version: string; model: ConfigModel }>();

  /** Parses and stores a document version. Returns undefined for a document that is not Postfix's. */
  update(uri: string, version: number, text: string, languageId?: string): StoredDocument | undefined {
    const kind = kindOf(uri, languageId);
    if (!kind) return undefined;
    const existing = this.docs.get(uri);
    if (existing && existing.version === version && existing.text === text) return existing;
    const parsed = kind === 'main' ? parseMainCf(text) : parseMasterCf(text);
    const doc = { uri, version, kind, text, parsed };
    this.docs.set(uri, doc);
    return doc;
  }

  /** Forgets a closed document, and the models that hold its parse. */
  remove(uri: string): void {
    this.docs.delete(uri);
    for (const [pair, m] of this.models) if (m.main?.uri === uri || m.master?.uri === uri) this.models.delete(pair);
  }

  get(uri: string): StoredDocument | undefined {
    return this.docs.get(uri);
  }

  /** The other-kind document of the same directory, if open. */
  partner(uri: string): StoredDocument | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    const dir = directoryOf(uri);
    for (const other of this.docs.values()) {
      if (other.kind !== doc.kind && directoryOf(other.uri) === dir) return other;
    }
    return undefined;
  }

  /** The model of the directory of `uri`, for the target version setting `version`. */
  model(uri: string, version: string): ConfigModel | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    const partner = this.partner(uri);
    const main = doc.kind === 'main' ? doc : partner;
    const master = doc.kind === 'master' ? doc : partner;
    const pair = `${main?.uri}|${master?.uri}`;
    const cached = this.models.get(pair);
    if (cached && cached.main === main && cached.master === master && cached.version === version) return cached.model;
    const mainCf = main?.parsed as MainCf | undefined;
    const model = buildModel({
      main: mainCf,
      master: master?.parsed as MasterCf | undefined,
      target: resolveTarget(version, mainCf),
      targetAssumed: isTargetAssumed(version),
      hostName: HOST_NAME,
    });
    // A document belongs to one pair at a time: drop the model of its previous pair (say, main.cf
    // alone before its master.cf was opened), which would keep an old parse alive.
    for (const [other, m] of this.models) {
      if (other !== pair && ((main && m.main?.uri === main.uri) || (master && m.master?.uri === master.uri))) this.models.delete(other);
    }
    this.models.set(pair, { main, master, version, model });
    return model;
  }
}
