/**
 * Document links: the files a configuration names open from the editor. Lookup tables of a
 * file-backed type (`hash:/etc/postfix/virtual`, `pcre:`, `texthash:`, a `mysql:` client
 * file, also inside `proxy:` and `unionmap:{...}`) and `*_file` / `*_files` settings
 * (certificates, keys), with `$config_directory` and friends expanded; relative names are
 * taken relative to config_directory.
 */
import type { DocumentLink } from 'vscode-languageserver-types';
import { parameterFact } from '../data/parameters';
import { CACHE_PARAMETERS } from '../analysis/caches';
import { tableTypeDoc } from '../data/tableTypes';
import type { ServiceModel } from '../model/config';
import { expandedValue, expandInContext } from '../model/effective';
import type { LogicalLine, Span } from '../parser/types';
import { type FeatureContext, ownDocument } from './context';
import { valueWords } from './position';

/** Wrappers whose argument is another table. */
const WRAPPERS = /^(?:(?:proxy|debug):)+/;

/** A file-like parameter: its words are paths (not sockets, not directories). */
function isFileParameter(name: string): boolean {
  if (/_files?$/.test(name) || /_CAfile$/.test(name)) return true;
  const type = parameterFact(name)?.type;
  return type === 'path' && name.endsWith('_file');
}

function fileUri(path: string): string {
  return 'file://' + path.split('/').map(encodeURIComponent).join('/');
}

/** The path a word names, or undefined: `type:path` of a file-backed type, or any path in a file parameter. */
function pathOf(word: string, fileParameter: boolean): { path: string; offset: number } | undefined {
  const wrapped = WRAPPERS.exec(word)?.[0].length ?? 0;
  const m = /^([a-z]+):(.+)$/.exec(word.slice(wrapped));
  if (m) {
    const doc = tableTypeDoc(m[1]);
    if (!doc || doc.file === 'none') return undefined;
    // Database clients take a file only when the name is a path (else a main.cf prefix).
    if (doc.file === 'config' && !m[2].includes('/')) return undefined;
    return { path: m[2], offset: wrapped + m[1].length + 1 };
  }
  if (fileParameter && word !== 'none' && !word.includes(':') && /[/.]/.test(word)) return { path: word, offset: 0 };
  return undefined;
}

export function documentLinks(ctx: FeatureContext): DocumentLink[] {
  const { doc } = ownDocument(ctx);
  const { model, hostDefaults } = ctx;
  const configDir = expandedValue(model, 'config_directory', undefined, hostDefaults);
  const base = configDir && !configDir.unknownNames.length ? configDir.value : '/etc/postfix';
  const links: DocumentLink[] = [];
  const scan = (name: string, text: string, line: LogicalLine, value: Span, service?: ServiceModel) => {
    // A cache has no text file to open: Postfix writes the table itself.
    if (parameterFact(name)?.raw || CACHE_PARAMETERS.has(name)) return;
    const fileParameter = isFileParameter(name);
    for (const w of valueWords(text, line, value)) {
      const found = pathOf(w.text, fileParameter);
      if (!found) continue;
      const expanded = found.path.includes('$') ? expandInContext(model, found.path, service, hostDefaults) : undefined;
      if (expanded && (expanded.unknownNames.length || expanded.undefinedNames.length || expanded.cycles.length)) continue;
      const path = expanded?.value ?? found.path;
      if (!path || /\s/.test(path)) continue;
      const absolute = path.startsWith('/') ? path : `${base.replace(/\/$/, '')}/${path}`;
      const start = w.start + found.offset;
      links.push({ range: { start: doc.positionAt(start), end: doc.positionAt(w.end) }, target: fileUri(absolute), tooltip: absolute });
    }
  };
  if (ctx.file === 'main') {
    for (const p of model.main?.parameters ?? []) scan(p.name, model.main!.text, p.logical, p.value);
  } else {
    for (const s of model.services) {
      for (const o of s.service.overrides) scan(o.name, model.master!.text, s.service.logical, { start: o.valueStart, end: o.valueEnd }, s);
    }
  }
  return links;
}
