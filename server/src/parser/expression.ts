/**
 * Parser for the `$name` expression language of Postfix parameter values (mac_parse and
 * mac_expand): `$name`, `${name}`, `$(name)`, `$$`, `${name?value}`, `${name:value}`,
 * `${name?{value}}`, `${name?{a}:{b}}` and `${{a} OP {b} ? {t} : {f}}`.
 *
 * It works on a plain string and reports offsets into it; callers map them to document
 * offsets. It never throws: problems carry Postfix's own wording. Like Postfix it refuses nesting
 * deeper than 100 levels (text at level 101; the operands of `${{a} OP {b}}` count from 0 again,
 * as they are separate expansions in Postfix), and it stays linear on any input: brackets are
 * paired once up front, and the recursion stops MAX_TOTAL_DEPTH ranges deep (operands included;
 * deeper text gives no nodes and no problem).
 */
import { isSpace, quote } from './lines';
import type { Conditional, ExprNode, ExprProblem, Expression, RelationalNode } from './types';

const RELATIONAL_OPS = ['==', '!=', '<=', '>=', '<', '>'];
const LEVEL_OPS = ['<=level', '>=level', '==level', '!=level', '<level', '>level'];

export function isNameChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** Deepest nesting Postfix accepts: its expansion fails when a piece is entered at level 101. */
const MAX_LEVEL = 100;
/** Deepest nesting of ranges parsed at all (only operands, which restart the level, get there). */
const MAX_TOTAL_DEPTH = 120;

/**
 * Parse state: the problems found, the partner of every bracket (computed once, on the first
 * `${` or `$(`, so finding a closing bracket is O(1)) and the current nesting level.
 */
interface State {
  text: string;
  problems: ExprProblem[];
  closeOf: Int32Array | undefined;
  level: number;
  /** Ranges being parsed, nested in each other. */
  depth: number;
}

/**
 * The problems of every expression without any: one shared, frozen array instead of an empty
 * one per value (a large file has tens of thousands of values).
 */
export const NO_PROBLEMS: ExprProblem[] = Object.freeze([]) as unknown as ExprProblem[];

export function parseExpression(text: string): Expression {
  // Most values have no `$`: one text node (or none), nothing to pair or scan.
  if (text.indexOf('$') < 0) return { nodes: text.length > 0 ? [{ kind: 'text', start: 0, end: text.length, text }] : [], problems: NO_PROBLEMS };
  const state: State = { text, problems: [], closeOf: undefined, level: 0, depth: 0 };
  const nodes = parseRange(text, 0, text.length, state);
  return { nodes, problems: state.problems.length > 0 ? state.problems : NO_PROBLEMS };
}

/** For each `{` and `(`, the index of its partner `}` / `)` (counting only its own kind), else -1. */
function pairBrackets(text: string): Int32Array {
  const closeOf = new Int32Array(text.length).fill(-1);
  const braces: number[] = [];
  const parens: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 123) braces.push(i);
    else if (c === 40) parens.push(i);
    else if (c === 125 && braces.length) closeOf[braces.pop()!] = i;
    else if (c === 41 && parens.length) closeOf[parens.pop()!] = i;
  }
  return closeOf;
}

/** Parses text[start, end) into nodes (mac_parse), one nesting level deeper than the caller. */
function parseRange(text: string, start: number, end: number, state: State): ExprNode[] {
  if (state.level > MAX_LEVEL) {
    // Empty text has no piece to enter at this level: Postfix accepts it.
    if (state.problems.length === 0 && end > start) state.problems.push({ start, end, message: `unreasonable macro call nesting: ${quote(text.slice(start, Math.min(end, start + 200)))}` });
    return [];
  }
  if (state.depth >= MAX_TOTAL_DEPTH) return [];
  state.level++;
  state.depth++;
  try {
    const nodes = parseChunks(text, start, end, state);
    // The tree is kept with the model: an array grown by push() reserves room for 17 nodes.
    return nodes.length < 17 ? nodes.slice() : nodes;
  } finally {
    state.level--;
    state.depth--;
  }
}

