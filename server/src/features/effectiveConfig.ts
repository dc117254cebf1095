/**
 * "Show effective configuration": what Postfix makes of a main.cf/master.cf pair, laid out as
 * postconf prints it (-n, -nx, -P, -Px), computed by our engine from the editor's text.
 * Nothing is run. Values Postfix computes on the host (myhostname, mydomain, build paths) are
 * not known here: references to them stay unexpanded and the header names them.
 */
import { hostDependentDefault } from '../data/hostDefaults';
import { parameterFact } from '../data/parameters';
import { atLeast, formatVersion } from '../data/versions';
import type { ConfigModel, ServiceModel } from '../model/config';
import { namespaceKey, overrideNamespaces } from '../model/namespaces';
import { dumpMain, dumpMaster } from '../model/dump';
import { effectiveValue } from '../model/effective';
import { expandValue } from '../model/expand';
import { normalizeWhitespace } from '../parser/lines';
import { formatSections, settingLine, type Section, type SectionKey } from './effectiveFormat';

export const ALL_SECTIONS: SectionKey[] = ['n', 'nx', 'P', 'Px'];

/** True when the built-in default of `name` depends on the host, the process or the build. */
export function isHostDependent(model: ConfigModel, name: string): boolean {
  const fact = parameterFact(name);
  if (!fact) return false;
  // The defaults a host or a build computes (install paths, the alias file, the lock methods,
  // the database type; data/hostDefaults.ts): the facts give one platform's value, which
  // another's postconf does not print.
  if (hostDependentDefault(name) || fact.status === 'read-only' || fact.default.includes('postconf -d')) return true;
  // Build-dependent defaults list their alternatives joined with ` || `.
  let current: string | undefined;
  for (const [since, value] of fact.history ?? []) if (atLeast(model.target, since)) current = value;
  return current?.includes(' || ') ?? false;
}

/** Expands as postconf -x, except that host-dependent defaults stay `$name` (recorded in `kept`). */
function expand(model: ConfigModel, name: string, text: string, service: ServiceModel | undefined, kept: Set<string>): string {
  if (parameterFact(name)?.raw) return text;
  const lookup = (n: string) => {
    // Each daemon knows its own service name and program name (postconf -Px shows them).
    if (service && n === 'service_name') return { text: service.name, raw: true };
    if (service && n === 'process_name') return { text: service.command, raw: true };
    const v = effectiveValue(model, n, service);
    if (!v) return undefined;
    if (v.source === 'default' && isHostDependent(model, n)) {
      kept.add(n);
      return { text: `$${n}`, raw: true };
    }
    return { text: v.text, nodes: v.nodes, raw: parameterFact(n)?.raw };
  };
  return expandValue(text, lookup).value;
}

/**
 * postconf reads both files for every command, so an error in either one stops -n and -P
 * alike: the problems that make it refuse the pair, with their file names.
 */
function fatalErrors(model: ConfigModel): string[] {
  const main = model.main ? dumpMain(model, 'main.cf').errors.map((e) => `main.cf, line ${e.line}: ${e.message}`) : [];
  const master = model.master ? dumpMaster(model, 'master.cf').errors.map((e) => `master.cf, line ${e.line}: ${e.message}`) : [];
  return [...main, ...master];
}

function mainSections(model: ConfigModel, keys: SectionKey[], kept: Set<string>): Section[] {
  const want = keys.filter((k) => k === 'n' || k === 'nx');
  if (!model.main) return want.map((key) => ({ key, lines: [], notes: ['main.cf is not open'] }));
  const dump = dumpMain(model, 'main.cf');
  return want.map((key) => ({
    key,
    lines: Object.entries(dump.parameters).map(([name, value]) => {
      if (key === 'n') return settingLine(name, value);
      const p = model.effective.get(name)!;
      return settingLine(name, normalizeWhitespace(expand(model, name, p.value.text, undefined, kept)));
    }),
  }));
}

function masterSections(model: ConfigModel, keys: SectionKey[], kept: Set<string>): Section[] {
  const want = keys.filter((k) => k === 'P' || k === 'Px');
  if (!model.master) return want.map((key) => ({ key, lines: [], notes: ['master.cf is not open'] }));
  const dump = dumpMaster(model, 'master.cf');
  const namespaces = overrideNamespaces(model).byService;
  return want.map((key) => {
    const lines: string[] = [];
    model.services.forEach((s, i) => {
      // postconf -P lists an entry only when it has -o settings of its own; entries with the
      // same name and type share one name space, shown merged for each of them.
      if (s.overrides.size === 0) return;
      for (const name of Object.keys(dump.services[i].overrides).sort()) {
        const text = key === 'P' ? dump.services[i].overrides[name] : normalizeWhitespace(expand(model, name, namespaces.get(namespaceKey(s))?.get(name)?.value ?? '', s, kept));
        lines.push(settingLine(`${s.name}/${s.type}/${name}`, text));
      }
    });
    return { key, lines };
  });
}

/** main.cf settings that postconf -n does not print: unused names and read-only parameters. */
function leftOut(model: ConfigModel): string[] {
  const out: string[] = [];
  for (const name of [...model.effective.keys()].sort()) {
    if (parameterFact(name)?.status === 'read-only') out.push(`${name} (read-only)`);
    else if (!model.usage.usedInMain(name)) out.push(`${name} (unused)`);
  }
  return out;
}

/** The sections of `keys` for `model`, and the host-dependent names left unexpanded. */
export function effectiveSections(model: ConfigModel, keys: SectionKey[] = ALL_SECTIONS): { sections: Section[]; unexpanded: string[] } {
  const errors = fatalErrors(model);
  if (errors.length > 0) {
    const notes = ['postconf stops with an error in these files; nothing is shown:', ...errors];
    return { sections: keys.map((key) => ({ key, lines: [], notes })), unexpanded: [] };
  }
  const kept = new Set<string>();
  const sections = [...mainSections(model, keys, kept), ...masterSections(model, keys, kept)];
  // In the order asked for.
  sections.sort((a, b) => keys.indexOf(a.key) - keys.indexOf(b.key));
  return { sections, unexpanded: [...kept].sort() };
}

/** The whole read-only document: a header that says what it is, then the sections. */
export function effectiveConfiguration(model: ConfigModel, opts: { directory: string; keys?: SectionKey[]; header?: boolean }): string {
  const { sections, unexpanded } = effectiveSections(model, opts.keys);
  if (opts.header === false) return formatSections(sections);
  const header = [
    `Effective configuration of ${opts.directory} as Postfix ${formatVersion(model.target)} reads it.`,
    'Computed by the Postfix language server from the text in the editor (unsaved changes included); no program was run.',
  ];
  const left = fatalErrors(model).length === 0 ? leftOut(model) : [];
  if (left.length > 0) header.push(`Left out, as postconf does: ${left.join(', ')}`);
  if (unexpanded.length > 0) header.push(`Left unexpanded (Postfix computes them on the host): ${unexpanded.map((n) => `$${n}`).join(', ')}`);
  return formatSections(sections, header);
}

/** The directory of a document URI, for the header: a path for file URIs, else the URI's own prefix. */
export function directoryLabel(uri: string): string {
  const file = /^file:\/\/[^/]*(\/.*)$/.exec(uri);
  const path = file ? decodeURIComponent(file[1]) : uri;
  const slash = path.lastIndexOf('/');
  return slash > 0 ? path.slice(0, slash) : path;
}

/** Keeps the section keys a client may send; anything else is dropped. */
export function sectionKeys(raw: unknown): SectionKey[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  return raw.filter((k): k is SectionKey => (ALL_SECTIONS as unknown[]).includes(k));
}
