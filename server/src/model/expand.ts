/**
 * Evaluates `$name` expressions as postconf -x does (mac_expand): `$name` and `${name}` insert
 * the expanded value (undefined names insert nothing), `?`/`:` test for a non-empty/empty
 * value, the relational form compares numbers when both sides are all digits, text otherwise,
 * and the `<level` family compares compatibility levels.
 */
import { parseExpression } from '../parser/expression';
import type { ExprNode } from '../parser/types';

export interface ExpandResult {
  value: string;
  /** Names referenced somewhere that have no value at all. */
  undefinedNames: string[];
  /** Reference chains that lead back to themselves (first name repeated at the end). */
  cycles: string[][];
  /** Names whose value depends on the host or build and is not known here; left as references. */
  unknownNames: string[];
}

/**
 * Looks up the unexpanded text of a name, or undefined when it has no value anywhere.
 * `unknown`: the name has a value that only the host knows (myhostname without a local
 * postconf); its references stay in the result as written, and count as non-empty.
 */
export type Lookup = (name: string) => { text: string; nodes?: ExprNode[]; raw?: boolean; unknown?: boolean } | undefined;

/** How a reference to an unknown value is shown: as the user wrote it. */
function referenceText(ref: Extract<ExprNode, { kind: 'ref' }>): string {
  return ref.form === 'bare' ? `$${ref.name}` : ref.form === 'brace' ? `\${${ref.name}}` : `$(${ref.name})`;
}

const MAX_DEPTH = 100;

export function expandValue(text: string, lookup: Lookup, nodes?: ExprNode[]): ExpandResult {
  const undefinedNames = new Set<string>();
  const unknownNames = new Set<string>();
  const cycles: string[][] = [];
  const cache = new Map<string, string>();
  const stack: string[] = [];

  /** The expanded value of `name`; undefined when only the host knows it. */
  const valueOf = (name: string): string | undefined => {
    const hit = cache.get(name);
    if (hit !== undefined) return hit;
    if (stack.includes(name)) {
      cycles.push([...stack.slice(stack.indexOf(name)), name]);
      return '';
    }
    const entry = lookup(name);
    if (!entry) {
      undefinedNames.add(name);
      return '';
    }
    if (entry.unknown) {
      unknownNames.add(name);
      return undefined;
    }
    if (entry.raw || stack.length >= MAX_DEPTH) return entry.text;
    stack.push(name);
    const v = evalNodes(entry.nodes ?? parseExpression(entry.text).nodes);
    stack.pop();
    cache.set(name, v);
    return v;
  };

  const evalNodes = (list: ExprNode[]): string => {
    let out = '';
    for (const n of list) {
      switch (n.kind) {
        case 'text':
          out += n.text;
          break;
        case 'escape':
          out += '$';
          break;
        case 'ref': {
          const v = valueOf(n.name);
          const c = n.conditional;
          if (!c) out += v ?? referenceText(n);
          else if (c.op === '?') out += v !== '' ? evalNodes(c.value) : c.otherwise ? evalNodes(c.otherwise) : '';
          else out += v === '' ? evalNodes(c.value) : '';
          break;
        }
        case 'relational': {
          const holds = compare(evalNodes(n.left), n.op, evalNodes(n.right));
          out += evalNodes(holds ? n.ifTrue : n.ifFalse);
          break;
        }
      }
    }
    return out;
  };

  const value = evalNodes(nodes ?? parseExpression(text).nodes);
  return { value, undefinedNames: [...undefinedNames], cycles, unknownNames: [...unknownNames] };
}

export function compareLevels(a: string, b: string): number {
  const pa = a.split('.').map((x) => Number(x) || 0);
  const pb = b.split('.').map((x) => Number(x) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Numbers compare as numbers when both sides are all digits, bytes (strcmp) otherwise; `level` ops compare releases. */
export function compare(a: string, op: string, b: string): boolean {
  let d: number;
  if (op.endsWith('level')) d = compareLevels(a, b);
  // Non-empty all-digit operands compare as numbers, anything else byte by byte (strcmp).
  else if (/^\d+$/.test(a) && /^\d+$/.test(b)) d = Number(a) - Number(b);
  else d = Buffer.compare(Buffer.from(a), Buffer.from(b));
  switch (op.replace('level', '')) {
    case '==':
      return d === 0;
    case '!=':
      return d !== 0;
    case '<':
      return d < 0;
    case '<=':
      return d <= 0;
    case '>':
      return d > 0;
    case '>=':
      return d >= 0;
    default:
      return false;
  }
}
