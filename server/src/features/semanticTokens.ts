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

interface RawToken extends Classified {
  start: number;
  end: number;
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

function references(model: ConfigModel, valueOf: string, nodes: ExprNode[], out: RawToken[], service?: ServiceModel): void {
  // A raw parameter's `$name` belongs to the program that uses it, not to main.cf.
  if (parameterFact(valueOf)?.raw) return;
  forEachRef(nodes, (r) => out.push({ start: r.nameStart, end: r.nameEnd, ...classifyReference(model, r.name, service) }));
}

function mainTokens(model: ConfigModel): RawToken[] {
  const out: RawToken[] = [];
  for (const p of model.main?.parameters ?? []) {
    out.push({ start: p.nameStart, end: p.nameEnd, ...classifyAssignment(model, p.name, model.usage.usedInMain(p.name)) });
    references(model, p.name, p.value.expr.nodes, out);
  }
  return out;
}

function masterTokens(model: ConfigModel): RawToken[] {
  const out: RawToken[] = [];
  for (const s of model.services) {
    for (const o of s.service.overrides) {
      out.push({ start: o.nameStart, end: o.nameEnd, ...classifyAssignment(model, o.name, model.usage.usedInService(s.index, o.name)) });
      references(model, o.name, o.expr.nodes, out, s);
    }
  }
  return out;
}

/** LSP's relative encoding: line delta, start delta, length, type index, modifier bits. */
function encode(doc: TextDocument, tokens: RawToken[]): number[] {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  for (const t of tokens.sort((a, b) => a.start - b.start)) {
    const start = doc.positionAt(t.start);
    const end = doc.positionAt(t.end);
    if (end.line !== start.line || end.character <= start.character) continue;
    const bits = t.modifiers.reduce((acc, m) => acc | (1 << TOKEN_MODIFIERS.indexOf(m)), 0);
    data.push(start.line - prevLine, start.line === prevLine ? start.character - prevChar : start.character, end.character - start.character, TOKEN_TYPES.indexOf(t.type), bits);
    prevLine = start.line;
    prevChar = start.character;
  }
  return data;
}

/** The tokens of one document of `model`: its main.cf (`kind` main) or its master.cf. */
export function semanticTokens(doc: TextDocument, model: ConfigModel, kind: 'main' | 'master'): SemanticTokens {
  return { data: encode(doc, kind === 'main' ? mainTokens(model) : masterTokens(model)) };
}
