/**
 * The documentation of one parameter as markdown, for the target release: what it does, its
 * type, its default now and across releases, when it came and went, and the postconf(5) link.
 * Used by hover on names and by completion items.
 */
import { hostDependentDefault } from '../data/hostDefaults';
import { patchDefaults } from '../data/patchDefaults';
import {
  defaultHistory,
  defaultIn,
  existsIn,
  parameterDoc,
  parameterFact,
  serviceTemplateDoc,
  serviceTemplateFor,
  type ParamDoc,
  type ParameterFact,
  type ServiceParameterFact,
} from '../data/parameters';
import { atLeast, formatVersion, parseVersion } from '../data/versions';
import type { ConfigModel, ServiceModel } from '../model/config';
import { expandInContext, type HostDefaults } from '../model/effective';
import { bullets, clip, code, postconfLink } from './markdown';

export interface ParameterDocOptions {
  service?: ServiceModel;
  hostDefaults?: HostDefaults;
  /** Leave out the long sections (recommendation, pitfalls, related): completion shows less. */
  brief?: boolean;
}

/** Markdown for `name`, or undefined when Postfix does not know the name at all. */
export function parameterMarkdown(model: ConfigModel, name: string, options: ParameterDocOptions = {}): string | undefined {
  const fact = parameterFact(name);
  // The documented per-service names (smtp_destination_*, ...) read best as their template when the service exists.
  const template = (!fact || fact.status === 'service-defined') && serviceTemplateFor(name, model.usage.serviceCommands);
  if (template) return templateMarkdown(model, name, template, options);
  return fact && factMarkdown(model, fact, parameterDoc(name), options);
}

function typeLine(fact: { type: string; allowedText?: string; unit?: string }, min?: number, max?: number): string {
  const parts = [fact.type];
  if (fact.unit) parts.push(`default unit ${code(fact.unit)}`);
  if (fact.allowedText && fact.type !== 'boolean') parts.push(fact.allowedText);
  if (min !== undefined) parts.push(`at least ${min}`);
  if (max !== undefined) parts.push(`at most ${max}`);
  return parts.join(' · ');
}

function describeDocs(doc: ParamDoc | undefined, brief: boolean): string[] {
  if (!doc) return [];
  const out = [doc.summary];
  if (doc.sensible) out.push(`**Sensible:** ${doc.sensible}`);
  if (doc.values) out.push(bullets(Object.entries(doc.values).map(([k, v]) => `${k === '(empty)' ? code('') : code(k)}: ${v}`)));
  if (brief) return out;
  if (doc.recommendation) out.push(`**Recommendation:** ${doc.recommendation}`);
  if (doc.pitfalls?.length) out.push(`**Pitfalls:**\n${bullets(doc.pitfalls)}`);
  if (doc.related?.length) out.push(`**Related:** ${doc.related.map((r) => `[${r}](${postconfLink(r)})`).join(', ')}`);
  return out;
}

