/**
 * The words of a list-valued parameter as a service really sees them (after `-o` overrides,
 * main.cf and the release default, with `$name` expanded), each with the place in main.cf or
 * master.cf it comes from, so that findings and fixes point at the right text.
 *
 * Lists split at commas and whitespace; `{ ... }` groups stay one word (smtpd's mystrtokq).
 * A word written literally is `exact`: its range holds exactly its text, and fixes may edit it.
 * Words produced by an expansion point at the `$name` that produced them. A value that is a
 * single `$name` of a parameter set in main.cf is followed into that parameter.
 */
import type { ConfigModel, ServiceModel } from '../../model/config';
import { effectiveValue, expandInContext, type EffectiveValue } from '../../model/effective';
import { parseExpression } from '../../parser/expression';
import { toDocumentOffset } from '../../parser/lines';
import type { ExprNode, LogicalLine } from '../../parser/types';
import type { FileKind } from '../types';
import { ScopedCache } from './scopedCache';

export interface Location {
  file: FileKind;
  start: number;
  end: number;
}

export interface Word {
  text: string;
  /** Where the word comes from; undefined for a built-in default. */
  loc?: Location;
  /** True when `loc` holds exactly `text` (written literally, not produced by an expansion). */
  exact: boolean;
}

/** Host-dependent defaults kept symbolic, so that expansions compare as names. */
export const SYMBOLIC_HOST_DEFAULTS: ReadonlyMap<string, string> = new Map([
  ['myhostname', '$$myhostname'],
  ['mydomain', '$$mydomain'],
]);

/** A value's text with a map from its offsets to document offsets. */
interface Source {
  file: FileKind;
  text: string;
  at(i: number): number;
}

function sourceOf(ev: EffectiveValue): Source | undefined {
  if (ev.parameter) {
    const p = ev.parameter;
    return logicalSource('main', p.logical, p.logical.text.length - p.value.text.length, p.value.text);
  }
  if (ev.override) {
    const o = ev.override;
    return { file: 'master', text: o.value, at: (i) => o.valueStart + i };
  }
  return undefined;
}

function logicalSource(file: FileKind, ll: LogicalLine, valueStart: number, text: string): Source {
  return { file, text, at: (i) => toDocumentOffset(ll, valueStart + i) };
}

function isSeparator(c: string): boolean {
  return c === ',' || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
}

/** Splits plain text into words at commas and whitespace, keeping `{ }` groups together. */
export function splitList(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of text) {
    if (c === '{') depth++;
    else if (c === '}' && depth > 0) depth--;
    if (depth === 0 && isSeparator(c)) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur) out.push(cur);
  return out;
}

const MAX_FOLLOW = 8;

/** The words of one value text, with locations. */
function wordsOfSource(model: ConfigModel, src: Source, service: ServiceModel | undefined, seen: Set<string>): Word[] {
  const { text } = src;
  // Without a `$` the value is one piece of text: no need to parse it.
  const nodes: readonly ExprNode[] = text.includes('$') ? parseExpression(text).nodes : text === '' ? [] : [{ kind: 'text', start: 0, end: text.length, text }];
  const out: Word[] = [];
  // Tokens: ranges of the value text between separators outside text braces and expressions.
  let tokStart = -1;
  let literal = true;
  let refs = 0;
  let refName: string | undefined;
  let depth = 0;
  const close = (end: number) => {
    if (tokStart >= 0) addToken(model, src, service, seen, out, tokStart, end, literal, refs === 1 && literal === false && refName ? refName : undefined);
    tokStart = -1;
    literal = true;
    refs = 0;
    refName = undefined;
  };
  for (const n of nodes) {
    if (n.kind === 'text') {
      for (let i = n.start; i < n.end; i++) {
        const c = text[i];
        if (c === '{') depth++;
        else if (c === '}' && depth > 0) depth--;
        if (depth === 0 && isSeparator(c)) close(i);
        else if (tokStart < 0) tokStart = i;
      }
    } else {
      if (tokStart < 0) tokStart = n.start;
      literal = false;
      refs++;
      refName = n.kind === 'ref' && !n.conditional && n.start === tokStart ? n.name : undefined;
    }
  }
  close(text.length);
  return out;
}

/** The words of the token text[start, end): itself when literal, else what it expands to. */
function addToken(model: ConfigModel, src: Source, service: ServiceModel | undefined, seen: Set<string>, out: Word[], start: number, end: number, literal: boolean, single: string | undefined) {
  const loc: Location = { file: src.file, start: src.at(start), end: src.at(end - 1) + 1 };
  const raw = src.text.slice(start, end);
  if (literal) {
    out.push({ text: raw, loc, exact: true });
    return;
  }
  // A token that is exactly one `$name`: follow it to the parameter's own text.
  if (single && raw.replace(/^\$\{?|\}$/g, '') === single && !seen.has(single) && seen.size < MAX_FOLLOW) {
    const ev = symbolic.get(model, single, service);
    const inner = ev && sourceOf(ev);
    if (inner) {
      const next = new Set(seen).add(single);
      out.push(...wordsOfSource(model, inner, service, next));
      return;
    }
  }
  const expanded = expandInContext(model, raw, service, SYMBOLIC_HOST_DEFAULTS).value;
  for (const w of splitList(expanded)) out.push({ text: w, loc, exact: false });
}

