/**
 * The configuration as Postfix sees it: a main.cf and/or a master.cf of one directory, read
 * together for one target release. Built once per pair of document versions and shared by
 * the rules, the features and the CLI.
 */
import { defaultIn, isBuiltin, parameterFact, serviceTemplateFor } from '../data/parameters';
import type { Version } from '../data/versions';
import type { MainCf, Parameter } from '../parser/mainCf';
import type { MasterCf, Override, Service } from '../parser/masterCf';
import type { ParseProblem } from '../parser/types';
import { quote } from '../parser/lines';
import { LEVEL, MacroScope, type MacroExpansion, type RawLookup } from './macro';
import { computeUsage, LEGACY_NAMES, type Assignment, type Usage } from './usage';

export interface ServiceModel {
  service: Service;
  index: number;
  name: string;
  type: string;
  /** Basename of the command (`smtpd`, `smtp`, `pipe`, ...). */
  command: string;
  /** Effective `-o` settings: the last one of a name wins. */
  overrides: Map<string, Override>;
}

export interface ConfigModel {
  target: Version;
  /** True when `target` was not given explicitly (it is the newest release or the compatibility_level's). */
  targetAssumed?: boolean;
  main?: MainCf;
  master?: MasterCf;
  /** Effective main.cf settings: the last assignment of a name wins. */
  effective: Map<string, Parameter>;
  /** Every assignment that a later one of the same name overrides, with the one that wins. */
  overridden: { earlier: Parameter; later: Parameter }[];
  services: ServiceModel[];
  usage: Usage;
  /** Problems with `$` expressions that make postconf refuse the configuration. */
  fatalExpressionProblems: { file: 'main' | 'master'; problem: ParseProblem }[];
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function toAssignment(name: string, value: string, nodes: Assignment['nodes']): Assignment {
  return { name, value, nodes };
}

export function buildModel(input: { main?: MainCf; master?: MasterCf; target: Version; targetAssumed?: boolean }): ConfigModel {
  const effective = new Map<string, Parameter>();
  const overridden: ConfigModel['overridden'] = [];
  for (const p of input.main?.parameters ?? []) {
    const earlier = effective.get(p.name);
    if (earlier) overridden.push({ earlier, later: p });
    effective.set(p.name, p);
  }
  const services: ServiceModel[] = (input.master?.services ?? [])
    .filter((s) => s.fields.length >= 8)
    .map((service, index) => {
      const overrides = new Map<string, Override>();
      for (const o of service.overrides) overrides.set(o.name, o);
      return {
        service,
        index,
        name: service.fields[0].text,
        type: service.fields[1].text,
        command: basename(service.fields[7].text),
        overrides,
      };
    });
  const usage = computeUsage({
    target: input.target,
    main: [...effective.values()].map((p) => toAssignment(p.name, p.value.text, p.value.expr.nodes)),
    services: services.map((s) => ({
      name: s.name,
      type: s.type,
      command: s.command,
      overrides: [...s.overrides.values()].map((o) => toAssignment(o.name, o.value, o.expr.nodes)),
    })),
  });
  const model: ConfigModel = { ...input, effective, overridden, services, usage, fatalExpressionProblems: [] };
  model.fatalExpressionProblems = findFatalExpressionProblems(model);
  return model;
}

/** True for a name that postconf expands as a parameter of its own (not a user-defined name). */
function isExpandedBuiltin(model: ConfigModel, name: string): boolean {
  if (LEGACY_NAMES.has(name)) return false;
  return isBuiltin(name, model.target) || serviceTemplateFor(name, model.usage.serviceCommands) !== undefined;
}

/**
 * The unexpanded value postconf finds for a name in main.cf's scope: the setting, else the
 * built-in default of the target release, else a service-defined default. Defaults that depend
 * on the host (myhostname, mydomain, mynetworks, ...) are never empty; their text does not matter.
 */
function globalLookup(model: ConfigModel): RawLookup {
  return (name) => {
    const fact = parameterFact(name);
    const p = fact?.status === 'read-only' ? undefined : model.effective.get(name);
    if (p) return { text: p.value.text };
    if (fact && isBuiltin(name, model.target)) {
      return { text: fact.default.startsWith('see "postconf -d"') ? HOST_DEPENDENT_DEFAULT : defaultIn(fact, model.target) };
    }
    const template = serviceTemplateFor(name, model.usage.serviceCommands);
    return template && { text: template.default };
  };
}

const HOST_DEPENDENT_DEFAULT = 'host-dependent';


/**
 * postconf evaluates the value of every built-in parameter set in main.cf, and every built-in
 * `-o` setting of master.cf in its service's scope (its `-o` settings first, then main.cf), the
 * way Postfix programs will: only the branch a conditional takes, `$name` recursively. A syntax
 * error met on the way, a reference cycle or nesting deeper than 100 levels makes postconf refuse
 * the configuration. The problem is reported at the value that holds it.
 */
function findFatalExpressionProblems(model: ConfigModel): ConfigModel['fatalExpressionProblems'] {
  const result: ConfigModel['fatalExpressionProblems'] = [];
  const seen = new Set<string>();
  const report = (file: 'main' | 'master', at: { start: number; end: number; expr: { problems: { start: number; end: number }[] } }, line: number, message: string) => {
    // The parser's first problem in that value is more precise, unless a cycle or the nesting
    // depth (which the parser cannot see) is the reason.
    const first = /^unreasonable/.test(message) ? undefined : at.expr.problems[0];
    const span = first ?? at;
    const key = `${file}:${span.start}:${span.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    result.push({ file, problem: { code: 'syntax-error', message: `macro processing error: ${message}`, start: span.start, end: span.end, line, fatal: true } });
  };
  const explain = (r: MacroExpansion): string => {
    const cycle = r.cycles[0];
    return cycle ? `${r.error!.message} ($${cycle.join(' refers to $')})` : r.error!.message;
  };
  const mainScope = new MacroScope(globalLookup(model));
  const reportMain = (root: Parameter, r: MacroExpansion) => {
    const holder = (r.error?.inName !== undefined && model.effective.get(r.error.inName)) || root;
    report('main', holder.value, holder.logical.firstLine + 1, explain(r));
  };
  for (const p of model.effective.values()) {
    // Text without `$` expands to itself without error; only compatibility_level is checked further.
    if (p.value.text.indexOf('$') < 0 && p.name !== 'compatibility_level') continue;
    const fact = parameterFact(p.name);
    if (!isExpandedBuiltin(model, p.name) || fact?.raw || fact?.status === 'read-only') continue;
    const r = mainScope.expand(p.value.text);
    if (r.error) reportMain(p, r);
    else if (p.name === 'compatibility_level' && !LEVEL.test(r.value)) {
      // Defaults compare against the level with <level operators, which then fail.
      report('main', p.value, p.logical.firstLine + 1, `malformed compatibility level syntax: ${quote(r.value)}`);
    }
  }
  const global = globalLookup(model);
  for (const [, group] of groupByNamespace(model.services)) {
    const local = new Map<string, Override>();
    for (const s of group) for (const [name, o] of s.overrides) if (parameterFact(name)?.status !== 'read-only') local.set(name, o);
    const scope = new MacroScope((name) => {
      const o = local.get(name);
      return o ? { text: o.value } : global(name);
    });
    for (const s of group) {
      for (const o of s.overrides.values()) {
        if (o.value.indexOf('$') < 0) continue;
        const fact = parameterFact(o.name);
        if (!isExpandedBuiltin(model, o.name) || fact?.raw || fact?.status === 'read-only') continue;
        const r = scope.expand(o.value);
        if (!r.error) continue;
        const inName = r.error.inName;
        const holder = inName !== undefined ? local.get(inName) : o;
        const valueOf = (x: Override) => ({ start: x.valueStart, end: x.valueEnd, expr: x.expr });
        if (holder) report('master', valueOf(holder), s.service.logical.firstLine + 1, explain(r));
        else if (inName !== undefined && model.effective.get(inName)) reportMain(model.effective.get(inName)!, r);
        else report('master', valueOf(o), s.service.logical.firstLine + 1, explain(r));
      }
    }
  }
  return result;
}

/** Services with the same name and type share one `-o` name space in postconf. */
function groupByNamespace(services: ServiceModel[]): Map<string, ServiceModel[]> {
  const groups = new Map<string, ServiceModel[]>();
  for (const s of services) {
    const key = `${s.name}/${s.type}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(s);
  }
  return groups;
}
