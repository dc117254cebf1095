/**
 * Semantic tokens: what the grammar cannot know. Parameter names (main.cf settings, `-o`
 * names) and `$name` references are told apart by what Postfix of the target release makes
 * of them: a built-in parameter (deprecated or read-only ones marked so), a user-defined
 * parameter that something uses, or a name Postfix does not know and nothing uses.
 */
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isBuiltin, parameterFact, serviceTemplates, serviceTemplateFor } from '../data/parameters';
import { atLeast } from '../data/versions';
import type { ConfigModel, ServiceModel } from '../model/config';
import { forEachRef } from '../parser/expression';
import type { ExprNode } from '../parser/types';

/** `property`: a Postfix parameter (or an unknown name); `variable`: a user-defined parameter. */
export const TOKEN_TYPES = ['property', 'variable'] as const;
/** `unknown` is ours (package.json contributes it): a name Postfix does not know and nothing uses. */
export const TOKEN_MODIFIERS = ['declaration', 'defaultLibrary', 'deprecated', 'readonly', 'unknown'] as const;

export const SEMANTIC_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

type TokenType = (typeof TOKEN_TYPES)[number];
type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

interface Classified {
  type: TokenType;
  modifiers: TokenModifier[];
}

/** A token ready for encoding: type index and modifier bits. */
interface RawToken {
  start: number;
  end: number;
  type: number;
  bits: number;
}

type Encoded = Pick<RawToken, 'type' | 'bits'>;

function encoded(c: Classified): Encoded {
  return { type: TOKEN_TYPES.indexOf(c.type), bits: c.modifiers.reduce((acc, m) => acc | (1 << TOKEN_MODIFIERS.indexOf(m)), 0) };
}

/** Classifies each distinct (context, name) once per request: files repeat names a lot. */
class Classifier {
  private readonly memo = new Map<string, Encoded>();
  constructor(readonly model: ConfigModel) {}

  assignment(name: string, used: boolean): Encoded {
    return this.cached(`=${used ? 1 : 0}${name}`, () => classifyAssignment(this.model, name, used));
  }

  reference(name: string, service?: ServiceModel): Encoded {
    // Only a service's own -o names change what a reference means.
    const local = service?.overrides.has(name) ? `${service.index}` : '';
    return this.cached(`$${local}:${name}`, () => classifyReference(this.model, name, service));
  }

  private cached(key: string, classify: () => Classified): Encoded {
    let e = this.memo.get(key);
    if (!e) this.memo.set(key, (e = encoded(classify())));
    return e;
  }
}

const OUTDATED = new Set(['deprecated', 'renamed', 'ignored', 'obsolete', 'removed']);

function builtinModifiers(model: ConfigModel, name: string): TokenModifier[] {
  const fact = parameterFact(name);
  const mods: TokenModifier[] = ['defaultLibrary'];
  if (fact && OUTDATED.has(fact.status) && (!fact.obsoleteSince || atLeast(model.target, fact.obsoleteSince))) mods.push('deprecated');
  if (fact?.status === 'read-only') mods.push('readonly');
  return mods;
}

function isKnown(model: ConfigModel, name: string): boolean {
  return isBuiltin(name, model.target) || serviceTemplateFor(name, model.usage.serviceCommands) !== undefined;
}

/**
 * Without the directory's master.cf, `<service>_destination_concurrency_limit` and the like
 * may be defined by a service we cannot see: neither known nor unknown.
 */
function maybeServiceDefined(model: ConfigModel, name: string): boolean {
  return !model.master && serviceTemplates().some((t) => name.endsWith(t.suffix) && name.length > t.suffix.length);
}

/** A name Postfix does not know: outdated names stay marked deprecated. */
function unknown(model: ConfigModel, name: string): Classified {
  if (maybeServiceDefined(model, name)) return { type: 'property', modifiers: [] };
  const fact = parameterFact(name);
  const mods: TokenModifier[] = fact && OUTDATED.has(fact.status) ? ['deprecated', 'unknown'] : ['unknown'];
  return { type: 'property', modifiers: mods };
}

/** An assignment (main.cf or `-o`); `used` says whether postconf counts the name as used. */
function classifyAssignment(model: ConfigModel, name: string, used: boolean): Classified {
  if (isKnown(model, name)) return { type: 'property', modifiers: ['declaration', ...builtinModifiers(model, name)] };
  if (used) return { type: 'variable', modifiers: ['declaration'] };
  const u = unknown(model, name);
  return { ...u, modifiers: ['declaration', ...u.modifiers] };
}

/** A `$name` reference, seen from main.cf or from the `-o` settings of `service`. */
function classifyReference(model: ConfigModel, name: string, service?: ServiceModel): Classified {
  if (isKnown(model, name)) return { type: 'property', modifiers: builtinModifiers(model, name) };
  if (service?.overrides.has(name) || model.effective.has(name)) return { type: 'variable', modifiers: [] };
  return unknown(model, name);
}

function references(c: Classifier, valueOf: string, nodes: ExprNode[], out: RawToken[], service?: ServiceModel): void {
  // A raw parameter's `$name` belongs to the program that uses it, not to main.cf.
  if (parameterFact(valueOf)?.raw) return;
  forEachRef(nodes, (r) => out.push({ start: r.nameStart, end: r.nameEnd, ...c.reference(r.name, service) }));
}

function mainTokens(model: ConfigModel): RawToken[] {
  const c = new Classifier(model);
  const out: RawToken[] = [];
  for (const p of model.main?.parameters ?? []) {
    out.push({ start: p.nameStart, end: p.nameEnd, ...c.assignment(p.name, model.usage.usedInMain(p.name)) });
    // A value without `$` has no references (and its text node need not be made).
    if (!p.value.plain) references(c, p.name, p.value.expr.nodes, out);
  }
  return out;
}

function masterTokens(model: ConfigModel): RawToken[] {
  const c = new Classifier(model);
  const out: RawToken[] = [];
  for (const s of model.services) {
    for (const o of s.service.overrides) {
      out.push({ start: o.nameStart, end: o.nameEnd, ...c.assignment(o.name, model.usage.usedInService(s.index, o.name)) });
      references(c, o.name, o.expr.nodes, out, s);
    }
  }
  return out;
}

/**
 * LSP's relative encoding: line delta, start delta, length, type index, modifier bits. Tokens
 * come sorted by offset, so lines are found by walking forward through the text once. Lines
 * end as the editor sees them: at `\n`, `\r\n` or a lone `\r`.
 */
function encode(text: string, tokens: RawToken[]): number[] {
  const data: number[] = [];
  const breaks = /\r\n?|\n/g;
  let next = breaks.exec(text);
  let line = 0;
  let lineStart = 0;
  let prevLine = 0;
  let prevChar = 0;
  for (const t of tokens.sort((a, b) => a.start - b.start)) {
    while (next && next.index < t.start) {
      line++;
      lineStart = next.index + next[0].length;
      next = breaks.exec(text);
    }
    // A token never spans lines (names have no whitespace); skip anything that would.
    if (t.end <= t.start || (next && next.index < t.end)) continue;
    const char = t.start - lineStart;
    data.push(line - prevLine, line === prevLine ? char - prevChar : char, t.end - t.start, t.type, t.bits);
    prevLine = line;
    prevChar = char;
  }
  return data;
}

/** The tokens of one document of `model`: its main.cf (`kind` main) or its master.cf. */
export function semanticTokens(doc: Pick<TextDocument, 'getText'>, model: ConfigModel, kind: 'main' | 'master'): SemanticTokens {
  return { data: encode(doc.getText(), kind === 'main' ? mainTokens(model) : masterTokens(model)) };
}
