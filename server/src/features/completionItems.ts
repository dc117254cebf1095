/**
 * Completion items shared by main.cf and master.cf: parameter names (for a line start or
 * after `-o`), values by parameter type, and `$name` references. Documentation is attached
 * lazily (completionItem/resolve) through `data`.
 */
import { CompletionItemKind, CompletionItemTag, InsertTextFormat, type CompletionItem, type Range } from 'vscode-languageserver-types';
import { allParameters, defaultIn, existsIn, isBuiltin, parameterDoc, parameterFact, serviceTemplates } from '../data/parameters';
import { RESTRICTIONS } from '../data/restrictions';
import { TABLE_TYPES } from '../data/tableTypes';
import { TLS_PROTOCOLS } from '../data/tlsProtocols';
import { atLeast, formatVersion } from '../data/versions';
import type { ConfigModel, ServiceModel } from '../model/config';
import { lineNumber } from './lineNumbers';
import { isRestrictionList, restrictionClasses } from './valueDocs';

/**
 * What completionItem/resolve needs to find the documentation again (the name is the item's
 * label). The same for every item of a list, so a client that takes list defaults gets it once.
 */
export interface CompletionData {
  uri: string;
  service?: number;
}

function completionData(uri: string, service: ServiceModel | undefined): CompletionData {
  return service ? { uri, service: service.index } : { uri };
}

/** Escapes text for an LSP snippet placeholder. */
export function snippetText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** Name prefixes that belong to other daemons than the service's command (not offered after `-o`). */
const FOREIGN_PREFIXES: Record<string, string[]> = {
  smtpd: ['smtp_', 'lmtp_', 'postscreen_', 'tlsproxy_'],
  smtp: ['smtpd_', 'lmtp_', 'postscreen_', 'tlsproxy_'],
  lmtp: ['smtpd_', 'smtp_', 'postscreen_', 'tlsproxy_'],
  postscreen: ['smtp_', 'lmtp_', 'tlsproxy_'],
};
const OWN_PREFIX: Record<string, string> = { smtpd: 'smtpd_', smtp: 'smtp_', lmtp: 'lmtp_', postscreen: 'postscreen_', pipe: 'pipe_', local: 'local_', virtual: 'virtual_' };

const lineOf = (model: ConfigModel, offset: number) => lineNumber(model, 'main', offset);

