/**
 * Hover: documentation of the parameter, value, reference, word or master.cf column under
 * the cursor, for the target Postfix release.
 */
import { relayHoverLine } from '../analysis/restrictions/hover';
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import { masterUnknownName, unknownName } from './unknownName';
import { type FeatureContext, rangeOf } from './context';
import { fieldMarkdown } from './masterDocs';
import { parameterMarkdown } from './parameterDocs';
import { targetAt, type Target } from './position';
import { suppressionHover } from './suppressionComments';
import { referenceMarkdown, valueMarkdown, wordMarkdown } from './valueDocs';

function markdown(ctx: FeatureContext, target: Target): string | undefined {
  const { model, hostDefaults } = ctx;
  switch (target.kind) {
    case 'parameter-name':
      return parameterMarkdown(model, target.name, { hostDefaults }) ?? unknownName(model, target.name);
    case 'override-name':
      return parameterMarkdown(model, target.name, { service: target.service, hostDefaults }) ?? masterUnknownName(model, target.name, target.service);
    case 'reference':
      return referenceMarkdown(model, target.ref, target.owner, hostDefaults);
    case 'word': {
      const word = wordMarkdown(model, target.word, target.owner);
      const value = valueMarkdown(model, target.owner, hostDefaults);
      return word ? `${word}\n\n---\n\n${value}` : value;
    }
    case 'field':
      return fieldMarkdown(model, target.service, target.index, hostDefaults);
  }
}

export function hover(ctx: FeatureContext, offset: number): Hover | null {
  const onRuleId = suppressionHover(ctx, offset);
  if (onRuleId) return onRuleId;
  const target = targetAt(ctx.model, ctx.file, offset);
  if (!target) return null;
  let value = markdown(ctx, target);
  if (!value) return null;
  // On a relay or recipient restriction list: does the service that uses it relay for strangers?
  const relay = relayHoverLine(ctx.model, ctx.file, offset);
  if (relay) value += `\n\n**Relaying:** ${relay}`;
  const span = target.kind === 'field' ? target.field : target.span;
  return { contents: { kind: MarkupKind.Markdown, value }, range: rangeOf(ctx, ctx.file, span) };
}
