/**
 * The configuration as Postfix sees it: a main.cf and/or a master.cf of one directory, read
 * together for one target release. Built once per pair of document versions and shared by
 * the rules, the features and the CLI.
 */
import { isBuiltin, parameterFact, serviceTemplateFor } from '../data/parameters';
import type { Version } from '../data/versions';
import type { MainCf, Parameter } from '../parser/mainCf';
import type { MasterCf, Override, Service } from '../parser/masterCf';
import type { ParseProblem } from '../parser/types';
import { computeUsage, referencedNames, type Assignment, type Usage } from './usage';

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
  return isBuiltin(name, model.target) || serviceTemplateFor(name, model.usage.serviceCommands) !== undefined;
}

/**
 * postconf expands the value of every built-in parameter, and with it every user-defined
 * parameter those values reach through `$name`; a malformed expression there is fatal. In a
 * value nothing expands, the same problem is only a warning.
 */
function findFatalExpressionProblems(model: ConfigModel): ConfigModel['fatalExpressionProblems'] {
  const reached = new Set<string>();
  const queue: string[] = [];
  const visit = (nodes: Assignment['nodes']) => {
    for (const n of referencedNames(nodes)) if (!reached.has(n)) (reached.add(n), queue.push(n));
  };
  for (const p of model.effective.values()) {
    if (isExpandedBuiltin(model, p.name) && !parameterFact(p.name)?.raw) visit(p.value.expr.nodes);
  }
  for (const s of model.services) {
    for (const o of s.overrides.values()) if (isExpandedBuiltin(model, o.name) && !parameterFact(o.name)?.raw) visit(o.expr.nodes);
  }
  while (queue.length > 0) {
    const p = model.effective.get(queue.pop()!);
    if (p) visit(p.value.expr.nodes);
  }
  const result: ConfigModel['fatalExpressionProblems'] = [];
  const fatal = (name: string) => !parameterFact(name)?.raw && (isExpandedBuiltin(model, name) || reached.has(name));
  for (const p of model.effective.values()) {
    const first = p.value.expr.problems[0];
    if (first && fatal(p.name)) {
      result.push({ file: 'main', problem: macroProblem(first, p.logical.firstLine + 1) });
    }
  }
  for (const s of model.services) {
    for (const o of s.overrides.values()) {
      const first = o.expr.problems[0];
      if (first && isExpandedBuiltin(model, o.name) && !parameterFact(o.name)?.raw) {
        result.push({ file: 'master', problem: macroProblem(first, s.service.logical.firstLine + 1) });
      }
    }
  }
  return result;
}

function macroProblem(p: { start: number; end: number; message: string }, line: number): ParseProblem {
  return { code: 'syntax-error', message: `macro processing error: ${p.message}`, start: p.start, end: p.end, line, fatal: true };
}
