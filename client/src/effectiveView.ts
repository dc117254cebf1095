/**
 * The two commands that show a configuration as Postfix reads it:
 * - "Show effective configuration": a read-only virtual document, computed by the server
 *   (request postfix/effectiveConfiguration) and refreshed as the files change;
 * - "Compare with local postconf" (trusted workspaces only): our reading next to what the
 *   local postconf prints for a private copy of the same files, in a diff editor.
 */
import {
  commands,
  EventEmitter,
  languages,
  Uri,
  window,
  workspace,
  type Disposable,
  type OutputChannel,
  type TextDocument,
  type TextDocumentContentProvider,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  EFFECTIVE_CONFIGURATION_REQUEST,
  type EffectiveConfigurationParams,
  type EffectiveConfigurationResult,
  type SectionKey,
} from '../../server/src/features/effectiveFormat';
import { findPostconf, postconfSections, withoutConfigDirectory } from './postconf';

export const EFFECTIVE_SCHEME = 'postfix-effective';
export const POSTCONF_SCHEME = 'postfix-postconf';
const LANGUAGES = ['postfix-main', 'postfix-master'];
const COMPARED: SectionKey[] = ['n', 'P'];

interface EffectiveQuery {
  source: string;
  sections?: SectionKey[];
  /** Comparison mode: no header, no config_directory (postconf -c always sets it). */
  compare?: boolean;
}

function directoryOf(uri: Uri): Uri {
  return Uri.joinPath(uri, '..');
}

/** Our reading of the configuration of `query.source`, from the server. */
class EffectiveProvider implements TextDocumentContentProvider {
  readonly changed = new EventEmitter<Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly client: LanguageClient) {}

  async provideTextDocumentContent(uri: Uri): Promise<string> {
    const query = JSON.parse(uri.query) as EffectiveQuery;
    const params: EffectiveConfigurationParams = { uri: query.source, sections: query.sections, header: !query.compare };
    const result = await this.client.sendRequest<EffectiveConfigurationResult | null>(EFFECTIVE_CONFIGURATION_REQUEST, params);
    if (!result) return `# ${Uri.parse(query.source).path} is no longer open.\n`;
    return query.compare ? withoutConfigDirectory(result.text) : result.text;
  }

  /** Refreshes every open view of the directory of `doc`. */
  refreshFor(doc: TextDocument): void {
    const dir = directoryOf(doc.uri).toString();
    for (const d of workspace.textDocuments) {
      if (d.uri.scheme !== EFFECTIVE_SCHEME) continue;
      const source = Uri.parse((JSON.parse(d.uri.query) as EffectiveQuery).source);
      if (directoryOf(source).toString() === dir) this.changed.fire(d.uri);
    }
  }
}

/** postconf's output, kept in memory per comparison. */
class PostconfProvider implements TextDocumentContentProvider {
  readonly texts = new Map<string, string>();
  provideTextDocumentContent(uri: Uri): string {
    return this.texts.get(uri.toString()) ?? '# This comparison is gone: run "Postfix: Compare with local postconf" again.\n';
  }
}

function activePostfixDocument(): TextDocument | undefined {
  const doc = window.activeTextEditor?.document;
  if (doc && LANGUAGES.includes(doc.languageId)) return doc;
  void window.showInformationMessage('Open a Postfix main.cf or master.cf first.');
  return undefined;
}

function siblingUri(doc: TextDocument, name: 'main.cf' | 'master.cf'): Uri {
  return Uri.joinPath(directoryOf(doc.uri), name);
}

