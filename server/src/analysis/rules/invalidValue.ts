import { parameterFact, serviceTemplateFor } from '../../data/parameters';
import type { ConfigModel, ServiceModel } from '../../model/config';
import { expandInContext } from '../../model/effective';
import { forEachRef } from '../../parser/expression';
import { pieceHolding, toDocumentOffset } from '../../parser/lines';
import type { ExprNode } from '../../parser/types';
import { allSettings, settingInScope, type Setting } from '../settings';
import type { Finding, Rule } from '../types';
import { checkValue, JUDGED_TYPES } from '../valueChecks';

function textOnly(nodes: ExprNode[]): boolean {
  for (const n of nodes) if (n.kind !== 'text') return false;
  return true;
}

/**
 * The value Postfix converts: the text itself, or its expansion when every `$name` in it
 * (and in what those expand to) is set explicitly and unconditionally. Anything that depends
 * on defaults, on the host or on conditions is left alone: undefined.
 */
function resolvedValue(model: ConfigModel, s: Setting): { value: string; literal: boolean } | undefined {
  if (s.plain || textOnly(s.nodes)) return { value: s.value, literal: true };
  // Depth first, in reference order, with an explicit stack: a chain of thousands of names
  // must not exhaust the call stack.
  const seen = new Set<string>();
  const unconditional = (nodes: ExprNode[]) => !nodes.some((n) => n.kind === 'relational' || (n.kind === 'ref' && n.conditional));
  const pending: { name: string; service: ServiceModel | undefined }[] = [];
  const push = (nodes: ExprNode[], service: ServiceModel | undefined) => {
    const names: string[] = [];
    forEachRef(nodes, (ref) => names.push(ref.name));
    for (let i = names.length - 1; i >= 0; i--) pending.push({ name: names[i], service });
  };
  if (!unconditional(s.nodes)) return undefined;
  push(s.nodes, s.service);
  while (pending.length > 0) {
    const { name, service } = pending.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const target = settingInScope(model, name, service) ?? (service ? settingInScope(model, name) : undefined);
    if (!target || parameterFact(name)?.raw || !unconditional(target.nodes)) return undefined;
    push(target.nodes, target.service ?? service);
  }
  const r = expandInContext(model, s.value, s.service, undefined, s.nodes);
  return r.undefinedNames.length || r.cycles.length ? undefined : { value: r.value, literal: false };
}

/** Maps an offset in the value string to the document (a value may span continuation lines). */
function valueOffset(s: Setting, i: number): number {
  const ll = s.parameter?.logical ?? s.service?.service.logical;
  if (!ll) return s.valueStart + i;
  const piece = pieceHolding(ll, s.valueStart) ?? ll.pieces[0];
  return toDocumentOffset(ll, piece.logical + (s.valueStart - piece.start) + i);
}

/** A value that does not fit its parameter's type, as the program that reads it converts it. */
export const invalidValue: Rule = {
  id: 'invalid-value',
  defaultSeverity: 'error',
  description: 'A value that does not fit its parameter: not yes/no for a boolean, not a number or time with unit, outside the allowed words or range, a bad TLS protocol list for the target release, a lookup table without `type:`.',
  check(ctx) {
    const { model } = ctx;
    const out: Finding[] = [];
    for (const s of allSettings(model)) {
      if (!s.effective) continue;
      const builtin = s.builtin ? s.fact : undefined;
      const template = builtin ? undefined : serviceTemplateFor(s.name, model.usage.serviceCommands);
      // Values of the other types are never judged: no need to resolve them.
      if (!JUDGED_TYPES.has((builtin ?? template)?.type ?? '')) continue;
      const fact = builtin ?? (template && { ...template, name: s.name });
      if (!fact) continue;
      // Table lists are judged word by word as written; words with $name are skipped.
      const resolved = fact.type === 'maps' || fact.type === 'map' ? { value: s.value, literal: true } : resolvedValue(model, s);
      if (!resolved) continue;
      // A `# comment` after the value is trailing-comment's finding; judge what comes before it.
      const value = resolved.literal && resolved.value.includes('#') ? resolved.value.replace(/(^|\s)#.*$/s, '') : resolved.value;
      for (const p of checkValue(fact, value, model.target)) {
        // Sub-ranges point into the written text only when nothing was expanded.
        const exact = resolved.literal && p.start !== undefined && p.end !== undefined;
        const start = exact ? valueOffset(s, p.start!) : s.valueStart;
        const end = exact ? valueOffset(s, p.end! - 1) + 1 : s.valueEnd;
        out.push({
          file: s.file,
          start,
          end: Math.max(end, start),
          severity: p.severity,
          message: resolved.literal ? p.message : `${p.message} (The value expands to "${resolved.value.trim()}".)`,
          fixes:
            p.replacement && (exact || resolved.literal)
              ? [{ title: `Change to ${p.replacement.text}`, edits: [{ file: s.file, start, end, newText: p.replacement.text }], safe: p.replacement.safe, preferred: true }]
              : undefined,
        });
      }
    }
    return out;
  },
};
