/**
 * Effective values: what a service (or main.cf) really uses for a parameter, after `-o`
 * overrides, main.cf settings and the built-in default of the target release, and the same
 * value with every `$name` expanded as postconf -x does.
 */
import { hostDependentDefault, type HostDependentDefault } from '../data/hostDefaults';
import { defaultIn, isBuiltin, parameterFact, serviceTemplateFor, type ParameterFact } from '../data/parameters';
import type { Parameter } from '../parser/mainCf';
import type { Override } from '../parser/masterCf';
import type { ExprNode } from '../parser/types';
import type { ConfigModel, ServiceModel } from './config';
import { expandValue, type ExpandResult } from './expand';

export interface EffectiveValue {
  name: string;
  /** The value before expansion. */
  text: string;
  source: 'override' | 'main' | 'default';
  parameter?: Parameter;
  override?: Override;
  nodes?: ExprNode[];
  /** A default only the host knows (myhostname, build paths without a concrete default); `text` is then not the value. */
  unknown?: true;
}

/**
 * Host- or build-dependent defaults (myhostname, mydomain, paths) that the facts describe in
 * words; callers that know the real values (a local postconf, a test) can supply them.
 */
export type HostDefaults = ReadonlyMap<string, string>;

export function effectiveValue(
  model: ConfigModel,
  name: string,
  service?: ServiceModel,
  hostDefaults?: HostDefaults,
): EffectiveValue | undefined {
  const o = service?.overrides.get(name);
  if (o) return { name, text: o.value, source: 'override', override: o, nodes: o.expr.nodes };
  const p = model.effective.get(name);
  // A plain value's nodes are its text: left out, they need not be made (see ParsedValue).
  if (p) return { name, text: p.value.text, source: 'main', parameter: p, nodes: p.value.plain ? undefined : p.value.expr.nodes };
  return defaultValue(model, name, service, hostDefaults);
}

/**
 * The built-in default of `name` for the target release. Legacy (renamed) names and names
 * the release does not know have none: postconf expands them to nothing.
 */
function defaultValue(model: ConfigModel, name: string, service: ServiceModel | undefined, hostDefaults?: HostDefaults): EffectiveValue | undefined {
  const fact = parameterFact(name);
  if (fact && fact.status !== 'renamed' && isBuiltin(name, model.target)) {
    const dependent = hostDependentDefault(name);
    if (!dependent) return { name, text: defaultIn(fact, model.target), source: 'default' };
    return hostDependentValue(model, name, dependent, fact, service, hostDefaults);
  }
  const template = serviceTemplateFor(name, model.usage.serviceCommands);
  if (template) return { name, text: template.default, source: 'default' };
  return undefined;
}

/** Set while mydomain is being derived from myhostname (which may refer back to mydomain). */
let derivingDomain = false;

function hostDependentValue(
  model: ConfigModel,
  name: string,
  dependent: HostDependentDefault,
  fact: ParameterFact,
  service: ServiceModel | undefined,
  hostDefaults?: HostDefaults,
): EffectiveValue {
  const known = (text: string): EffectiveValue => ({ name, text, source: 'default' });
  if (service && name === 'service_name') return known(service.name);
  if (service && name === 'process_name') return known(service.command);
  const isSet = (n: string) => service?.overrides.has(n) || model.effective.has(n);
  // myhostname may itself refer to $mydomain: derive mydomain from it only once per chain.
  if (name === 'mydomain' && isSet('myhostname') && !derivingDomain) {
    derivingDomain = true;
    let host;
    try {
      host = expandedValue(model, 'myhostname', service, hostDefaults);
    } finally {
      derivingDomain = false;
    }
    if (host && host.unknownNames.length === 0 && host.cycles.length === 0) {
      // postconf's rule: the host name without its first label, or localdomain without a dot.
      const dot = host.value.indexOf('.');
      return known(dot < 0 ? 'localdomain' : host.value.slice(dot + 1));
    }
  }
  const fromHost = hostDefaults?.get(name);
  if (fromHost !== undefined && !(dependent.inputs ?? []).some(isSet)) return known(fromHost);
  const text = dependent.usual ?? defaultIn(fact, model.target);
  const described = text === fact.default && /^(see |\()/.test(text);
  if (dependent.dependence === 'host' || text === '' || described) return { ...known(text), unknown: true };
  return known(text);
}

/** Expands `text` (or parsed `nodes`) in the context of `service` (or main.cf when absent). */
export function expandInContext(
  model: ConfigModel,
  text: string,
  service?: ServiceModel,
  hostDefaults?: HostDefaults,
  nodes?: ExprNode[],
): ExpandResult {
  return expandValue(
    text,
    (name) => {
      const v = effectiveValue(model, name, service, hostDefaults);
      return v && { text: v.text, nodes: v.nodes, raw: parameterFact(name)?.raw, unknown: v.unknown };
    },
    nodes,
  );
}

/** The effective value of `name`, expanded. Undefined when the name has no value anywhere. */
export function expandedValue(
  model: ConfigModel,
  name: string,
  service?: ServiceModel,
  hostDefaults?: HostDefaults,
): (ExpandResult & { effective: EffectiveValue }) | undefined {
  const effective = effectiveValue(model, name, service, hostDefaults);
  if (!effective) return undefined;
  if (effective.unknown) return { value: '', undefinedNames: [], cycles: [], unknownNames: [name], effective };
  if (parameterFact(name)?.raw) return { value: effective.text, undefinedNames: [], cycles: [], unknownNames: [], effective };
  return { ...expandInContext(model, effective.text, service, hostDefaults, effective.nodes), effective };
}
