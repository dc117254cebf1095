/**
 * Effective values: what a service (or main.cf) really uses for a parameter, after `-o`
 * overrides, main.cf settings and the built-in default of the target release, and the same
 * value with every `$name` expanded as postconf -x does.
 */
import { defaultIn, parameterFact, serviceTemplateFor } from '../data/parameters';
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
  if (p) return { name, text: p.value.text, source: 'main', parameter: p, nodes: p.value.expr.nodes };
  const host = hostDefaults?.get(name);
  if (host !== undefined) return { name, text: host, source: 'default' };
  const fact = parameterFact(name);
  if (fact && fact.status !== 'removed') return { name, text: defaultIn(fact, model.target), source: 'default' };
  const template = serviceTemplateFor(name, model.usage.serviceCommands);
  if (template) return { name, text: template.default, source: 'default' };
  return undefined;
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
      return v && { text: v.text, nodes: v.nodes, raw: parameterFact(name)?.raw };
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
  if (parameterFact(name)?.raw) return { value: effective.text, undefinedNames: [], cycles: [], effective };
  return { ...expandInContext(model, effective.text, service, hostDefaults, effective.nodes), effective };
}
