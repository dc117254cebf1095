/**
 * Markdown for what is inside a value: the value itself (expanded as postconf -x would, and
 * what a master.cf override replaces), a `$name` reference (where it is set, what it gives),
 * and a word with a meaning of its own (an enumeration value, a TLS protocol, a lookup table
 * type, a restriction).
 */
import { parameterDoc, parameterFact } from '../data/parameters';
import { restrictionDoc } from '../data/restrictions';
import { CACHE_PARAMETERS } from '../analysis/caches';
import { tableTypeDoc } from '../data/tableTypes';
import { PROTOCOL_SYNTAX, protocolDoc } from '../data/tlsProtocols';
import { formatVersion } from '../data/versions';
import type { ConfigModel, ServiceModel } from '../model/config';
import { Derived } from '../model/derived';
import { effectiveValue, expandInContext, type EffectiveValue, type HostDefaults } from '../model/effective';
import type { ExpandResult } from '../model/expand';
import { normalizeWhitespace } from '../parser/lines';
import type { RefNode } from '../parser/types';
import { lineNumber } from './lineNumbers';
import { clip, code } from './markdown';
import type { ValueOwner } from './position';

const serviceOf = (owner: ValueOwner): ServiceModel | undefined => (owner.file === 'master' ? owner.service : undefined);

/** Notes about undefined names, circular references and host-dependent values. */
function expansionNotes(r: ExpandResult): string[] {
  const out: string[] = [];
  for (const c of r.cycles) out.push(`**Circular reference:** ${c.map((n) => `$${n}`).join(' → ')}: Postfix stops with "unreasonable macro call nesting".`);
  for (const n of r.undefinedNames) out.push(`${code('$' + n)} is not set anywhere and has no default: it expands to nothing (postconf warns "undefined parameter").`);
  for (const n of r.unknownNames) out.push(`${code('$' + n)} depends on the host; run \`postconf -x\` there to see it.`);
  return out;
}

function whereSet(model: ConfigModel, v: EffectiveValue, service?: ServiceModel): string {
  if (v.source === 'override') return `set with ${code('-o')} on the service ${code(`${service!.name}/${service!.type}`)} (master.cf line ${lineNumber(model, 'master', v.override!.start)})`;
  if (v.source === 'main') return `set in main.cf line ${lineNumber(model, 'main', v.parameter!.start)}`;
  if (v.unknown) return 'not set; its default depends on the host';
  return `not set; the default of Postfix ${formatVersion(model.target)}`;
}

export function valueMarkdown(model: ConfigModel, owner: ValueOwner, hostDefaults?: HostDefaults): string {
  const service = serviceOf(owner);
  const raw = owner.file === 'main' ? owner.parameter.value.text : owner.override.value;
  const head = owner.file === 'main' ? `**${owner.name}** = ${code(clip(raw))}` : `**-o ${owner.name}** on ${code(`${service!.name}/${service!.type}`)} = ${code(clip(raw))}`;
  const out = [head];
  if (parameterFact(owner.name)?.raw) {
    out.push('Postfix does not expand this value when it reads the configuration; the program that uses it fills in its own `$` names.');
  } else if (owner.nodes.some((n) => n.kind !== 'text')) {
    const r = expandInContext(model, raw, service, hostDefaults, owner.nodes);
    out.push(`**Expanded:** ${code(clip(normalizeWhitespace(r.value), 2000))}`, ...expansionNotes(r));
  }
  if (owner.file === 'main' && model.effective.get(owner.name) !== owner.parameter) {
    const later = model.effective.get(owner.name)!;
    out.push(`**Not in effect:** line ${lineNumber(model, 'main', later.start)} sets ${owner.name} again, and the last setting wins.`);
  }
  if (owner.file === 'master') {
    const base = effectiveValue(model, owner.name, undefined, hostDefaults);
    if (service!.overrides.get(owner.name) !== owner.override) out.push('**Not in effect:** a later `-o` of this service sets the same name.');
    if (base?.source === 'main') out.push(`**Replaces** main.cf line ${lineNumber(model, 'main', base.parameter!.start)}: ${code(clip(base.text))}`);
    else if (base && !base.unknown) out.push(`**Replaces** the default of Postfix ${formatVersion(model.target)}: ${code(clip(base.text))}`);
  }
  return out.join('\n\n');
}

/** Why a referenced name has no value at all. */
function noValue(model: ConfigModel, name: string): string {
  const fact = parameterFact(name);
  if (fact?.status === 'renamed') return `Not set, and as a legacy name${fact.replacedBy ? ` (now ${fact.replacedBy})` : ''} it has no default of its own`;
  if (fact) return `Not set, and not a parameter of Postfix ${formatVersion(model.target)}`;
  return 'Not set anywhere and not a Postfix parameter (postconf warns "undefined parameter")';
}

