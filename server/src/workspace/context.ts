/**
 * Builds the context of a request-level feature (hover, completion, navigation) from the open
 * documents: the requested document and its directory partner are parsed at their current
 * versions first, so a request never sees an older model than the editor shows.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FileKind } from '../analysis/types';
import type { FeatureContext, OpenDocument } from '../features/context';
import type { HostDefaults } from '../model/effective';
import type { ServerSettings } from '../settings';
import { directoryOf, type DocumentStore } from './store';

export interface OpenDocuments {
  get(uri: string): TextDocument | undefined;
  all(): TextDocument[];
}

export function featureContext(
  store: DocumentStore,
  documents: OpenDocuments,
  uri: string,
  settings: ServerSettings,
  hostDefaults?: HostDefaults,
): FeatureContext | undefined {
  const own = documents.get(uri);
  if (!own) return undefined;
  for (const d of documents.all()) {
    if (d.uri === uri || directoryOf(d.uri) === directoryOf(uri)) store.update(d.uri, d.version, d.getText(), d.languageId);
  }
  const stored = store.get(uri);
  const model = store.model(uri, settings.version);
  if (!stored || !model) return undefined;
  const docs: Partial<Record<FileKind, OpenDocument>> = { [stored.kind]: { uri, doc: own } };
  const partner = store.partner(uri);
  const partnerDoc = partner && documents.get(partner.uri);
  if (partner && partnerDoc) docs[partner.kind] = { uri: partner.uri, doc: partnerDoc };
  return { model, file: stored.kind, docs, hostDefaults };
}