/** A default short and concrete enough to serve as the snippet placeholder. */
function placeholder(value: string): string {
  return value.length <= 60 && !/^(see |\()/.test(value) ? value : '';
}

export interface NameOptions {
  uri: string;
  range: Range;
  /** True when an `=` already follows on the line: insert the bare name. */
  bare: boolean;
  /** For `-o` on a master.cf service: filter by its command and insert `name=`. */
  service?: ServiceModel;
}

/**
 * A name to offer, with the texts of its item: the built-in entries are made once per release
 * (a list has ~850), so a request builds none of these texts again.
 */
interface NameEntry {
  name: string;
  deprecated: boolean;
  /** Type and default. */
  detail: string;
  /** `name = ${1:default}` for main.cf. */
  snippet: string;
}

function nameEntry(name: string, type: string, def: string, deprecated: boolean): NameEntry {
  return { name, deprecated, detail: `${type} · default ${def === '' ? '(empty)' : def}`, snippet: snippetOf(name, def) };
}

/** The built-in names offered for a target release and service command, computed once for each. */
const builtinNamesCache = new Map<string, readonly NameEntry[]>();

function builtinNames(model: ConfigModel, command: string): readonly NameEntry[] {
  const key = `${formatVersion(model.target)}|${command}`;
  let names = builtinNamesCache.get(key);
  if (!names) {
    const foreign = FOREIGN_PREFIXES[command] ?? [];
    const list: NameEntry[] = [];
    for (const fact of allParameters()) {
      if (!isBuiltin(fact.name, model.target) || fact.status === 'read-only' || fact.status === 'removed') continue;
      if (foreign.some((p) => fact.name.startsWith(p))) continue;
      const deprecated = ['deprecated', 'renamed', 'ignored', 'obsolete'].includes(fact.status);
      list.push(nameEntry(fact.name, fact.type, defaultIn(fact, model.target), deprecated));
    }
    builtinNamesCache.set(key, (names = list));
  }
  return names;
}

/**
 * Whether an item is a parameter name (nameItems gives them, and only them, this kind): their
 * detail can be left to completionItem/resolve (see nameDetail).
 */
export function isNameItem(item: CompletionItem): boolean {
  return item.kind === CompletionItemKind.Property;
}

/** The names offered where `service` (or main.cf) takes settings: built-in ones and per-service templates. */
function nameEntries(model: ConfigModel, service: ServiceModel | undefined): NameEntry[] {
  const names = [...builtinNames(model, service?.command ?? '')];
  if (!service) {
    for (const [name, commands] of model.usage.serviceCommands) {
      for (const t of serviceTemplates()) {
        const templated = name + t.suffix;
        if (t.commands.some((c) => commands.has(c)) && !isBuiltin(templated, model.target)) names.push(nameEntry(templated, t.type, t.default, false));
      }
    }
  }
  return names;
}

/** `name = ${1:default}`: the default as a placeholder to type over, or the cursor after `=`. */
function snippetOf(name: string, def: string): string {
  const value = placeholder(def);
  return value ? `${name} = \${1:${snippetText(value)}}` : `${name} = $0`;
}

/** A name item's detail (type and default), for completionItem/resolve when the list left it out. */
export function nameDetail(model: ConfigModel, name: string, service: ServiceModel | undefined): string | undefined {
  const entry = nameEntries(model, service).find((e) => e.name === name);
  return entry?.detail;
}

export function nameItems(model: ConfigModel, options: NameOptions): CompletionItem[] {
  const own = OWN_PREFIX[options.service?.command ?? ''];
  const names = nameEntries(model, options.service);
  const data = completionData(options.uri, options.service);
  return names.map((entry) => {
    const { name, deprecated } = entry;
    const setAt = options.service ? options.service.overrides.get(name) : model.effective.get(name);
    const item: CompletionItem = {
      label: name,
      kind: CompletionItemKind.Property,
      detail: entry.detail,
      sortText: `${setAt ? 2 : own && name.startsWith(own) ? 0 : 1}${name}`,
      data,
    };
    if (setAt) item.labelDetails = { description: options.service ? 'already set on this service' : `already set, line ${lineOf(model, setAt.start)}` };
    if (deprecated) item.tags = [CompletionItemTag.Deprecated];
    if (options.service) {
      item.textEdit = { range: options.range, newText: options.bare ? name : `${name}=` };
    } else if (options.bare) {
      item.textEdit = { range: options.range, newText: name };
    } else {
      item.insertTextFormat = InsertTextFormat.Snippet;
      item.textEdit = { range: options.range, newText: entry.snippet };
    }
    return item;
  });
}

function simple(label: string, range: Range, kind: CompletionItemKind, documentation?: string, detail?: string): CompletionItem {
  const item: CompletionItem = { label, kind, textEdit: { range, newText: label } };
  if (documentation) item.documentation = { kind: 'markdown', value: documentation };
  if (detail) item.detail = detail;
  return item;
}

/** Protocol list words in the syntax the target release understands. */
function protocolItems(model: ConfigModel, range: Range): CompletionItem[] {
  const known = Object.entries(TLS_PROTOCOLS).filter(([, d]) => !d.since || atLeast(model.target, d.since));
  const words: [string, string][] = [];
  if (atLeast(model.target, '3.6')) {
    for (const [name, d] of known) if (!d.insecure) words.push([`>=${name}`, `lowest version ${name}: ${d.text}`]);
  }
  for (const [name, d] of known) words.push([`!${name}`, `exclude ${name}: ${d.text}`]);
  return words.map(([w, doc]) => simple(w, range, CompletionItemKind.EnumMember, doc));
}

function tableItems(model: ConfigModel, range: Range): CompletionItem[] {
  return Object.entries(TABLE_TYPES)
    .filter(([, d]) => !d.since || atLeast(model.target, d.since))
    .map(([type, d]) => simple(`${type}:`, range, CompletionItemKind.Module, d.text, 'lookup table type'));
}

function restrictionItems(model: ConfigModel, range: Range, previous: string | undefined): CompletionItem[] {
  const before = previous ? RESTRICTIONS[previous] : undefined;
  if (before?.argument === 'type:table') return tableItems(model, range);
  const items = Object.entries(RESTRICTIONS)
    .filter(([, d]) => !d.replacedBy && (!d.since || atLeast(model.target, d.since)))
    .map(([word, d]) => {
      const item = simple(word, range, CompletionItemKind.Function, d.text + (d.caution ? `\n\n**Caution:** ${d.caution}` : ''), d.argument ? `restriction ${d.argument}` : 'restriction');
      if (d.deprecatedSince && atLeast(model.target, d.deprecatedSince)) item.tags = [CompletionItemTag.Deprecated];
      return item;
    });
  for (const c of restrictionClasses(model)) items.push(simple(c, range, CompletionItemKind.Class, undefined, 'restriction class'));
  return items;
}

/** Values for parameter `name` by its type; `previous` is the word before the cursor's word. */
export function valueItems(model: ConfigModel, name: string, range: Range, previous?: string): CompletionItem[] {
  const fact = parameterFact(name);
  if (isRestrictionList(model, name)) return restrictionItems(model, range, previous);
  if (!fact) return [];
  const def = defaultIn(fact, model.target);
  const mark = (w: string) => (w === def ? `default in Postfix ${formatVersion(model.target)}` : undefined);
  if (fact.type === 'boolean') return ['yes', 'no'].map((w) => simple(w, range, CompletionItemKind.Value, undefined, mark(w)));
  const docs = parameterDoc(name)?.values ?? {};
  // Enumerations whose facts describe the words in prose still have them in our documentation.
  const words = fact.allowed ?? (fact.type.startsWith('enum') ? Object.keys(docs) : undefined);
  if (words) {
    return words.filter((w) => w !== '(empty)' && !w.startsWith('<')).map((w) => simple(w, range, CompletionItemKind.EnumMember, docs[w], mark(w)));
  }
  if (fact.type === 'tls-protocol-list') return protocolItems(model, range);
  if (fact.type === 'maps' || fact.type === 'map') return tableItems(model, range);
  return [];
}

/** `$name` completion: user-defined names first, then every parameter of the target release. */
export function referenceItems(model: ConfigModel, range: Range, uri: string, service?: ServiceModel): CompletionItem[] {
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  const data = completionData(uri, service);
  const add = (name: string, sort: number, detail: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    items.push({ label: name, kind: CompletionItemKind.Variable, detail, sortText: `${sort}${name}`, textEdit: { range, newText: name }, data });
  };
  const own = (name: string) => (isBuiltin(name, model.target) ? 1 : 0);
  for (const name of service?.overrides.keys() ?? []) add(name, own(name), 'set on this service');
  for (const [name, p] of model.effective) add(name, own(name), `${own(name) ? 'set' : 'user-defined'}, line ${lineOf(model, p.start)}`);
  for (const fact of allParameters()) if (existsIn(fact, model.target) && fact.status !== 'removed') add(fact.name, 2, fact.type);
  return items;
}
