/**
 * What is at a document offset: a parameter name, a `-o` name, a `$name` reference, a word of
 * a value, or a master.cf column. Every feature (hover, completion, navigation) starts here.
 * Lookups are logarithmic in the number of settings; nothing is re-parsed.
 */
import type { ConfigModel, ServiceModel } from '../model/config';
import type { Parameter } from '../parser/mainCf';
import type { Field, Override } from '../parser/masterCf';
import type { ExprNode, LogicalLine, RefNode, Span } from '../parser/types';
import { forEachRef } from '../parser/expression';
import { pieceHolding } from '../parser/lines';
import { firstIndex, lastStartingAtOrBefore } from '../search';

/** A value and what it belongs to: a main.cf setting, or a `-o` setting of a service. */
export type ValueOwner =
  | { file: 'main'; name: string; parameter: Parameter; span: Span; nodes: ExprNode[] }
  | { file: 'master'; name: string; override: Override; service: ServiceModel; span: Span; nodes: ExprNode[] };

export type Target =
  | { kind: 'parameter-name'; name: string; span: Span; parameter: Parameter }
  | { kind: 'override-name'; name: string; span: Span; override: Override; service: ServiceModel }
  | { kind: 'reference'; name: string; span: Span; ref: RefNode; owner: ValueOwner }
  | { kind: 'word'; word: string; span: Span; owner: ValueOwner }
  | { kind: 'field'; index: number; field: Field; service: ServiceModel };

export function mainOwner(parameter: Parameter): ValueOwner {
  const v = parameter.value;
  return { file: 'main', name: parameter.name, parameter, span: { start: v.start, end: v.end }, nodes: v.expr.nodes };
}

export function overrideOwner(override: Override, service: ServiceModel): ValueOwner {
  return { file: 'master', name: override.name, override, service, span: { start: override.valueStart, end: override.valueEnd }, nodes: override.expr.nodes };
}

const within = (s: Span, offset: number) => s.start <= offset && offset <= s.end;

export function targetAt(model: ConfigModel, file: 'main' | 'master', offset: number): Target | undefined {
  return file === 'main' ? mainTarget(model, offset) : masterTarget(model, offset);
}

function mainTarget(model: ConfigModel, offset: number): Target | undefined {
  const p = lastStartingAtOrBefore(model.main?.parameters ?? [], offset, (x) => x.start);
  if (!p || !pieceHolding(p.logical, offset)) return undefined;
  if (within({ start: p.nameStart, end: p.nameEnd }, offset)) return { kind: 'parameter-name', name: p.name, span: { start: p.nameStart, end: p.nameEnd }, parameter: p };
  return valueTarget(model, mainOwner(p), p.logical, offset);
}

function masterTarget(model: ConfigModel, offset: number): Target | undefined {
  const service = lastStartingAtOrBefore(model.services, offset, (x) => x.service.start);
  if (!service || !pieceHolding(service.service.logical, offset)) return undefined;
  const fields = service.service.fields;
  for (let i = 0; i < fields.length; i++) {
    if (within(fields[i], offset)) return { kind: 'field', index: i, field: fields[i], service };
  }
  for (const o of service.service.overrides) {
    if (within({ start: o.nameStart, end: o.nameEnd }, offset)) return { kind: 'override-name', name: o.name, span: { start: o.nameStart, end: o.nameEnd }, override: o, service };
    if (within({ start: o.valueStart, end: o.valueEnd }, offset)) return valueTarget(model, overrideOwner(o, service), service.service.logical, offset);
  }
  return undefined;
}

/** The innermost reference whose `$`, brace and name hold `offset`. */
export function referenceAt(nodes: ExprNode[], offset: number): RefNode | undefined {
  let found: RefNode | undefined;
  forEachRef(nodes, (r) => {
    if (r.start <= offset && offset <= r.nameEnd) found = r;
  });
  return found;
}

/** Characters that separate the words of a value: whitespace, commas and braces. */
export function isWordSeparator(c: string): boolean {
  return c === ',' || c === '{' || c === '}' || /\s/.test(c);
}

/** The word around `offset` within `bounds` of `text`, or undefined on a separator. */
export function wordAt(text: string, bounds: Span, offset: number): Span | undefined {
  let start = offset;
  let end = offset;
  while (start > bounds.start && !isWordSeparator(text[start - 1])) start--;
  while (end < bounds.end && !isWordSeparator(text[end])) end++;
  return end > start ? { start, end } : undefined;
}

export interface Word extends Span {
  text: string;
}

/**
 * The words of a value, scanning the document text of each piece of the logical line:
 * separated by whitespace, commas and braces, except that `${...}` and `$(...)` stay inside
 * their word (`hash:${config_directory}/access` is one word).
 */
export function valueWords(text: string, line: LogicalLine, value: Span): Word[] {
  const words: Word[] = [];
  const pieces = line.pieces;
  // Only the pieces the value covers: a service's -o options are one logical line, and walking
  // all its pieces for each option made a service with n of them cost n * n.
  for (let k = firstIndex(pieces, (p) => p.end > value.start); k < pieces.length && pieces[k].start < value.end; k++) {
    const piece = pieces[k];
    const end = Math.min(piece.end, value.end);
    let i = Math.max(piece.start, value.start);
    while (i < end) {
      while (i < end && isWordSeparator(text[i])) i++;
      const start = i;
      while (i < end && !isWordSeparator(text[i])) {
        if (text[i] === '$' && (text[i + 1] === '{' || text[i + 1] === '(')) {
          const open = text[i + 1];
          const close = open === '{' ? '}' : ')';
          let depth = 0;
          for (i++; i < end; i++) {
            if (text[i] === open) depth++;
            else if (text[i] === close && --depth === 0) break;
          }
        }
        i++;
      }
      if (i > start) words.push({ start, end: Math.min(i, end), text: text.slice(start, Math.min(i, end)) });
    }
  }
  return words;
}

function valueTarget(model: ConfigModel, owner: ValueOwner, line: LogicalLine, offset: number): Target | undefined {
  if (!within(owner.span, offset)) return undefined;
  const text = owner.file === 'main' ? model.main!.text : model.master!.text;
  const ref = referenceAt(owner.nodes, offset);
  // Just past a bare `$name`, the character there belongs to the text that follows (`$dir/x`).
  const pastBareName = ref?.form === 'bare' && offset === ref.nameEnd && offset < owner.span.end && !isWordSeparator(text[offset]);
  if (ref && !pastBareName) return { kind: 'reference', name: ref.name, span: { start: ref.nameStart, end: ref.nameEnd }, ref, owner };
  const piece = pieceHolding(line, offset);
  if (!piece) return undefined;
  const bounds = { start: Math.max(piece.start, owner.span.start), end: Math.min(piece.end, owner.span.end) };
  const word = wordAt(text, bounds, offset);
  return word && { kind: 'word', word: text.slice(word.start, word.end), span: word, owner };
}
