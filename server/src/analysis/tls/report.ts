/**
 * Where TLS findings go: at the line that sets the value (the `-o` override or the main.cf
 * line); for a value that comes from a default, at the service entry, or in main.cf at the
 * most relevant line. An override that shadows a main.cf line points at it as related
 * information. One finding per rule and place: services that share a main.cf line get one.
 */
import { defaultIn, parameterFact } from '../../data/parameters';
import type { ConfigModel, ServiceModel } from '../../model/config';
import type { Override } from '../../parser/masterCf';
import type { Span } from '../../parser/types';
import type { FileKind, Finding, RelatedInfo } from '../types';
import type { Setting } from './context';

export interface Site extends Span {
  file: FileKind;
}

/** The span of an explicit setting: `-o name=value` in master.cf, or the whole main.cf setting. */
export function settingSite(model: ConfigModel, s: Setting): Site | undefined {
  if (s.source === 'override' && s.override) return { file: 'master', start: s.override.start, end: overrideEnd(model, s.override) };
  if (s.source === 'main' && s.parameter) return { file: 'main', start: s.parameter.start, end: s.parameter.end };
  return undefined;
}

/** Where a `-o` ends: after the closing brace of the long form `-o { name = value }`. */
export function overrideEnd(model: ConfigModel, o: Override): number {
  if (o.form !== 'long' || !model.master) return o.end;
  const m = /^\s*\}/.exec(model.master.text.slice(o.end, o.end + 200));
  return m ? o.end + m[0].length : o.end;
}

/** The first line of a master.cf entry, from the service name to the command. */
export function serviceSite(service: ServiceModel): Site {
  return { file: 'master', start: service.service.start, end: service.service.fields[7].end };
}

/** A zero-width site at the start of main.cf, for problems of main.cf as a whole. */
export function mainFileSite(): Site {
  return { file: 'main', start: 0, end: 0 };
}

/**
 * The main.cf line most relevant to a setting: the setting itself when explicit; for a default
 * that depends on compatibility_level, that line; else the start of main.cf.
 */
export function mainSite(model: ConfigModel, s: Setting): Site {
  const own = settingSite(model, s);
  if (own) return own;
  const compat = model.effective.get('compatibility_level');
  const fact = parameterFact(s.name);
  if (compat && fact && /compatibility_level/.test(defaultIn(fact, model.target))) return { file: 'main', start: compat.start, end: compat.end };
  return mainFileSite();
}

/** The site of `s` when explicit, else the service entry, else `fallback()`. */
export function siteOr(model: ConfigModel, s: Setting, service: ServiceModel | undefined, fallback: () => Site): Site {
  return settingSite(model, s) ?? (service ? serviceSite(service) : fallback());
}

/** The main.cf line a `-o` override shadows, as related information. */
export function shadowed(model: ConfigModel, s: Setting): RelatedInfo[] {
  if (s.source !== 'override' || !s.service) return [];
  const p = model.effective.get(s.name);
  if (!p) return [];
  return [{ file: 'main', start: p.start, end: p.end, message: `main.cf sets ${p.name} = ${p.value.normalized}; the ${s.service.name} service overrides it` }];
}

/** Related information pointing at an explicit setting. */
export function relatedTo(model: ConfigModel, s: Setting, message: string): RelatedInfo[] {
  const site = settingSite(model, s);
  return site ? [{ ...site, message }] : [];
}

/** Collects findings, keeping the first one for each place, and only in files that are there. */
export class FindingSet {
  /** Made with the first finding: most rules find nothing. */
  private byPlace?: Map<string, Finding>;

  constructor(private readonly model: ConfigModel) {}

  has(site: Site): boolean {
    return this.byPlace?.has(key(site)) ?? false;
  }

  add(site: Site, finding: Omit<Finding, 'file' | 'start' | 'end'>): void {
    const k = key(site);
    if (this.byPlace?.has(k) || !(site.file === 'main' ? this.model.main : this.model.master)) return;
    (this.byPlace ??= new Map()).set(k, { file: site.file, start: site.start, end: site.end, ...finding });
  }

  /**
   * Adds a finding at an explicit setting; a `-o` that shadows a main.cf line gets that line as
   * related information.
   */
  addAt(s: Setting, finding: Omit<Finding, 'file' | 'start' | 'end'>): void {
    const site = settingSite(this.model, s);
    if (!site) return;
    const related = [...(finding.related ?? []), ...shadowed(this.model, s)];
    this.add(site, related.length > 0 ? { ...finding, related } : finding);
  }

  list(): Finding[] {
    return this.byPlace ? [...this.byPlace.values()] : [];
  }
}

function key(site: Site): string {
  return `${site.file}:${site.start}:${site.end}`;
}

/** "3.6" from a version array. */
export function versionText(v: number[]): string {
  return v.join('.');
}
