/**
 * Every `name = value` of a configuration in one shape, whether it is a main.cf line or a
 * master.cf `-o` override, so that rules about parameters treat both alike.
 */
import { isBuiltinFact, parameterFact, type ParameterFact } from '../data/parameters';
import type { Version } from '../data/versions';
import type { ServiceModel, ConfigModel } from '../model/config';
import { Derived } from '../model/derived';
import { namespaceKey, overrideNamespaces } from '../model/namespaces';
import type { Parameter } from '../parser/mainCf';
import type { Override } from '../parser/masterCf';
import { NO_PROBLEMS } from '../parser/expression';
import type { ExprNode, ExprProblem, Span } from '../parser/types';
import { lastStartingAtOrBefore } from '../search';
import { documentOf } from './edits';
import type { FileKind } from './types';

export interface Setting extends Span {
  file: FileKind;
  name: string;
  /** The value as Postfix stores it (raw, not whitespace-normalized). */
  value: string;
  /** True when the value has no `$`: no references, no expression problems (its nodes are its text). */
  plain: boolean;
  nameStart: number;
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
  nodes: ExprNode[];
  problems: ExprProblem[];
  /** True for the assignment that counts: the last one of its name in its file or service. */
  effective: boolean;
  /** The facts about the name, if Postfix knows it in any release. */
  fact?: ParameterFact;
  /** True when the target release has the name as a built-in parameter. */
  builtin: boolean;
  /** The service of a `-o` override. */
  service?: ServiceModel;
  parameter?: Parameter;
  override?: Override;
}

/**
 * The setting of a main.cf parameter: a view of the parameter, which holds the positions and
 * texts (a large file has one per line, and copying nine fields into each cost 88 bytes apiece).
 */
class MainSetting implements Setting {
  constructor(
    readonly parameter: Parameter,
    readonly effective: boolean,
    readonly fact: ParameterFact | undefined,
    readonly builtin: boolean,
  ) {}

  get file(): FileKind {
    return 'main';
  }
  get name(): string {
    return this.parameter.name;
  }
  get value(): string {
    return this.parameter.value.text;
  }
  get start(): number {
    return this.parameter.start;
  }
  get end(): number {
    return this.parameter.end;
  }
  get nameStart(): number {
    return this.parameter.nameStart;
  }
  get nameEnd(): number {
    return this.parameter.nameEnd;
  }
  get valueStart(): number {
    return this.parameter.value.start;
  }
  get valueEnd(): number {
    return this.parameter.value.end;
  }
  get plain(): boolean {
    return this.parameter.value.plain;
  }
  get nodes(): ExprNode[] {
    return this.parameter.value.expr.nodes;
  }
  get problems(): ExprProblem[] {
    // A plain value's nodes are made only when asked for (see ParsedValue); it has no problems.
    return this.parameter.value.plain ? NO_PROBLEMS : this.parameter.value.expr.problems;
  }
}

function fromParameter(p: Parameter, effective: boolean, target: Version): Setting {
  const fact = parameterFact(p.name);
  return new MainSetting(p, effective, fact, fact !== undefined && isBuiltinFact(fact, target));
}

function fromOverride(o: Override, service: ServiceModel, target: Version): Setting {
  const fact = parameterFact(o.name);
  return {
    file: 'master',
    name: o.name,
    value: o.value,
    start: o.start,
    end: o.end,
    nameStart: o.nameStart,
    nameEnd: o.nameEnd,
    valueStart: o.valueStart,
    valueEnd: o.valueEnd,
    plain: o.plain,
    nodes: o.expr.nodes,
    problems: o.expr.problems,
    effective: service.overrides.get(o.name) === o,
    fact,
    builtin: fact !== undefined && isBuiltinFact(fact, target),
    service,
    override: o,
  };
}

interface Settings {
  main: Setting[];
  overrides: Setting[];
  all: Setting[];
  /** The setting of each `-o` override, made on first use. */
  byOverride?: Map<Override, Setting>;
}

/** Built once per model: every rule walks the same settings (the model does not change). */
const cache = new Derived<Settings>();

function settingsOf(model: ConfigModel): Settings {
  let entry = cache.get(model);
  if (!entry) {
    const main: Setting[] = [];
    for (const p of model.main?.parameters ?? []) main.push(fromParameter(p, model.effective.get(p.name) === p, model.target));
    const overrides: Setting[] = [];
    for (const s of model.services) for (const o of s.service.overrides) overrides.push(fromOverride(o, s, model.target));
    entry = { main, overrides, all: overrides.length === 0 ? main : main.concat(overrides) };
    cache.set(model, entry);
  }
  return entry;
}

/** The setting of a main.cf parameter: the settings are in document order, so a binary search by offset. */
function settingOfParameter(main: readonly Setting[], p: Parameter): Setting | undefined {
  const s = lastStartingAtOrBefore(main, p.start, (x) => x.start);
  return s?.parameter === p ? s : undefined;
}

/** Every main.cf assignment, in document order. */
export function mainSettings(model: ConfigModel): readonly Setting[] {
  return settingsOf(model).main;
}

/** Every `-o` override of every master.cf service with a full set of columns, in document order. */
export function overrideSettings(model: ConfigModel): readonly Setting[] {
  return settingsOf(model).overrides;
}

export function allSettings(model: ConfigModel): readonly Setting[] {
  return settingsOf(model).all;
}

/**
 * True when postconf keeps this setting's value: the effective setting of main.cf, or of the
 * `-o` name space of its service. Entries with the same name and type share one name space, so
 * a later entry's `-o` of a name replaces an earlier entry's, and postconf never scans, warns
 * about or evaluates the replaced value (it stays `effective` within its own entry).
 */
export function keptByPostconf(model: ConfigModel, s: Setting): boolean {
  if (!s.effective) return false;
  if (!s.override || !s.service) return true;
  return overrideNamespaces(model).byService.get(namespaceKey(s.service))?.get(s.name) === s.override;
}

/** What Postfix makes of the name in this setting's scope: used or reported as unused. */
export function isUsed(model: ConfigModel, s: Setting): boolean {
  return s.service ? model.usage.usedInService(s.service.index, s.name) : model.usage.usedInMain(s.name);
}

/** The setting of a `-o` override of one of the model's services. */
export function settingOfOverride(model: ConfigModel, o: Override): Setting | undefined {
  const entry = settingsOf(model);
  entry.byOverride ??= new Map(entry.overrides.map((x) => [x.override!, x]));
  return entry.byOverride.get(o);
}

/** The setting of `name` that counts in the scope of `s` (the same service, or main.cf). */
export function settingInScope(model: ConfigModel, name: string, service?: ServiceModel): Setting | undefined {
  if (service) {
    const o = service.overrides.get(name);
    return o && settingOfOverride(model, o);
  }
  const p = model.effective.get(name);
  return p && settingOfParameter(settingsOf(model).main, p);
}

/** 1-based line number of a document offset, as Postfix counts lines. */
export function lineNumberAt(model: ConfigModel, file: FileKind, offset: number): number {
  return documentOf(model, file).lines.indexAt(offset) + 1;
}

/** `name = value` as a message shows it (long values shortened). */
export function shown(value: string, max = 60): string {
  // Values without blanks other than single spaces need no new string.
  const v = (/[^\S ]|\s\s/.test(value) ? value.replace(/\s+/g, ' ') : value).trim();
  return v.length > max ? `${v.slice(0, max - 1)}…` : v;
}