function parseChunks(text: string, start: number, end: number, state: State): ExprNode[] {
  const problems = state.problems;
  const nodes: ExprNode[] = [];
  let i = start;
  while (i < end) {
    const dollar = text.indexOf('$', i);
    if (dollar < 0 || dollar >= end) break;
    if (dollar > i) nodes.push({ kind: 'text', start: i, end: dollar, text: text.slice(i, dollar) });
    i = dollar;
    const next = i + 1 < end ? text.charCodeAt(i + 1) : -1;
    if (next === 36 /* $ */) {
      nodes.push({ kind: 'escape', start: i, end: i + 2 });
      i += 2;
    } else if (next === 123 /* { */ || next === 40 /* ( */) {
      const match = findClose(state, i + 2, end);
      if (match < 0) {
        problems.push({ start: i, end, message: `truncated macro reference: "${text.slice(start, end)}"` });
        return nodes;
      }
      if (match === i + 2) {
        problems.push({ start: i, end: match + 1, message: `empty macro name: "${text.slice(start, end)}"` });
        return nodes;
      }
      const node = parseInner(text, i, i + 2, match, next === 123 ? 'brace' : 'paren', state);
      if (!node) return nodes;
      nodes.push(node);
      i = match + 1;
    } else {
      let j = i + 1;
      while (j < end && isNameChar(text.charCodeAt(j))) j++;
      if (j === i + 1) {
        problems.push({ start: i, end: i + 1, message: `empty macro name: "${text.slice(start, end)}"` });
        return nodes;
      }
      nodes.push({ kind: 'ref', form: 'bare', name: text.slice(i + 1, j), nameStart: i + 1, nameEnd: j, start: i, end: j });
      i = j;
    }
  }
  if (end > i) nodes.push({ kind: 'text', start: i, end, text: text.slice(i, end) });
  return nodes;
}

