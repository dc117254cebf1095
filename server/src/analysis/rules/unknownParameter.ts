import { existsIn, templatesEndingName, type ParameterFact } from '../../data/parameters';
import { formatVersion, type Version } from '../../data/versions';
import type { ConfigModel } from '../../model/config';
import { postconfData, type PostconfData } from '../postconf';
import { allSettings, isUsed, keptByPostconf, settingInScope, type Setting } from '../settings';
import { detached } from '../detached';
import { closestParameters, describeSuggestions, type Suggestion } from '../suggest';
import type { FileKind, Finding, Fix, Rule, SeverityName } from '../types';

/** The per-service template a name would come from, e.g. `_destination_concurrency_limit`. */
function templateSuffix(name: string): string | undefined {
  return templatesEndingName(name)[0]?.suffix;
}

/**
 * Names that other rules explain better: read-only ones, and names Postfix knows in some
 * other release (removed-parameter, newer-than-target).
 */
function explainedElsewhere(model: ConfigModel, fact: ParameterFact | undefined): boolean {
  if (!fact || fact.status === 'service-defined') return false;
  return fact.status === 'read-only' || !existsIn(fact, model.target);
}

function suggestionFixes(model: ConfigModel, s: Setting, suggestions: readonly Suggestion[]): Fix[] {
  const fixes: Fix[] = [];
  for (const { name } of suggestions) {
    // Renaming to a name that is already set would create a duplicate setting.
    if (settingInScope(model, name, s.service)) continue;
    fixes.push({ title: `Change to ${name}`, edits: [{ file: s.file, start: s.nameStart, end: s.nameEnd, newText: name }], safe: false, preferred: fixes.length === 0 });
  }
  return fixes;
}

const NONE: readonly Suggestion[] = [];

/**
 * What was worked out before about a name that is not built in, by target release, then by
 * service (`''` for main.cf), then by name: the template suffix it ends with, the known names
 * closest to it and, once a finding needed it, its message. None of it depends on anything
 * else, and the same few hundred names come back on every edit: one lookup here replaces the
 * template search, the suggestion memo's lookup and the message's. A message is joined into
 * one flat string by the first publish that sends it, and later publishes send it as it is.
 * Entries are made from detached copies of the names (see detached.ts), so a remembered one
 * keeps no document alive. At most MESSAGE_LIMIT are kept: a file with more settings than that
 * does not use the memo (it would only churn it), nor does an analysis made once. The limit
 * takes in a 100,000-line file, whose every edit then costs 10-20 % less.
 */
interface Known {
  /** The detached copy of the name the entry is for. */
  name: string;
  suffix: string | undefined;
  suggestions: readonly Suggestion[];
  message: string | undefined;
}

const known = new Map<string, Map<string, Map<string, Known>>>();
export const MESSAGE_LIMIT = 20000;
let remembered = 0;

function knownFor(version: string, s: Setting, target: Version): Known {
  if (remembered >= MESSAGE_LIMIT) {
    known.clear();
    remembered = 0;
  }
  let byService = known.get(version);
  if (!byService) known.set(version, (byService = new Map()));
  let service = s.service?.name ?? '';
  let byName = byService.get(service);
  if (!byName) byService.set((service = detached(service)), (byName = new Map()));
  let entry = byName.get(s.name);
  if (entry === undefined) {
    const name = detached(s.name);
    entry = { name, ...lookups(name, target, true), message: undefined };
    byName.set(name, entry);
    remembered++;
  }
  return entry;
}

/** The template suffix a name ends with and, for other names, the known names closest to it. */
function lookups(name: string, target: Version, remember: boolean): { suffix: string | undefined; suggestions: readonly Suggestion[] } {
  const suffix = templateSuffix(name);
  return { suffix, suggestions: suffix ? NONE : closestParameters(name, target, 3, remember) };
}

/** Where the setting is, as the message says it (`copy` makes the service name a copy of its own). */
function where(s: Setting, copy = (name: string) => name): string {
  return s.service ? `the ${copy(s.service.name)} service` : 'main.cf';
}

/**
 * The fixed parts of the messages, by release and by place. A file with more settings than the
 * memo keeps makes its messages afresh, and a template string of this length is a chain of nine
 * pieces; from these parts it is five (at 100,000 lines, 11,267 messages: ~1 MB less for the
 * collector to copy while the findings live). Places are few (main.cf and the services).
 */
const heads = new Map<string, string>();
const PLACES_LIMIT = 2000;
const tails = new Map<string, { suggest: string; unreferenced: string }>();

