/**
 * The configuration as Postfix sees it: a main.cf and/or a master.cf of one directory, read
 * together for one target release. Built once per pair of document versions and shared by
 * the rules, the features and the CLI.
 */
import type { Version } from '../data/versions';
import type { MainCf, Parameter } from '../parser/mainCf';
import type { MasterCf, Override, Service } from '../parser/masterCf';
import type { ExprNode, ParseProblem } from '../parser/types';
import { namespaceKey, namespacesOf } from './namespaces';
import { evaluateAtStartup } from './startup';
import { computeUsage, serviceCommandsOf, type Assignment, type Usage } from './usage';

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
  /**
   * Problems with `$` expressions that make postconf refuse the configuration; `detail` says
   * why postconf evaluates the value when that is not obvious.
   */
  fatalExpressionProblems: { file: 'main' | 'master'; problem: ParseProblem; detail?: string }[];
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `expr`: undefined for a value without `$` (it has neither references nor problems), so `nodes` is absent exactly then. */
function toAssignment(name: string, value: string, expr: { nodes: ExprNode[]; problems: unknown[] } | undefined, expanded: string | undefined): Assignment {
  return { name, value, nodes: expr?.nodes, expanded, broken: expr !== undefined && expr.problems.length > 0 };
}

/** `hostName`: the host's own name, which postconf uses when myhostname is not set (unknown when absent). */
export function buildModel(input: { main?: MainCf; master?: MasterCf; target: Version; targetAssumed?: boolean; hostName?: string }): ConfigModel {
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
  const serviceCommands = serviceCommandsOf(services);
  const namespaces = namespacesOf(services);
  const startup = evaluateAtStartup({ target: input.target, effective, services, serviceCommands, namespaces, hostName: input.hostName });
  // A loop, not [...effective.values()].map(): V8 deoptimised that spread on every large file
  // ("out of bounds"), and the rest of buildModel then ran unoptimised.
  const main: Assignment[] = [];
  for (const p of effective.values()) main.push(toAssignment(p.name, p.value.text, p.value.plain ? undefined : p.value.expr, startup.expanded.get(p)));
  const usage = computeUsage({
    target: input.target,
    main,
    classes: startup.classes,
    services: services.map((s) => ({
      name: s.name,
      type: s.type,
      command: s.command,
      // Only what the name space keeps: a later entry's -o of a name replaces an earlier entry's,
      // whose value postconf never scans.
      overrides: [...s.overrides.values()]
        .filter((o) => namespaces.byService.get(namespaceKey(s))!.get(o.name) === o)
        .map((o) => toAssignment(o.name, o.value, o.plain ? undefined : o.expr, startup.expanded.get(o))),
      classes: startup.serviceClasses.get(`${s.name}/${s.type}`),
    })),
  });
  return { ...input, effective, overridden, services, usage, fatalExpressionProblems: startup.fatal };
}
