/**
 * Typed access to the parameter facts and our documentation of them. Everything that needs
 * to know about a parameter (analysis, hover, completion) goes through this module.
 */
import { loadDocs, type AllDocs } from './docs/load';
import type { ParamDoc } from './docs/types';
import type { ParameterFact, ServiceParameterFact } from './parameterTypes';
import { patchDefaults } from './patchDefaults';
import { PARAMETERS, SERVICE_PARAMETERS } from './parameters.generated';
import { atLeast, compareVersions, formatVersion, parseVersion, type Version } from './versions';

export type { ParameterFact, ServiceParameterFact } from './parameterTypes';
export type { ParamDoc } from './docs/types';

const byName = new Map<string, ParameterFact>(PARAMETERS.map((p) => [p.name, p]));
let loadedDocs: AllDocs | undefined;
/** The documentation, loaded on first use (in the bundles it is dist/docs.json). */
function docs(): AllDocs {
  return (loadedDocs ??= loadDocs());
}

export function allParameters(): readonly ParameterFact[] {
  return PARAMETERS;
}

export function parameterFact(name: string): ParameterFact | undefined {
  return byName.get(name);
}

export function parameterDoc(name: string): ParamDoc | undefined {
  const params = docs().params;
  return Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
}

export function serviceTemplates(): readonly ServiceParameterFact[] {
  return SERVICE_PARAMETERS;
}

export function serviceTemplateDoc(suffix: string): ParamDoc | undefined {
  const key = `<service>${suffix}`;
  const templates = docs().templates;
  return Object.prototype.hasOwnProperty.call(templates, key) ? templates[key] : undefined;
}

/** True when release `target` has the parameter (introduced or backported, not yet removed). */
export function existsIn(fact: ParameterFact, target: Version): boolean {
  if (fact.removedIn && atLeast(target, fact.removedIn)) return false;
  if (!fact.since || atLeast(target, fact.since)) return true;
  return (fact.backportedTo ?? []).some((b) => {
    const v = parseVersion(b);
    return v !== undefined && v[0] === target[0] && v[1] === target[1] && compareVersions(target, v) >= 0;
  });
}

/** True when postconf of release `target` knows the name as a built-in parameter. */
export function isBuiltin(name: string, target: Version): boolean {
  const fact = byName.get(name);
  return fact !== undefined && isBuiltinFact(fact, target);
}

/** isBuiltin for the name of `fact`, when the fact is at hand. */
export function isBuiltinFact(fact: ParameterFact, target: Version): boolean {
  return fact.status !== 'service-defined' && existsIn(fact, target);
}

/**
 * The built-in default of `name` in release `target`, from the per-release default history
 * (falls back to the documented default). The history holds the C source values: booleans
 * as 1/0, and build-dependent alternatives joined with ` || `, of which the documented
 * default (else the first) is the usual build.
 */
export function defaultIn(fact: ParameterFact, target: Version): string {
  const release = formatVersion(target);
  let byFact = defaults.get(release);
  if (!byFact) defaults.set(release, (byFact = new Map()));
  let value = byFact.get(fact);
  if (value === undefined) {
    if (byFact.size >= 10000) byFact.clear();
    byFact.set(fact, (value = computeDefault(fact, target)));
  }
  return value;
}

/** defaultIn per release and parameter: the facts never change, and rules ask again and again. */
const defaults = new Map<string, Map<ParameterFact, string>>();

function computeDefault(fact: ParameterFact, target: Version): string {
  let value: string | undefined;
  for (const [since, def] of fact.history ?? []) {
    if (atLeast(target, since)) value = def;
  }
  // A patch release of the target's own line may have changed it after the X.Y.0 release.
  for (const [release, def] of patchDefaults(fact.name)) {
    const v = parseVersion(release)!;
    if (v[0] === target[0] && v[1] === target[1] && compareVersions(target, v) >= 0) value = def;
  }
  // A renamed (legacy) name stays known to postconf after it left the default tables, with an
  // empty default: `postconf -d fallback_relay` prints `fallback_relay =`.
  if (value === '(absent)' && fact.status === 'renamed') return '';
  if (value === undefined || value === '(absent)') return fact.default;
  return sourceDefault(fact, value);
}

/**
 * The default per release where it changed, as defaultIn reads each entry; `undefined` marks
 * releases whose tables do not have the name.
 */
export function defaultHistory(fact: ParameterFact): { since: string; value: string | undefined }[] {
  const out: { since: string; value: string | undefined }[] = [];
  for (const [since, def] of fact.history ?? []) {
    const value = def === '(absent)' ? undefined : sourceDefault(fact, def);
    if (out.length === 0 || out[out.length - 1].value !== value) out.push({ since, value });
  }
  return out;
}

function sourceDefault(fact: ParameterFact, value: string): string {
  const alternatives = value.split(' || ').map((v) => (fact.type === 'boolean' ? sourceBoolean(v) : v));
  return alternatives.find((v) => v === fact.default) ?? alternatives[0];
}

function sourceBoolean(value: string): string {
  return value === '1' ? 'yes' : value === '0' ? 'no' : value;
}

/** The templates by the last character of their suffix, so that a name meets only a few of them. */
const templatesByLastChar: ServiceParameterFact[][] = [];
for (const t of SERVICE_PARAMETERS) (templatesByLastChar[t.suffix.charCodeAt(t.suffix.length - 1)] ??= []).push(t);
const NO_TEMPLATES: readonly ServiceParameterFact[] = Object.freeze([]);

/** The templates whose `<service><suffix>` form `name` has (a non-empty service), in table order. */
export function templatesEndingName(name: string): readonly ServiceParameterFact[] {
  const bucket = templatesByLastChar[name.charCodeAt(name.length - 1)];
  if (!bucket) return NO_TEMPLATES;
  let out: ServiceParameterFact[] | undefined;
  for (const t of bucket) if (name.length > t.suffix.length && name.endsWith(t.suffix)) (out ??= []).push(t);
  return out ?? NO_TEMPLATES;
}

/**
 * If `name` is `<service><suffix>` for a service in `services` whose command registers that
 * template, returns the template.
 */
export function serviceTemplateFor(
  name: string,
  services: ReadonlyMap<string, ReadonlySet<string>>,
): ServiceParameterFact | undefined {
  // Indexed: a for-of here allocated an iterator per call (most names end no template).
  const templates = templatesEndingName(name);
  for (let i = 0; i < templates.length; i++) {
    const t = templates[i];
    const commands = services.get(name.slice(0, name.length - t.suffix.length));
    if (commands && t.commands.some((c) => commands.has(c))) return t;
  }
  return undefined;
}