/** Index of the bracket that closes the one opened just before `from`, if it lies before `end`. */
function findClose(state: State, from: number, end: number): number {
  state.closeOf ??= pairBrackets(state.text);
  const close = state.closeOf[from - 1];
  return close >= 0 && close < end ? close : -1;
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** mac_expand shows at most 20 characters of what follows the point of an error. */
const rest = (text: string, at: number, to: number) => text.slice(at, Math.min(to, at + 20));

const OPERATOR_CHARS = '<>!=?+-*/~&|%';
const ANY_OPERATOR = '"==" or "!="" or "<"" or "<="" or ">="" or ">"';

/**
 * Where a `{` at `open` closes (mac_exp_extract_curly_payload), or -1 after reporting an
 * unbalanced payload.
 */
function curlyPayload(text: string, open: number, to: number, state: State): number {
  const close = findClose(state, open + 1, to);
  if (close < 0) state.problems.push({ start: open, end: to, message: `unbalanced {} in attribute expression: "${text.slice(open, to)}"` });
  return close;
}

/**
 * Parses the text between `${` and `}` (mac_expand_callback): a relational expression when
 * it starts with `{`, else a name; then an optional `?value` and/or `:value`, each `{braced}`
 * or (legacy) the rest of the text. Problems carry mac_expand's own wording.
 */
function parseInner(
  text: string,
  start: number,
  from: number,
  to: number,
  form: 'brace' | 'paren',
  state: State,
): ExprNode | undefined {
  const problems = state.problems;
  let i = skipSpace(text, from, to);
  let node: ExprNode;
  if (text.charCodeAt(i) === 123 /* { */) {
    const relational = parseRelational(text, start, i, to, state);
    if (!relational) return undefined;
    node = relational.node;
    i = relational.next;
    if (i < to && text[i] !== '?' && text[i] !== ':') {
      problems.push({ start: i, end: to, message: `"?" or ":" expected at: "...}>>>${rest(text, i, to)}"` });
      return undefined;
    }
  } else {
    const nameStart = i;
    for (;;) {
      const after = skipSpace(text, i, to);
      if (after === to || text[after] === '?' || text[after] === ':') break;
      if (!isNameChar(text.charCodeAt(i))) {
        problems.push({ start: i, end: to, message: `attribute name syntax error at: "...${text.slice(from, i)}>>>${rest(text, i, to)}"` });
        return undefined;
      }
      i++;
    }
    node = { kind: 'ref', form, name: text.slice(nameStart, i), nameStart, nameEnd: i, start, end: to + 1 };
    i = skipSpace(text, i, to);
  }
  if (i === to) return node;
  const branches = parseBranches(text, i, to, state);
  if (!branches) return undefined;
  if (node.kind === 'relational') {
    node.ifTrue = branches.value ?? [];
    node.ifFalse = branches.otherwise ?? [];
  } else {
    node.conditional = branches.conditional;
  }
  return node;
}

/** `?value`, `:value` or `?{value}:value` after a name or relational expression. */
function parseBranches(
  text: string,
  at: number,
  to: number,
  state: State,
): { conditional: Conditional; value?: ExprNode[]; otherwise?: ExprNode[] } | undefined {
  const problems = state.problems;
  const op = text[at] as '?' | ':';
  let i = at + 1;
  const operand = (): { nodes: ExprNode[]; braced: boolean; payload: string } | undefined => {
    const open = skipSpace(text, i, to);
    if (text.charCodeAt(open) !== 123) {
      const nodes = parseRange(text, i, to, state);
      const payload = text.slice(i, to);
      i = to;
      return { nodes, braced: false, payload };
    }
    const close = curlyPayload(text, open, to, state);
    if (close < 0) return undefined;
    i = skipSpace(text, close + 1, to);
    return { nodes: parseBracedValue(text, open + 1, close, state), braced: true, payload: text.slice(open + 1, close) };
  };
  const first = operand();
  if (!first) return undefined;
  const conditional: Conditional = { op, braced: first.braced, start: at, end: i, value: first.nodes };
  if (i === to) return { conditional, value: op === '?' ? first.nodes : undefined, otherwise: op === ':' ? first.nodes : undefined };
  if (op === '?' && text[i] === ':') {
    i++;
    const second = operand();
    if (!second) return undefined;
    conditional.otherwise = second.nodes;
    conditional.end = to;
    if (i === to) return { conditional, value: first.nodes, otherwise: second.nodes };
    problems.push({ start: i, end: to, message: `unexpected input at: "...${second.payload}}>>>${rest(text, i, to)}"` });
    return undefined;
  }
  const message = op === '?' ? `":" expected at: "...${first.payload}}>>>${rest(text, i, to)}"` : `unexpected input at: "...${first.payload}}>>>${rest(text, i, to)}"`;
  problems.push({ start: i, end: to, message });
  return undefined;
}

/**
 * The payload of `{ value }`, whitespace included: mac_expand keeps what is inside the braces
 * (`${x?{ a }}` gives " a ", and `{ x } != {x}` holds).
 */
function parseBracedValue(text: string, from: number, to: number, state: State): ExprNode[] {
  return parseRange(text, from, to, state);
}

/** A relational operand: a separate expansion in Postfix, whose levels count from 0. */
function parseOperand(text: string, from: number, to: number, state: State): ExprNode[] {
  const level = state.level;
  state.level = 0;
  try {
    return parseRange(text, from, to, state);
  } finally {
    state.level = level;
  }
}

/** `{left} OP {right}` (mac_exp_parse_relational), from the `{` at `open`. */
function parseRelational(text: string, start: number, open: number, to: number, state: State): { node: RelationalNode; next: number } | undefined {
  const problems = state.problems;
  const leftClose = curlyPayload(text, open, to, state);
  if (leftClose < 0) return undefined;
  const leftPayload = text.slice(open + 1, leftClose);
  let i = skipSpace(text, leftClose + 1, to);
  let opLen = 0;
  while (i + opLen < to && OPERATOR_CHARS.includes(text[i + opLen])) opLen++;
  const opText = text.slice(i, i + opLen);
  if (!RELATIONAL_OPS.includes(opText)) {
    problems.push({ start: i, end: to, message: `${ANY_OPERATOR} expected at: "...${leftPayload}}>>>${rest(text, i, to)}"` });
    return undefined;
  }
  const opStart = i;
  i += opLen;
  let op = opText;
  if (i < to && /[A-Za-z0-9]/.test(text[i])) {
    let suffixEnd = i;
    while (suffixEnd < to && /[A-Za-z0-9]/.test(text[suffixEnd])) suffixEnd++;
    op = opText + text.slice(i, suffixEnd);
    if (!LEVEL_OPS.includes(op)) {
      problems.push({ start: opStart, end: suffixEnd, message: `bad operator suffix at: "...${opText}>>>${text.slice(i, suffixEnd)}"` });
      return undefined;
    }
    i = suffixEnd;
  }
  const rightOpen = skipSpace(text, i, to);
  if (text.charCodeAt(rightOpen) !== 123) {
    problems.push({ start: i, end: to, message: `"{expression}" expected at: "...{${leftPayload}} ${opText}>>>${rest(text, i, to)}"` });
    return undefined;
  }
  const rightClose = curlyPayload(text, rightOpen, to, state);
  if (rightClose < 0) return undefined;
  const node: RelationalNode = {
    kind: 'relational',
    start,
    end: to + 1,
    left: parseOperand(text, open + 1, leftClose, state),
    op,
    right: parseOperand(text, rightOpen + 1, rightClose, state),
    ifTrue: [],
    ifFalse: [],
  };
  return { node, next: skipSpace(text, rightClose + 1, to) };
}

/** Calls `visit` for every reference in the tree, nested ones included. */
export function forEachRef(nodes: ExprNode[], visit: (ref: Extract<ExprNode, { kind: 'ref' }>) => void): void {
  for (const n of nodes) {
    if (n.kind === 'ref') {
      visit(n);
      if (n.conditional) {
        forEachRef(n.conditional.value, visit);
        if (n.conditional.otherwise) forEachRef(n.conditional.otherwise, visit);
      }
    } else if (n.kind === 'relational') {
      for (const part of [n.left, n.right, n.ifTrue, n.ifFalse]) forEachRef(part, visit);
    }
  }
}
