/**
 * Which parameter names count as used, by postconf's rules (syntax-facts.md section 9):
 * built-in names, service-defined names of master.cf services, restriction classes, names
 * referenced as `$name` anywhere, and legacy database-client settings `<prefix>_<key>`.
 */
import { isBuiltin, parameterFact, serviceTemplateFor } from '../data/parameters';
import type { Version } from '../data/versions';
import type { ExprNode } from '../parser/types';
import { addDbmsPrefixes, isDbmsKey } from './dbms';
import { MacroScope } from './macro';

/**
 * Legacy names postconf still accepts but relabels as user-defined (its legacy table), so their
 * values are neither scanned for database references nor evaluated at start-up.
 */
export const LEGACY_NAMES: ReadonlySet<string> = new Set(['virtual_maps', 'fallback_relay', 'authorized_verp_clients', 'smtpd_client_connection_limit_exceptions']);

export interface Assignment {
  name: string;
  /** Raw value as stored. */
  value: string;
  /** The value's expression; absent for a value without `$`. */
  nodes?: ExprNode[];
  /** The expanded value postconf reads for database references (built-in parameters only); absent: none. */
  expanded?: string;
  /** The value has a `$` expression problem, where postconf's scan of it stops. */
  broken?: boolean;
}

export interface UsageInput {
  target: Version;
  /** Effective main.cf assignments (last one wins). */
  main: Assignment[];
  /** smtpd_restriction_classes of main.cf as postconf evaluates it (a list of names). */
  classes?: readonly string[];
  /**
   * Per master.cf service: its effective `-o` assignments and command basename. Entries with
   * the same name and type share one `-o` name space in postconf (`type` tells them apart);
   * `classes`: the name space's own `-o smtpd_restriction_classes`, evaluated.
   */
  services: { name: string; type?: string; command: string; overrides: Assignment[]; classes?: readonly string[] }[];
}

export interface Usage {
  /** True when `name` counts as used for a main.cf assignment. */
  usedInMain(name: string): boolean;
  /** True when `name` counts as used for a `-o` assignment of service number `index`. */
  usedInService(index: number, name: string): boolean;
  /** Service name to the set of command basenames that run under it. */
  serviceCommands: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Adds the names of every reference in `nodes`, nested ones included, to `names`. */
function addReferencedNames(nodes: ExprNode[], names: Set<string>): void {
  for (const n of nodes) {
    if (n.kind === 'ref') {
      names.add(n.name);
      if (n.conditional) {
        addReferencedNames(n.conditional.value, names);
        if (n.conditional.otherwise) addReferencedNames(n.conditional.otherwise, names);
      }
    } else if (n.kind === 'relational') {
      addReferencedNames(n.left, names);
      addReferencedNames(n.right, names);
      addReferencedNames(n.ifTrue, names);
      addReferencedNames(n.ifFalse, names);
    }
  }
}

/** The names postconf's scan of a value with an expression problem meets before it stops there. */
export function scannedNames(value: string): string[] {
  return new MacroScope(() => undefined).scan(value).names;
}

/** Master.cf service names to the command basenames that run under them. */
export function serviceCommandsOf(services: readonly { name: string; command: string }[]): Map<string, Set<string>> {
  const serviceCommands = new Map<string, Set<string>>();
  for (const s of services) {
    if (!serviceCommands.has(s.name)) serviceCommands.set(s.name, new Set());
    serviceCommands.get(s.name)!.add(s.command);
  }
  return serviceCommands;
}

export function computeUsage(input: UsageInput): Usage {
  // No closure here may read `input`: the answers below would keep it, every assignment of the
  // file with it (1 MB at 100,000 lines), alive as long as the model.
  const target = input.target;
  const serviceCommands = serviceCommandsOf(input.services);
  const globalRefs = new Set<string>();
  const mainPrefixes = new Map<string, Set<string>>();
  // `$name` references count from every value; database references from the expansions of
  // built-in ones (they name `<prefix>_<key>` settings, as many references would). A
  // restriction class validates its name=value as a reference does.
  const scan = (a: Assignment, refs: Set<string>, prefixes: Map<string, Set<string>>) => {
    // Raw values are not scanned; read-only assignments are dropped before the scan (postconf).
    const fact = parameterFact(a.name);
    if (fact?.raw || fact?.status === 'read-only') return;
    // References start with `$`: a value without one has none (and no nodes).
    if (a.broken) for (const n of scannedNames(a.value)) refs.add(n);
    else if (a.nodes) addReferencedNames(a.nodes, refs);
    if (a.expanded !== undefined) addDbmsPrefixes(a.expanded, prefixes, target);
  };
  for (const a of input.main) scan(a, globalRefs, mainPrefixes);
  for (const c of input.classes ?? []) globalRefs.add(c);
  const mainRefs = new Set(globalRefs);
  // A `$name` in a service's -o value validates that service's own `name=value` when it has
  // one, and main.cf's otherwise; it never validates another service's -o (postconf_user.c).
  type Namespace = { refs: Set<string>; defined: Set<string>; prefixes: Map<string, Set<string>> };
  const namespaces = new Map<string, Namespace>();
  const serviceNamespaces = input.services.map((s) => {
    const key = `${s.name}/${s.type ?? ''}`;
    const ns = namespaces.get(key) ?? { refs: new Set<string>(), defined: new Set<string>(), prefixes: new Map() };
    namespaces.set(key, ns);
    for (const a of s.overrides) (scan(a, ns.refs, ns.prefixes), ns.defined.add(a.name));
    for (const c of s.classes ?? []) ns.refs.add(c);
    return ns;
  });
  for (const ns of namespaces.values()) for (const r of ns.refs) if (!ns.defined.has(r)) globalRefs.add(r);
  const withPrefixes = [...namespaces.values()].filter((ns) => ns.prefixes.size > 0);
  const usedCommon = (name: string) => isBuiltin(name, target) || serviceTemplateFor(name, serviceCommands) !== undefined;
  return {
    serviceCommands,
    usedInMain: (name) =>
      usedCommon(name) ||
      globalRefs.has(name) ||
      isDbmsKey(name, mainPrefixes) ||
      withPrefixes.some((ns) => !ns.defined.has(name) && isDbmsKey(name, ns.prefixes)),
    usedInService: (index, name) => {
      const ns = serviceNamespaces[index];
      return usedCommon(name) || (ns?.refs.has(name) ?? false) || mainRefs.has(name) || isDbmsKey(name, mainPrefixes) || (ns ? isDbmsKey(name, ns.prefixes) : false);
    },
  };
}