function head(version: string): string {
  let h = heads.get(version);
  if (h === undefined) heads.set(detached(version), (h = detached(`Postfix ${version} has no parameter `)));
  return h;
}

function tail(where: string): { suggest: string; unreferenced: string } {
  let t = tails.get(where);
  if (t === undefined) {
    if (tails.size >= PLACES_LIMIT) tails.clear();
    const rest = detached(`, so this setting in ${where} has no effect (postconf: unused parameter).`);
    tails.set(detached(where), (t = { suggest: `${rest} Did you mean `, unreferenced: `${rest} Fix the name, or remove the setting.` }));
  }
  return t;
}

/** `remember`: whether the suggestions are memoised (see describeSuggestions). */
function newMessage(version: string, name: string, where: string, suffix: string | undefined, suggestions: readonly Suggestion[], remember: boolean): string {
  if (suffix) {
    const service = name.slice(0, name.length - suffix.length);
    return `${name} has no effect: no master.cf service named "${service}" runs a delivery agent that reads <service>${suffix} (postconf: unused parameter). Fix the service name or remove the setting.`;
  }
  if (suggestions.length > 0) return head(version) + name + tail(where).suggest + describeSuggestions(suggestions, ', or ', remember) + '?';
  return head(version) + name + ', and nothing refers to it as $' + name + tail(where).unreferenced;
}

/**
 * A finding of this rule. A large file can have thousands (every renamed copy of a setting),
 * and their quick fixes and postconf data are read only when asked for (a code action, the
 * parity tests): they are made then, from the setting, and the fixes kept. Made up front they
 * were ~140 bytes a finding that the collector copied (1.6 MB at 100,000 lines; 5 % of what a
 * typing edit allocates). Private fields keep the finding's own keys those of a plain one.
 */
class UnusedParameter implements Finding {
  readonly file: FileKind;
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /**
   * Set by the engine, which makes the finding a diagnostic: declared, they are part of the
   * object from the start (added later, they would need a second object per finding).
   */
  code: string | undefined = undefined;
  severity: SeverityName | undefined = undefined;
  readonly #model: ConfigModel;
  readonly #setting: Setting;
  readonly #suggestions: readonly Suggestion[];
  #fixes: Fix[] | undefined = undefined;

  constructor(model: ConfigModel, s: Setting, suggestions: readonly Suggestion[], message: string) {
    this.file = s.file;
    this.start = s.nameStart;
    this.end = s.nameEnd;
    this.message = message;
    this.#model = model;
    this.#setting = s;
    this.#suggestions = suggestions;
  }

  get fixes(): Fix[] {
    return (this.#fixes ??= suggestionFixes(this.#model, this.#setting, this.#suggestions));
  }

  get data(): PostconfData | undefined {
    const s = this.#setting;
    return keptByPostconf(this.#model, s) ? postconfData(`unused parameter: ${s.name}=${s.value}`) : undefined;
  }
}

/** postconf's "unused parameter": a name no Postfix program of the target release reads. */
export const unknownParameter: Rule = {
  id: 'unknown-parameter',
  defaultSeverity: 'warning',
  description: 'A setting postconf reports as an unused parameter: a name no Postfix program reads (misspelled, or user-defined and never referenced as `$name`), with the closest known names.',
  check(ctx) {
    const { model } = ctx;
    const version = formatVersion(model.target);
    const out: Finding[] = [];
    const settings = allSettings(model);
    // Whether a later analysis will ask about these names again (not for postfix-lint's one).
    const again = !ctx.settings.once;
    // A file with more settings than can be remembered would only churn the memo.
    const remember = again && settings.length <= MESSAGE_LIMIT;
    for (const s of settings) {
      // Built-in names are always used (isUsed says so too, at a higher price).
      if (s.builtin || isUsed(model, s) || explainedElsewhere(model, s.fact)) continue;
      const entry = remember ? knownFor(version, s, model.target) : undefined;
      const { suffix, suggestions } = entry ?? lookups(s.name, model.target, again);
      // Without master.cf we cannot know which services define per-service names.
      if (suffix && !model.master) continue;
      // A user-defined name may be used by the other file ($name in master.cf for a main.cf
      // name, and the other way round): without that file only likely misspellings are sure.
      if (suggestions.length === 0 && !(s.service ? model.main : model.master)) continue;
      const message = entry
        ? (entry.message ??= newMessage(version, entry.name, where(s, detached), suffix, suggestions, true))
        : newMessage(version, s.name, where(s), suffix, suggestions, again);
      out.push(new UnusedParameter(model, s, suggestions, message));
    }
    return out;
  },
};
