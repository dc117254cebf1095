/**
 * What postconf evaluates when it reads a configuration, and which evaluation errors make it
 * refuse the configuration (postconf_user.c, postconf_dbms.c, postconf_builtin.c):
 *
 * - The value of every built-in parameter set in main.cf, and every built-in `-o` setting in
 *   its service's scope (its `-o` settings first, then main.cf, then defaults), is expanded the
 *   way Postfix programs will (only the branch a conditional takes, `$name` recursively), to
 *   find legacy database references in it. A syntax error on the way, a reference cycle or
 *   nesting deeper than 100 levels is fatal ("macro processing error").
 * - Some values are evaluated through the main.cf dictionary itself (dict_eval: `$name` finds
 *   only other main.cf settings, never a default), and an error there is fatal as well
 *   ("dictionary mail_dict: macro processing error"): smtpd_restriction_classes (the names
 *   listed are those of the result), and a service's `-o smtpd_restriction_classes` in that
 *   service's `-o` settings alone; myhostname when mydomain is not set (mydomain's default is
 *   myhostname without its first label); mydomain when myhostname is not set and the host's own
 *   name has no dot (myhostname's default is that name, a dot and mydomain); inet_interfaces,
 *   mynetworks_style and inet_protocols when mynetworks is not set (its default is computed
 *   from them).
 */
import { defaultIn, isBuiltin, parameterFact, serviceTemplateFor } from '../data/parameters';
import type { Version } from '../data/versions';
import { quote } from '../parser/lines';
import type { Parameter } from '../parser/mainCf';
import type { Override } from '../parser/masterCf';
import type { ParseProblem } from '../parser/types';
import { LEVEL, MacroScope, type MacroExpansion, type RawLookup } from './macro';
import type { OverrideNamespaces } from './namespaces';
import { LEGACY_NAMES } from './usage';

/** What the evaluation needs of the model (it runs before the model is complete). */
export interface StartupInput {
  target: Version;
  effective: ReadonlyMap<string, Parameter>;
  services: readonly { name: string; type: string; service: { logical: { firstLine: number } }; overrides: ReadonlyMap<string, Override> }[];
  serviceCommands: ReadonlyMap<string, ReadonlySet<string>>;
  /** The services' `-o` name spaces (see namespaces.ts). */
  namespaces: OverrideNamespaces;
  /** The host's own name (gethostname()), when known. */
  hostName?: string;
}

export type FatalProblem = { file: 'main' | 'master'; problem: ParseProblem; detail?: string };

export interface Startup {
  fatal: FatalProblem[];
  /** The expansions postconf scans for database references, per assignment. */
  expanded: Map<Parameter | Override, string>;
  /** main.cf's smtpd_restriction_classes, evaluated. */
  classes: string[];
  /** Each `-o smtpd_restriction_classes`, evaluated in its service's `-o` settings, by `name/type`. */
  serviceClasses: Map<string, string[]>;
}

/** True for a name that postconf expands as a parameter of its own (not a user-defined name). */
function isExpandedBuiltin(input: StartupInput, name: string): boolean {
  if (LEGACY_NAMES.has(name)) return false;
  return isBuiltin(name, input.target) || serviceTemplateFor(name, input.serviceCommands) !== undefined;
}

const HOST_DEPENDENT_DEFAULT = 'host-dependent';

/**
 * The defaults of myhostname and mydomain as postconf computes them (undefined: only the host
 * knows), with the main.cf dictionary evaluations that needs.
 */