export function referenceMarkdown(model: ConfigModel, ref: RefNode, owner: ValueOwner, hostDefaults?: HostDefaults): string {
  const service = serviceOf(owner);
  const v = effectiveValue(model, ref.name, service, hostDefaults);
  const out = [`**$${ref.name}**`];
  if (!v) {
    out.push(`${noValue(model, ref.name)}: ${code('$' + ref.name)} expands to nothing.`);
    return out.join('\n\n');
  }
  out[0] += ` — ${whereSet(model, v, service)}${v.unknown ? '' : `: ${code(clip(v.text))}`}`;
  const summary = parameterDoc(ref.name)?.summary;
  if (summary) out.push(summary);
  const r = expandInContext(model, '', service, hostDefaults, [{ kind: 'ref', form: 'brace', name: ref.name, nameStart: 0, nameEnd: 0, start: 0, end: 0 }]);
  if (!v.unknown && (v.text.includes('$') || r.cycles.length)) out.push(`**Expanded:** ${code(clip(normalizeWhitespace(r.value), 2000))}`);
  out.push(...expansionNotes(r));
  if (ref.conditional) {
    const whole = expandInContext(model, '', service, hostDefaults, [ref]);
    const test = ref.conditional.op === '?' ? 'non-empty' : 'empty';
    out.push(`This ${code(ref.conditional.op)} form gives its text when ${ref.name} is ${test}; here it gives ${code(clip(whole.value))}.`);
  }
  return out.join('\n\n');
}

/** What a word of a value means in the context of its parameter, or undefined. */
export function wordMarkdown(model: ConfigModel, word: string, owner: ValueOwner): string | undefined {
  const fact = parameterFact(owner.name);
  const values = parameterDoc(owner.name)?.values;
  if (values && Object.prototype.hasOwnProperty.call(values, word)) return `${code(word)} in ${owner.name}: ${values[word]}`;
  if (fact?.type === 'tls-protocol-list') return protocolMarkdown(word);
  if (isRestrictionList(model, owner.name)) {
    const r = restrictionMarkdown(model, word);
    if (r) return r;
  }
  return tableMarkdown(word, CACHE_PARAMETERS.has(owner.name) ? owner.name : undefined);
}

const classes = new Derived<{ list: readonly string[]; names: ReadonlySet<string> }>();

/** smtpd_restriction_classes read once per model: navigation asks about every word of every list. */
function classesOf(model: ConfigModel) {
  let c = classes.get(model);
  if (!c) {
    const list = (model.effective.get('smtpd_restriction_classes')?.value.text ?? '').split(/[\s,]+/).filter(Boolean);
    classes.set(model, (c = { list, names: new Set(list) }));
  }
  return c;
}

/** The names listed in smtpd_restriction_classes. */
export function restrictionClasses(model: ConfigModel): readonly string[] {
  return classesOf(model).list;
}

export function isRestrictionClass(model: ConfigModel, name: string): boolean {
  return classesOf(model).names.has(name);
}

/** True when the value of `name` is a list of SMTP restrictions (a restriction class included). */
export function isRestrictionList(model: ConfigModel, name: string): boolean {
  return parameterFact(name)?.type === 'restrictions' || isRestrictionClass(model, name);
}

function protocolMarkdown(word: string): string | undefined {
  const m = /^(!|>=|<=)?(.*)$/.exec(word)!;
  const doc = protocolDoc(m[2]);
  if (!doc) return undefined;
  const syntax = m[1] === '!' ? PROTOCOL_SYNTAX.exclusion : m[1] ? PROTOCOL_SYNTAX.range : PROTOCOL_SYNTAX.exclusion;
  return `${code(m[2])}${doc.insecure ? ' (insecure)' : ''}: ${doc.text}\n\n${syntax}`;
}

function restrictionMarkdown(model: ConfigModel, word: string): string | undefined {
  const doc = restrictionDoc(word);
  if (doc) {
    const parts = [`**${word}**${doc.argument ? ` ${code(doc.argument)}` : ''} · restriction: ${doc.text}`];
    if (doc.since) parts.push(`Since Postfix ${doc.since}.`);
    if (doc.replacedBy) parts.push(`Legacy name; use ${code(doc.replacedBy)}${doc.removedIn ? ` (removed in ${doc.removedIn})` : ''}.`);
    if (doc.deprecatedSince) parts.push(`Deprecated since ${doc.deprecatedSince}.`);
    if (doc.caution) parts.push(`**Caution:** ${doc.caution}`);
    return parts.join('\n\n');
  }
  const definition = model.effective.get(word);
  if (definition && isRestrictionClass(model, word)) {
    return `**${word}** · restriction class (smtpd_restriction_classes), main.cf line ${lineNumber(model, 'main', definition.start)}: ${code(clip(definition.value.text))}`;
  }
  return undefined;
}

/** `cache`: the cache parameter the word is the value of (Postfix writes that table itself). */
function tableMarkdown(word: string, cache?: string): string | undefined {
  const m = /^([a-z]+):/.exec(word);
  const doc = m && tableTypeDoc(m[1]);
  if (!m || !doc) return undefined;
  const inner = m[1] === 'proxy' || m[1] === 'debug' ? tableMarkdown(word.slice(m[0].length), cache) : undefined;
  const text = `${code(m[1] + ':')} lookup table: ${doc.text}${doc.since ? ` Since Postfix ${doc.since}.` : ''}`;
  const note = cache && !inner ? `\n\n${cache} is a cache: Postfix creates and updates this table itself, so there is no text file and no postmap.` : '';
  return inner ? `${text}\n\n${inner}` : text + note;
}
