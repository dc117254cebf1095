/**
 * Inlay hints (off unless `postfix.inlayHints.enabled`): the expanded value after a value
 * with `$name` references, and "default" after a setting whose value equals the built-in
 * default of the target release.
 */
import { InlayHintKind, type InlayHint } from 'vscode-languageserver-types';
import { defaultIn, isBuiltin, parameterFact } from '../data/parameters';
import type { ServiceModel } from '../model/config';
import { expandInContext } from '../model/effective';
import { normalizeWhitespace } from '../parser/lines';
import type { ExprNode, Span } from '../parser/types';
import { type FeatureContext, ownDocument } from './context';
import { clip } from './markdown';

function hintsFor(ctx: FeatureContext, name: string, raw: string, nodes: ExprNode[], value: Span, service?: ServiceModel): InlayHint[] {
  const { doc } = ownDocument(ctx);
  const position = doc.positionAt(value.end);
  const fact = parameterFact(name);
  const hints: InlayHint[] = [];
  if (!fact?.raw && nodes.some((n) => n.kind !== 'text')) {
    const expanded = expandInContext(ctx.model, raw, service, ctx.hostDefaults, nodes);
    hints.push({ position, label: `→ ${clip(normalizeWhitespace(expanded.value), 80) || '(empty)'}`, kind: InlayHintKind.Type, paddingLeft: true });
  }
  if (fact && isBuiltin(name, ctx.model.target) && normalizeWhitespace(raw) === normalizeWhitespace(defaultIn(fact, ctx.model.target))) {
    hints.push({ position, label: 'default', kind: InlayHintKind.Parameter, paddingLeft: true, tooltip: 'This is the built-in default; the line can go.' });
  }
  return hints;
}

/** Hints for the settings that start within `range` (document offsets). */
export function inlayHints(ctx: FeatureContext, range: Span, enabled: boolean): InlayHint[] {
  if (!enabled) return [];
  const inRange = (s: Span) => s.end >= range.start && s.start <= range.end;
  const out: InlayHint[] = [];
  if (ctx.file === 'main') {
    for (const p of ctx.model.main?.parameters ?? []) {
      if (inRange(p)) out.push(...hintsFor(ctx, p.name, p.value.text, p.value.expr.nodes, p.value));
    }
  } else {
    for (const s of ctx.model.services) {
      if (!inRange(s.service)) continue;
      for (const o of s.service.overrides) out.push(...hintsFor(ctx, o.name, o.value, o.expr.nodes, { start: o.valueStart, end: o.valueEnd }, s));
    }
  }
  return out;
}