function hostNames(input: StartupInput, dictEval: (p: Parameter) => MacroExpansion | undefined): { myhostname?: string; mydomain?: string } {
  const afterDot = (name: string) => (name.includes('.') ? name.slice(name.indexOf('.') + 1) : 'localdomain');
  const myhostname = input.effective.get('myhostname');
  const mydomain = input.effective.get('mydomain');
  let hostDefault: string | undefined;
  if (!myhostname && input.hostName !== undefined) {
    const r = !input.hostName.includes('.') && mydomain ? dictEval(mydomain) : undefined;
    hostDefault = input.hostName.includes('.') ? input.hostName : `${input.hostName}.${r ? r.value : 'localdomain'}`;
  }
  if (mydomain) return { myhostname: hostDefault };
  if (myhostname) {
    const r = dictEval(myhostname);
    return { mydomain: r ? afterDot(r.value) : undefined };
  }
  return { myhostname: hostDefault, mydomain: hostDefault === undefined ? undefined : afterDot(hostDefault) };
}

/**
 * The unexpanded value postconf finds for a name in main.cf's scope: the setting, else the
 * built-in default of the target release, else a service-defined default. Defaults that depend
 * on the host (myhostname, mydomain, mynetworks, ...) are never empty; their text does not
 * matter unless it is known.
 */
function globalLookup(input: StartupInput, hostDefaults: { myhostname?: string; mydomain?: string }): RawLookup {
  return (name) => {
    const fact = parameterFact(name);
    const p = fact?.status === 'read-only' ? undefined : input.effective.get(name);
    if (p) return { text: p.value.text };
    if (fact && isBuiltin(name, input.target)) {
      const known = name === 'myhostname' || name === 'mydomain' ? hostDefaults[name] : undefined;
      if (known !== undefined) return { text: known };
      return { text: fact.default.startsWith('see "postconf -d"') ? HOST_DEPENDENT_DEFAULT : defaultIn(fact, input.target) };
    }
    const template = serviceTemplateFor(name, input.serviceCommands);
    return template && { text: template.default };
  };
}

