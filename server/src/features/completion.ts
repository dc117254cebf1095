/**
 * Completion in main.cf and master.cf. The context comes from the text around the cursor
 * (what is typed need not parse yet) and from the model (which parameter a value belongs
 * to, which service an `-o` is on).
 */
import { MarkupKind, type CompletionItem, type CompletionList, type Range } from 'vscode-languageserver-types';
import type { ServiceModel } from '../model/config';
import { isNameChar } from '../parser/expression';
import { type FeatureContext, ownDocument } from './context';
import { type CompletionData, isNameItem, nameDetail, nameItems, referenceItems, valueItems } from './completionItems';
import { masterColumnItems, serviceEntryItems } from './masterCompletion';
import { parameterMarkdown } from './parameterDocs';
import { isWordSeparator } from './position';
import { suppressionCompletion } from './suppressionComments';

export const COMPLETION_TRIGGERS = ['$', '{', '(', '=', ','];

/** Start of the word being typed: back to a separator, or to `stop`. */
function wordStart(text: string, offset: number, stop: number): number {
  let i = offset;
  while (i > stop && !isWordSeparator(text[i - 1])) i--;
  return i;
}

/** A `$name`, `${name` or `$(name` being typed right before the cursor: the start of the name. */
function referenceStart(text: string, offset: number): number | undefined {
  let i = offset;
  while (i > 0 && isNameChar(text.charCodeAt(i - 1))) i--;
  if (text[i - 1] === '$') return text[i - 2] === '$' ? undefined : i;
  if ((text[i - 1] === '{' || text[i - 1] === '(') && text[i - 2] === '$') return i;
  return undefined;
}

function previousWord(text: string, start: number, stop: number): string | undefined {
  let e = start;
  while (e > stop && isWordSeparator(text[e - 1])) e--;
  const s = wordStart(text, e, stop);
  return e > s ? text.slice(s, e) : undefined;
}

export interface ValueContext {
  name: string;
  /** Just past the `=`: completion never looks before it. */
  valueStart: number;
  service?: ServiceModel;
}

/** Items for the cursor inside a value: a reference, or a word of the value. */
export function valueCompletion(ctx: FeatureContext, value: ValueContext, offset: number): CompletionItem[] {
  const { doc, uri } = ownDocument(ctx);
  const text = doc.getText();
  const range = (start: number): Range => ({ start: doc.positionAt(start), end: doc.positionAt(offset) });
  const ref = referenceStart(text, offset);
  if (ref !== undefined && ref >= value.valueStart) return referenceItems(ctx.model, range(ref), uri, value.service);
  const start = Math.max(wordStart(text, offset, value.valueStart), value.valueStart);
  return valueItems(ctx.model, value.name, range(start), previousWord(text, start, value.valueStart));
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The main.cf setting whose value the cursor is in, also on a new indented line after it. */
function mainValueContext(ctx: FeatureContext, offset: number, lineStart: number): ValueContext | undefined {
  const main = ctx.model.main;
  let p;
  for (const q of main?.parameters ?? []) {
    if (q.start > offset) break;
    p = q;
  }
  if (!main || !p) return undefined;
  if (lineStart <= p.start) return offset > p.eq ? { name: p.name, valueStart: p.eq + 1 } : undefined;
  // A continuation line: indented, with only blank and comment lines since the setting's text.
  if (main.text[lineStart] !== ' ' && main.text[lineStart] !== '\t') return undefined;
  const gap = p.end < lineStart ? main.text.slice(p.end, lineStart).split('\n') : [];
  return gap.every((l) => /^\s*(#.*)?$/.test(l)) ? { name: p.name, valueStart: p.eq + 1 } : undefined;
}

function mainCompletion(ctx: FeatureContext, offset: number): CompletionItem[] {
  const { doc, uri } = ownDocument(ctx);
  const text = doc.getText();
  const lineStart = lineStartOf(text, offset);
  const prefix = text.slice(lineStart, offset);
  if (/^[A-Za-z0-9_]*$/.test(prefix)) {
    let end = offset;
    while (end < text.length && isNameChar(text.charCodeAt(end))) end++;
    const lineEnd = text.indexOf('\n', end);
    const bare = text.slice(end, lineEnd < 0 ? text.length : lineEnd).trimStart().startsWith('=');
    return nameItems(ctx.model, { uri, range: { start: doc.positionAt(lineStart), end: doc.positionAt(end) }, bare });
  }
  const value = mainValueContext(ctx, offset, lineStart);
  return value ? valueCompletion(ctx, value, offset) : [];
}

export function completion(ctx: FeatureContext, offset: number): CompletionList {
  const items = suppressionCompletion(ctx, offset) ?? (ctx.file === 'main' ? mainCompletion(ctx, offset) : masterCompletion(ctx, offset));
  return { isIncomplete: false, items };
}

function masterCompletion(ctx: FeatureContext, offset: number): CompletionItem[] {
  const { doc } = ownDocument(ctx);
  const text = doc.getText();
  const lineStart = lineStartOf(text, offset);
  const prefix = text.slice(lineStart, offset);
  if (/^\S*$/.test(prefix)) return serviceEntryItems(ctx, lineStart, offset);
  if (!/^\s/.test(prefix)) return masterColumnItems(ctx, lineStart, offset) ?? optionCompletion(ctx, offset, lineStart);
  return optionCompletion(ctx, offset, lineStart);
}

/** In the arguments of a service: `-o` names and values. */
function optionCompletion(ctx: FeatureContext, offset: number, lineStart: number): CompletionItem[] {
  const { doc, uri } = ownDocument(ctx);
  const text = doc.getText();
  let service: ServiceModel | undefined;
  for (const s of ctx.model.services) {
    if (s.service.start > offset) break;
    service = s;
  }
  if (!service) return [];
  // `-o name=value` arguments are whitespace-separated; commas belong to the value.
  let start = offset;
  while (start > lineStart && !/\s/.test(text[start - 1])) start--;
  const token = text.slice(start, offset);
  const before = text.slice(lineStart, start).trimEnd();
  if (!/(^|\s)-o$/.test(before)) return [];
  const eq = token.indexOf('=');
  if (eq < 0) {
    let end = offset;
    while (end < text.length && isNameChar(text.charCodeAt(end))) end++;
    return nameItems(ctx.model, { uri, range: { start: doc.positionAt(start), end: doc.positionAt(end) }, bare: text[end] === '=', service });
  }
  return eq > 0 ? valueCompletion(ctx, { name: token.slice(0, eq), valueStart: start + eq + 1, service }, offset) : [];
}

/** completionItem/resolve: the parameter's documentation, loaded only for the item shown. */
export function resolveCompletion(ctx: FeatureContext, item: CompletionItem): CompletionItem {
  const data = item.data as CompletionData | undefined;
  if (!data?.uri) return item;
  const service = data.service === undefined ? undefined : ctx.model.services[data.service];
  const value = parameterMarkdown(ctx.model, item.label, { service, hostDefaults: ctx.hostDefaults, brief: true });
  const out: CompletionItem = { ...item };
  if (value) out.documentation = { kind: MarkupKind.Markdown, value };
  // A name whose list left the detail to this request (see withItemDefaults).
  if (out.detail === undefined && isNameItem(out)) out.detail = nameDetail(ctx.model, item.label, service);
  return out;
}