/** The text of the directory's main.cf and master.cf: the editor's when open, else the file's. */
async function textsOf(doc: TextDocument): Promise<{ main?: string; master?: string }> {
  const read = async (kind: 'main' | 'master'): Promise<string | undefined> => {
    if (doc.languageId === `postfix-${kind}`) return doc.getText();
    if (doc.uri.scheme !== 'file') return undefined;
    const uri = siblingUri(doc, `${kind}.cf`);
    const open = workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    try {
      return new TextDecoder().decode(await workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
  };
  return { main: await read('main'), master: await read('master') };
}

/** Opens the other file of the directory (trusted workspaces only) so the server reads both together. */
async function openPartner(doc: TextDocument): Promise<void> {
  if (!workspace.isTrusted || doc.uri.scheme !== 'file') return;
  const uri = siblingUri(doc, doc.languageId === 'postfix-main' ? 'master.cf' : 'main.cf');
  try {
    await workspace.fs.stat(uri);
    await workspace.openTextDocument(uri);
  } catch {
    // No partner file: the view shows that it is not open.
  }
}

function effectiveUri(doc: TextDocument, query: EffectiveQuery, title: string): Uri {
  return Uri.joinPath(directoryOf(doc.uri), title).with({ scheme: EFFECTIVE_SCHEME, query: JSON.stringify(query) });
}

export function registerEffectiveView(client: LanguageClient): Disposable[] {
  const effective = new EffectiveProvider(client);
  const postconf = new PostconfProvider();
  let output: OutputChannel | undefined;
  let comparisons = 0;

  const show = async () => {
    const doc = activePostfixDocument();
    if (!doc) return;
    await openPartner(doc);
    const view = await workspace.openTextDocument(effectiveUri(doc, { source: doc.uri.toString() }, 'Effective configuration'));
    // main.cf colouring suits `name = value` and `service/type/name = value` lines alike.
    await window.showTextDocument(await languages.setTextDocumentLanguage(view, 'postfix-main'), { preview: false });
  };

  const compare = async () => {
    if (!workspace.isTrusted) {
      void window.showWarningMessage('Comparing with the local postconf runs a program: it is available in trusted workspaces only.');
      return;
    }
    const doc = activePostfixDocument();
    if (!doc) return;
    const configured = workspace.getConfiguration('postfix').get<string>('postconfPath', '');
    const bin = await findPostconf(configured);
    if (!bin) {
      const why = configured ? `postfix.postconfPath (${configured}) is not an executable file.` : 'No postconf on PATH or in /usr/sbin: install Postfix or set postfix.postconfPath.';
      void window.showErrorMessage(why);
      return;
    }
    await openPartner(doc);
    const directory = directoryOf(doc.uri).scheme === 'file' ? directoryOf(doc.uri).fsPath : directoryOf(doc.uri).toString();
    const result = await postconfSections(bin, await textsOf(doc), COMPARED, directory);
    const right = Uri.joinPath(directoryOf(doc.uri), `postconf ${++comparisons}`).with({ scheme: POSTCONF_SCHEME });
    postconf.texts.set(right.toString(), result.text);
    const left = effectiveUri(doc, { source: doc.uri.toString(), sections: COMPARED, compare: true }, 'Effective configuration (ours)');
    await commands.executeCommand('vscode.diff', left, right, `Postfix: our reading ↔ ${bin} (-n, -P)`);
    if (result.warnings.length > 0) {
      output ??= window.createOutputChannel('Postfix');
      output.appendLine(`${bin} -n / -P on a copy of ${directory}:`);
      for (const w of result.warnings) output.appendLine(`  ${w}`);
      void window.showWarningMessage(`postconf printed ${result.warnings.length} warning(s); see the "Postfix" output.`);
    }
  };

  return [
    workspace.registerTextDocumentContentProvider(EFFECTIVE_SCHEME, effective),
    workspace.registerTextDocumentContentProvider(POSTCONF_SCHEME, postconf),
    workspace.onDidChangeTextDocument((e) => {
      // Only the configuration files themselves: the views have the same language for colouring.
      if (LANGUAGES.includes(e.document.languageId) && ['file', 'untitled'].includes(e.document.uri.scheme)) effective.refreshFor(e.document);
    }),
    workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('postfix.version')) return;
      for (const d of workspace.textDocuments) if (d.uri.scheme === EFFECTIVE_SCHEME) effective.changed.fire(d.uri);
    }),
    workspace.onDidCloseTextDocument((d) => {
      if (d.uri.scheme === POSTCONF_SCHEME) postconf.texts.delete(d.uri.toString());
    }),
    commands.registerCommand('postfix.showEffectiveConfiguration', show),
    commands.registerCommand('postfix.compareWithPostconf', compare),
    { dispose: () => output?.dispose() },
  ];
}