/** Services with the same name and type share one `-o` name space in postconf. */
function groupByNamespace<S extends { name: string; type: string }>(services: readonly S[]): Map<string, S[]> {
  const groups = new Map<string, S[]>();
  for (const s of services) {
    const key = `${s.name}/${s.type}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(s);
  }
  return groups;
}

/** A class list as postconf splits it. */
const classNames = (value: string) => value.split(/[, \t\r\n]+/).filter((c) => c !== '');

export function evaluateAtStartup(input: StartupInput): Startup {
  const fatal: FatalProblem[] = [];
  const expanded = new Map<Parameter | Override, string>();
  const seen = new Set<string>();
  const report = (
    file: 'main' | 'master',
    at: { start: number; end: number; expr: { problems: { start: number; end: number }[] } },
    line: number,
    message: string,
    detail?: string,
  ) => {
    // The parser's first problem in that value is more precise, unless a cycle or the nesting
    // depth (which the parser cannot see) is the reason.
    const first = /^unreasonable/.test(message) ? undefined : at.expr.problems[0];
    const span = first ?? at;
    const key = `${file}:${span.start}:${span.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    fatal.push({ file, problem: { code: 'syntax-error', message: `macro processing error: ${message}`, start: span.start, end: span.end, line, fatal: true }, detail });
  };
  const explain = (r: MacroExpansion): string => {
    const cycle = r.cycles[0];
    return cycle ? `${r.error!.message} ($${cycle.join(' refers to $')})` : r.error!.message;
  };
  const reportMain = (root: Parameter, r: MacroExpansion, detail?: string) => {
    const holder = (r.error?.inName !== undefined && input.effective.get(r.error.inName)) || root;
    report('main', holder.value, holder.logical.firstLine + 1, explain(r), detail);
  };

  // Evaluations through the main.cf dictionary (config_directory is always in it). Their errors
  // are reported after those of the ordinary expansions, which say the same more plainly.
  const mainDict = new MacroScope((name) => {
    const p = input.effective.get(name);
    return p ? { text: p.value.text } : name === 'config_directory' ? { text: '/etc/postfix' } : undefined;
  });
  const dictErrors: (() => void)[] = [];
  const dictEval = (p: Parameter, why: string): MacroExpansion => {
    const r = mainDict.expand(p.value.text);
    if (r.error) dictErrors.push(() => reportMain(p, r, `(postconf evaluates ${p.name} with main.cf settings alone, ${why})`));
    return r;
  };
  const restrictionClasses = input.effective.get('smtpd_restriction_classes');
  const classes = restrictionClasses ? classNames(dictEval(restrictionClasses, 'to find the restriction classes').value) : [];
  const hostDefaults = hostNames(input, (p) =>
    dictEval(p, p.name === 'myhostname' ? 'for the default of mydomain' : `for the default of myhostname, as the host name ${quote(input.hostName ?? '')} has no dot`),
  );
  if (!input.effective.has('mynetworks')) {
    for (const name of ['inet_interfaces', 'mynetworks_style', 'inet_protocols']) {
      const p = input.effective.get(name);
      if (p) dictEval(p, 'for the default of mynetworks');
    }
  }

  const mainScope = new MacroScope(globalLookup(input, hostDefaults));
  for (const p of input.effective.values()) {
    const fact = parameterFact(p.name);
    if (!isExpandedBuiltin(input, p.name) || fact?.raw || fact?.status === 'read-only') continue;
    const r = mainScope.expand(p.value.text);
    expanded.set(p, r.value);
    if (r.error) reportMain(p, r);
    else if (p.name === 'compatibility_level' && !LEVEL.test(r.value)) {
      // Defaults compare against the level with <level operators, which then fail.
      report('main', p.value, p.logical.firstLine + 1, `malformed compatibility level syntax: ${quote(r.value)}`);
    }
  }

  for (const flush of dictErrors) flush();

  const global = globalLookup(input, hostDefaults);
  const serviceClasses = new Map<string, string[]>();
  for (const [key, group] of groupByNamespace(input.services)) {
    // The name space as postconf builds it: every -o setting of its entries, the last one winning.
    const all = input.namespaces.byService.get(key)!;
    const local = new Map<string, Override>();
    for (const [name, o] of all) if (parameterFact(name)?.status !== 'read-only') local.set(name, o);
    const valueOf = (x: Override) => ({ start: x.valueStart, end: x.valueEnd, expr: x.expr });
    const line = group[0].service.logical.firstLine + 1;
    const scope = new MacroScope((name) => {
      const o = local.get(name);
      return o ? { text: o.value } : global(name);
    });
    for (const s of group) {
      for (const o of s.overrides.values()) {
        // A later entry set this name again: postconf never evaluates the value it replaced.
        if (all.get(o.name) !== o) continue;
        const fact = parameterFact(o.name);
        if (!isExpandedBuiltin(input, o.name) || fact?.raw || fact?.status === 'read-only') continue;
        const r = scope.expand(o.value);
        expanded.set(o, r.value);
        if (!r.error) continue;
        const inName = r.error.inName;
        const holder = inName !== undefined ? local.get(inName) : o;
        if (holder) report('master', valueOf(holder), s.service.logical.firstLine + 1, explain(r));
        else if (inName !== undefined && input.effective.get(inName)) reportMain(input.effective.get(inName)!, r);
        else report('master', valueOf(o), s.service.logical.firstLine + 1, explain(r));
      }
    }
    // Reported after the ordinary expansions above, which say the same more plainly.
    const classSetting = all.get('smtpd_restriction_classes');
    if (classSetting) {
      const dict = new MacroScope((name) => {
        const o = all.get(name);
        return o ? { text: o.value } : undefined;
      });
      const r = dict.expand(classSetting.value);
      const holder = (r.error?.inName !== undefined && all.get(r.error.inName)) || classSetting;
      if (r.error) report('master', valueOf(holder), line, explain(r), `(postconf evaluates smtpd_restriction_classes of ${key} with its -o settings alone)`);
      serviceClasses.set(key, classNames(r.value));
    }
  }
  return { fatal, expanded, classes, serviceClasses };
}