/** The default for the target, and what it evaluates to here when it is an expression. */
function defaultLine(model: ConfigModel, name: string, text: string, options: ParameterDocOptions): string {
  const target = formatVersion(model.target);
  const dependent = hostDependentDefault(name);
  const fromHost = options.hostDefaults?.get(name);
  if (dependent && fromHost !== undefined) return `**Default on this host:** ${code(clip(fromHost))} (from \`postconf -d\`)`;
  if (dependent) {
    const usual = dependent.usual ?? (text && !/^(see |\()/.test(text) ? text : undefined);
    const how = dependent.dependence === 'host' ? 'computed on the host' : 'chosen by the build';
    return `**Default in Postfix ${target}:** ${how}: ${dependent.note}${usual ? ` (usual build: ${code(usual)})` : ''}. \`postconf -d ${name}\` shows it.`;
  }
  let line = `**Default in Postfix ${target}:** ${code(clip(text))}`;
  if (text.includes('$')) {
    const r = expandInContext(model, text, options.service, options.hostDefaults);
    line += ` → here ${code(clip(r.value))}`;
  }
  return line;
}

/** For a name the target does not have: its default where it exists (from its first release, or until its removal). */
function outOfReleaseDefault(model: ConfigModel, fact: ParameterFact): string {
  if (fact.removedIn && atLeast(model.target, fact.removedIn)) return `**Default until its removal in ${fact.removedIn}:** ${code(clip(fact.default))}`;
  const since = parseVersion(fact.since ?? '') ?? model.target;
  return `**Default in Postfix ${formatVersion(since)}:** ${code(clip(defaultIn(fact, since)))}`;
}

function historyLine(fact: ParameterFact): string | undefined {
  const history = defaultHistory(fact);
  if (history.length < 2) return undefined;
  const steps = history.map((h) => `${h.since}: ${h.value === undefined ? 'not present' : code(clip(h.value, 120))}`);
  const patches = patchDefaults(fact.name);
  const patched = patches.length ? `; patch releases ${patches.map(([v]) => v).join(', ')} changed it to ${code(patches[0][1])} already` : '';
  return `**Default by release:** ${steps.join(' → ')}${patched}`;
}

function replacement(text: string): string {
  return text.startsWith('(do not specify') ? 'do not set it; leave it at the default' : `use ${code(text)} instead`;
}

/** Since when the name exists, and whether it is deprecated, ignored, renamed or removed. */
function lifecycle(model: ConfigModel, fact: ParameterFact): string[] {
  const out: string[] = [];
  const backports = fact.backportedTo?.length ? ` (also in ${fact.backportedTo.join(', ')})` : '';
  out.push(fact.since ? `**Since** Postfix ${fact.since}${backports}.` : '**Since** before Postfix 2.0.');
  const target = formatVersion(model.target);
  if (!existsIn(fact, model.target)) {
    const why = fact.removedIn && atLeast(model.target, fact.removedIn) ? `removed in ${fact.removedIn}` : `new in ${fact.since}`;
    out.push(`**Not in Postfix ${target}:** ${why}; postconf ${target} reports it as unused.`);
  }
  const since = fact.obsoleteSince ? ` since ${fact.obsoleteSince}` : '';
  const instead = fact.replacedBy ? `; ${replacement(fact.replacedBy)}` : '';
  switch (fact.status) {
    case 'deprecated':
      out.push(`**Deprecated**${since}${instead}. postconf 3.9 and later warn about it.`);
      break;
    case 'renamed':
      out.push(`**Renamed**${since}${instead}. The old name still works as the default of the new one; postconf 3.11 and later warn about it.`);
      break;
    case 'ignored':
      out.push(`**Ignored**${since}: setting it has no effect${instead}.`);
      break;
    case 'obsolete':
      out.push(`**Obsolete**${since}${instead}.`);
      break;
    case 'removed':
      out.push(`**Removed**${fact.removedIn ? ` in ${fact.removedIn}` : ''}${instead}.`);
      break;
    case 'read-only':
      out.push('**Read-only:** Postfix sets it for each process; an assignment is dropped with a warning.');
      break;
    case 'service-defined':
      out.push('**Per service:** exists only when master.cf has a service of that name running a delivery agent.');
      break;
  }
  return out;
}

function factMarkdown(model: ConfigModel, fact: ParameterFact, doc: ParamDoc | undefined, options: ParameterDocOptions): string {
  const head = `**${fact.name}** · ${typeLine(fact, fact.min, fact.max)}${fact.tls ? ' · TLS' : ''}`;
  const sections = [head, ...describeDocs(doc, options.brief ?? false)];
  if (fact.status !== 'read-only') sections.push(existsIn(fact, model.target) ? defaultLine(model, fact.name, defaultIn(fact, model.target), options) : outOfReleaseDefault(model, fact));
  const history = historyLine(fact);
  if (history && !options.brief) sections.push(history);
  sections.push(lifecycle(model, fact).join(' '));
  sections.push(`[postconf(5): ${fact.name}](${postconfLink(fact.name)})`);
  return sections.join('\n\n');
}

function templateMarkdown(model: ConfigModel, name: string, template: ServiceParameterFact, options: ParameterDocOptions): string {
  const service = name.slice(0, name.length - template.suffix.length);
  const doc = serviceTemplateDoc(template.suffix);
  const head = `**${name}** · ${typeLine(template)} · for the master.cf service ${code(service)}`;
  const anchor = `transport${template.suffix}`;
  return [
    head,
    ...describeDocs(doc, options.brief ?? false),
    defaultLine(model, name, template.default, options),
    `Postfix creates this name for services running ${template.commands.join(', ')}.`,
    `[postconf(5): ${anchor}](${postconfLink(anchor)})`,
  ].join('\n\n');
}
