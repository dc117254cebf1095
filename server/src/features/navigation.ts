/**
 * Go to definition, find references, rename (user-defined parameters only) and document
 * highlights, across the main.cf and master.cf of one directory.
 */
import {
  DocumentHighlightKind,
  type DocumentHighlight,
  type Location,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-types';
import { isBuiltin, parameterFact, serviceTemplateFor } from '../data/parameters';
import type { FileKind } from '../analysis/types';
import type { Span } from '../parser/types';
import { type FeatureContext, rangeOf } from './context';
import { occurrences, symbolAt } from './occurrences';
import { targetAt } from './position';

function location(ctx: FeatureContext, file: FileKind, span: Span): Location | undefined {
  const d = ctx.docs[file];
  const range = rangeOf(ctx, file, span);
  return d && range && { uri: d.uri, range };
}

/** Where the value of the name under the cursor comes from: the `-o` of the same service, else main.cf. */
export function definition(ctx: FeatureContext, offset: number): Location | null {
  const target = targetAt(ctx.model, ctx.file, offset);
  const name = symbolAt(ctx.model, target)?.name;
  if (!target || !name) return null;
  if (target.kind === 'reference' && target.owner.file === 'master') {
    const own = target.owner.service.overrides.get(name);
    if (own) return location(ctx, 'master', { start: own.nameStart, end: own.nameEnd }) ?? null;
  }
  const p = ctx.model.effective.get(name);
  return (p && location(ctx, 'main', { start: p.nameStart, end: p.nameEnd })) ?? null;
}

export function references(ctx: FeatureContext, offset: number, includeDeclaration: boolean): Location[] {
  const name = symbolAt(ctx.model, targetAt(ctx.model, ctx.file, offset))?.name;
  if (!name) return [];
  return occurrences(ctx.model, name)
    .filter((o) => includeDeclaration || (o.kind !== 'assignment' && o.kind !== 'override'))
    .flatMap((o) => location(ctx, o.file, o.span) ?? []);
}

export function highlights(ctx: FeatureContext, offset: number): DocumentHighlight[] {
  const name = symbolAt(ctx.model, targetAt(ctx.model, ctx.file, offset))?.name;
  if (!name) return [];
  return occurrences(ctx.model, name)
    .filter((o) => o.file === ctx.file)
    .map((o) => ({
      range: rangeOf(ctx, o.file, o.span)!,
      kind: o.kind === 'assignment' || o.kind === 'override' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
    }));
}

/** Why a name cannot be renamed, or undefined when it can (a parameter of the user's own). */
function renameRefusal(ctx: FeatureContext, name: string): string | undefined {
  if (isBuiltin(name, ctx.model.target) || parameterFact(name)) return `${name} is a Postfix parameter; only names of your own can be renamed.`;
  if (serviceTemplateFor(name, ctx.model.usage.serviceCommands)) return `${name} is a per-service parameter that Postfix derives from a master.cf service name.`;
  return undefined;
}

export class RenameError extends Error {}

export function prepareRename(ctx: FeatureContext, offset: number): { range: Range; placeholder: string } {
  const symbol = symbolAt(ctx.model, targetAt(ctx.model, ctx.file, offset));
  if (!symbol) throw new RenameError('Place the cursor on a parameter name or a $name reference.');
  const refusal = renameRefusal(ctx, symbol.name);
  if (refusal) throw new RenameError(refusal);
  return { range: rangeOf(ctx, ctx.file, symbol.span)!, placeholder: symbol.name };
}

export function rename(ctx: FeatureContext, offset: number, newName: string): WorkspaceEdit {
  const { placeholder: name } = prepareRename(ctx, offset);
  if (!/^[A-Za-z0-9_]+$/.test(newName)) throw new RenameError(`"${newName}" cannot be used in $name references: use letters, digits and _ only.`);
  if (parameterFact(newName) || ctx.model.effective.has(newName)) throw new RenameError(`${newName} is already a parameter; renaming would merge two settings.`);
  const changes: Record<string, TextEdit[]> = {};
  for (const o of occurrences(ctx.model, name)) {
    const d = ctx.docs[o.file];
    if (!d) continue;
    (changes[d.uri] ??= []).push({ range: rangeOf(ctx, o.file, o.span)!, newText: newName });
  }
  return { changes };
}
