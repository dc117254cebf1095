/**
 * Evaluates `$name` expressions as postconf -x does (see macro.ts, which follows Postfix's
 * mac_expand step for step): `$name` and `${name}` insert the expanded value (undefined names
 * insert nothing), `?`/`:` test whether the name's unexpanded value is non-empty/empty, the
 * relational form compares numbers when both sides are all digits, text otherwise, and the
 * `<level` family compares compatibility levels.
 */
import type { ExprNode } from '../parser/types';
import { MacroScope, type MacroError } from './macro';

export interface ExpandResult {
  value: string;
  /** Names referenced somewhere that have no value at all. */
  undefinedNames: string[];
  /** Reference chains that lead back to themselves (first name repeated at the end). */
  cycles: string[][];
  /** Why postconf would refuse this expansion (syntax error, cycle, nesting too deep); the value is then partial. */
  error?: MacroError;
}

/** Looks up the unexpanded text of a name, or undefined when it has no value anywhere. */
export type Lookup = (name: string) => { text: string; nodes?: ExprNode[]; raw?: boolean } | undefined;

/** `_nodes` is accepted for callers that hold a parsed value; the text is what Postfix evaluates. */
export function expandValue(text: string, lookup: Lookup, _nodes?: ExprNode[]): ExpandResult {
  const r = new MacroScope(lookup).expand(text);
  return { value: r.value, undefinedNames: r.undefinedNames, cycles: r.cycles, ...(r.error ? { error: r.error } : {}) };
}
