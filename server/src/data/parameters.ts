/**
 * Typed access to the parameter facts and our documentation of them. Everything that needs
 * to know about a parameter (analysis, hover, completion) goes through this module.
 */
import { docs as general1 } from './docs/params-general-1';
import { docs as general2 } from './docs/params-general-2';
import { docs as general3 } from './docs/params-general-3';
import { docs as tls1 } from './docs/params-tls-1';
import { docs as tls2 } from './docs/params-tls-2';
import { docs as templates } from './docs/service-templates';
import type { ParamDoc } from './docs/types';
import type { ParameterFact, ServiceParameterFact } from './parameterTypes';
import { PARAMETERS, SERVICE_PARAMETERS } from './parameters.generated';
import { atLeast, compareVersions, parseVersion, type Version } from './versions';

export type { ParameterFact, ServiceParameterFact } from './parameterTypes';
export type { ParamDoc } from './docs/types';

const byName = new Map<string, ParameterFact>(PARAMETERS.map((p) => [p.name, p]));
const allDocs: Record<string, ParamDoc> = { ...general1, ...general2, ...general3, ...tls1, ...tls2 };

export function allParameters(): readonly ParameterFact[] {
  return PARAMETERS;
}

export function parameterFact(name: string): ParameterFact | undefined {
  return byName.get(name);
}

export function parameterDoc(name: string): ParamDoc | undefined {
  return allDocs[name];
}

export function serviceTemplates(): readonly ServiceParameterFact[] {
  return SERVICE_PARAMETERS;
}

export function serviceTemplateDoc(suffix: string): ParamDoc | undefined {
  return templates[`<service>${suffix}`];
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
  return fact !== undefined && fact.status !== 'service-defined' && existsIn(fact, target);
}

/**
 * The built-in default of `name` in release `target`, from the per-release default history
 * (falls back to the documented default).
 */
export function defaultIn(fact: ParameterFact, target: Version): string {
  let value: string | undefined;
  for (const [since, def] of fact.history ?? []) {
    if (atLeast(target, since)) value = def;
  }
  if (value === undefined || value === '(absent)') return fact.default;
  // Build-dependent alternatives: the first is the usual build.
  const first = value.split(' || ')[0];
  // The history keeps booleans as the C default macros write them; postconf prints yes/no.
  if (fact.type === 'boolean' && (first === '0' || first === '1')) return first === '1' ? 'yes' : 'no';
  return first;
}

/**
 * If `name` is `<service><suffix>` for a service in `services` whose command registers that
 * template, returns the template.
 */
export function serviceTemplateFor(
  name: string,
  services: ReadonlyMap<string, ReadonlySet<string>>,
): ServiceParameterFact | undefined {
  for (const t of SERVICE_PARAMETERS) {
    if (!name.endsWith(t.suffix) || name.length === t.suffix.length) continue;
    const commands = services.get(name.slice(0, name.length - t.suffix.length));
    if (commands && t.commands.some((c) => commands.has(c))) return t;
  }
  return undefined;
}