export interface ValueWords {
  words: Word[];
  effective?: EffectiveValue;
  /** The whole value's location (the setting's value, or the override's value). */
  loc?: Location;
}

/** effectiveValue with the symbolic host defaults, once per model, scope and name. */
const symbolic = new ScopedCache<EffectiveValue | undefined>((model, name, service) => effectiveValue(model, name, service, SYMBOLIC_HOST_DEFAULTS));

const listWords = new ScopedCache<ValueWords>(computeValueWords);

/** The words of parameter `name` as `service` (or main.cf when absent) sees it. */
export function valueWords(model: ConfigModel, name: string, service?: ServiceModel): ValueWords {
  // A service without -o settings sees exactly what main.cf says, and so does one whose -o
  // settings cannot reach the value: the words are then main.cf's (made once, not once per
  // service: thousands of services each read main.cf's list of thousands of classes).
  return listWords.get(model, name, service && service.overrides.size > 0 && !seesMainValue(model, name, service) ? service : undefined);
}

/**
 * True when `service` sees main.cf's value of `name` as it is: it does not set `name` with -o,
 * and the main.cf value (or default) refers to nothing its -o settings could change.
 */
function seesMainValue(model: ConfigModel, name: string, service: ServiceModel): boolean {
  if (service.overrides.has(name)) return false;
  const ev = symbolic.get(model, name, undefined);
  return ev !== undefined && !ev.unknown && !ev.text.includes('$');
}

/** Words worked out when first read: many rules only ask where a value comes from (a default?). */
class LazyValueWords implements ValueWords {
  private list?: Word[];

  constructor(
    private readonly read: () => Word[],
    readonly effective: EffectiveValue,
    readonly loc?: Location,
  ) {}

  get words(): Word[] {
    return (this.list ??= this.read());
  }
}

function computeValueWords(model: ConfigModel, name: string, service?: ServiceModel): ValueWords {
  const ev = symbolic.get(model, name, service);
  if (!ev) return { words: [] };
  const src = sourceOf(ev);
  if (!src) {
    const expanded = () => (ev.text.includes('$') ? expandInContext(model, ev.text, service, SYMBOLIC_HOST_DEFAULTS).value : ev.text);
    return new LazyValueWords(() => splitList(expanded()).map((text) => ({ text, exact: false })), ev);
  }
  return new LazyValueWords(() => wordsOfSource(model, src, service, new Set([name])), ev, settingValueLocation(ev));
}

/** Where the value of an effective setting is written, or undefined for a default. */
export function settingValueLocation(ev: EffectiveValue | undefined): Location | undefined {
  if (ev?.parameter) return { file: 'main', start: ev.parameter.value.start, end: ev.parameter.value.end };
  if (ev?.override) return { file: 'master', start: ev.override.valueStart, end: ev.override.valueEnd };
  return undefined;
}

/** Where a whole effective setting is written (`name = value`, or the `-o name=value`). */
export function settingLocation(ev: EffectiveValue | undefined): Location | undefined {
  if (ev?.parameter) return { file: 'main', start: ev.parameter.nameStart, end: ev.parameter.value.end };
  if (ev?.override) return { file: 'master', start: ev.override.nameStart, end: ev.override.valueEnd };
  return undefined;
}

/** Where `name` is set for `service` (its `-o`, else its main.cf line), or undefined when it is not. */
export function settingAt(model: ConfigModel, name: string, service?: ServiceModel): Location | undefined {
  // Looked up directly: a default (which has no location) need not be worked out.
  const o = service?.overrides.get(name);
  if (o) return { file: 'master', start: o.nameStart, end: o.valueEnd };
  const p = model.effective.get(name);
  return p && { file: 'main', start: p.nameStart, end: p.value.end };
}

const texts = new ScopedCache<string>(computeValueText);

/** The expanded value of `name` for `service`, trimmed; '' when it has no value. */
export function valueText(model: ConfigModel, name: string, service?: ServiceModel): string {
  return texts.get(model, name, service);
}

function computeValueText(model: ConfigModel, name: string, service?: ServiceModel): string {
  const ev = symbolic.get(model, name, service);
  if (!ev) return '';
  // Without a `$` there is nothing to expand.
  if (!ev.text.includes('$')) return ev.text.trim();
  return expandInContext(model, ev.text, service, SYMBOLIC_HOST_DEFAULTS, ev.nodes).value.trim();
}

/** Postfix's boolean reading: yes/true/1 (any case) is true. */
export function isYes(value: string): boolean {
  return /^(yes|true|1)$/i.test(value.trim());
}
