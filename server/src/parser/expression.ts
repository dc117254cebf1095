/**
 * Parser for the `$name` expression language of Postfix parameter values (mac_parse and
 * mac_expand): `$name`, `${name}`, `$(name)`, `$$`, `${name?value}`, `${name:value}`,
 * `${name?{value}}`, `${name?{a}:{b}}` and `${{a} OP {b} ? {t} : {f}}`.
 *
 * It works on a plain string and reports offsets into it; callers map them to document
 * offsets. It never throws: problems carry Postfix's own wording. Like Postfix it stops at the
 * first problem and refuses nesting deeper than 100 levels, and it stays linear on any input:
 * brackets are paired once up front, and the nesting limit bounds the recursion.
 */
import { isSpace, quote } from './lines';
import type { Conditional, ExprNode, ExprProblem, Expression } from './types';

const RELATIONAL_OPS = ['==', '!=', '<=', '>=', '<', '>'];
const LEVEL_OPS = ['<=level', '>=level', '==level', '!=level', '<level', '>level'];

export function isNameChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** Deepest nesting Postfix accepts: its expansion fails when a piece is entered at level 101. */
const MAX_LEVEL = 100;

/**
 * Parse state: the problems (Postfix stops at the first one, so there is at most one) and the
 * partner of every bracket, computed once so that finding a closing bracket is O(1).
 */
interface State {
  problems: ExprProblem[];
  closeOf: Int32Array;
  level: number;
}

export function parseExpression(text: string): Expression {
  const state: State = { problems: [], closeOf: pairBrackets(text), level: 0 };
  const nodes = parseRange(text, 0, text.length, state);
  return { nodes, problems: state.problems };
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
  const problems = state.problems;
  if (problems.length > 0 || start >= end) return [];
  if (state.level > MAX_LEVEL) {
    problems.push({ start, end, message: `unreasonable macro call nesting: ${quote(text.slice(start, Math.min(end, start + 200)))}` });
    return [];
  }
  state.level++;
  try {
    return parseChunks(text, start, end, state);
  } finally {
    state.level--;
  }
}

function parseChunks(text: string, start: number, end: number, state: State): ExprNode[] {
  const problems = state.problems;
  const nodes: ExprNode[] = [];
  let literalStart = start;
  const flushLiteral = (upTo: number) => {
    if (upTo > literalStart) nodes.push({ kind: 'text', start: literalStart, end: upTo, text: text.slice(literalStart, upTo) });
  };
  let i = start;
  while (i < end && problems.length === 0) {
    const dollar = text.indexOf('$', i);
    if (dollar < 0 || dollar >= end) break;
    i = dollar;
    flushLiteral(i);
    const next = i + 1 < end ? text.charCodeAt(i + 1) : -1;
    if (next === 36 /* $ */) {
      nodes.push({ kind: 'escape', start: i, end: i + 2 });
      i += 2;
    } else if (next === 123 /* { */ || next === 40 /* ( */) {
      const match = findClose(state, i + 2, end);
      if (match < 0) {
        problems.push({ start: i, end, message: `truncated macro reference: ${quote(text.slice(start, end))}` });
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
        problems.push({ start: i, end: i + 1, message: `empty macro name: ${quote(text.slice(start, end))}` });
        return nodes;
      }
      nodes.push({ kind: 'ref', form: 'bare', name: text.slice(i + 1, j), nameStart: i + 1, nameEnd: j, start: i, end: j });
      i = j;
    }
    literalStart = i;
  }
  if (problems.length === 0) flushLiteral(end);
  return nodes;
}

/** Index of the bracket that closes the one opened just before `from`, if it lies before `end`. */
function findClose(state: State, from: number, end: number): number {
  const close = state.closeOf[from - 1];
  return close >= 0 && close < end ? close : -1;
}

/** mac_expand's whitespace set (space, tab, CR, LF), skipped before `{` and after `}`. */
function skipCurlySpace(text: string, i: number, end: number): number {
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 13 || text.charCodeAt(i) === 10)) i++;
  return i;
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function problemAt(text: string, from: number, at: number, end: number, what: string): ExprProblem {
  return { start: at, end: Math.max(at + 1, end), message: `${what} at: "...${text.slice(Math.max(from, at - 60), at)}>>>${text.slice(at, Math.min(end, at + 60))}"` };
}

/** Parses the text between `${` and `}` (mac_expand's handling of one expression). */
function parseInner(
  text: string,
  start: number,
  from: number,
  to: number,
  form: 'brace' | 'paren',
  state: State,
): ExprNode | undefined {
  const problems = state.problems;
  if (from === to) {
    problems.push({ start, end: to + 1, message: `empty macro name: ${quote(text.slice(start, to + 1))}` });
    return undefined;
  }
  if (text.charCodeAt(skipCurlySpace(text, from, to)) === 123 /* { */) return parseRelational(text, start, skipCurlySpace(text, from, to), to, state);
  let j = from;
  while (j < to && isNameChar(text.charCodeAt(j))) j++;
  const name = text.slice(from, j);
  const node: ExprNode = { kind: 'ref', form, name, nameStart: from, nameEnd: j, start, end: to + 1 };
  if (j === to && j > from) return node;
  const op = text[j];
  if (j === from || (op !== '?' && op !== ':')) {
    problems.push(problemAt(text, from, j, to, 'attribute name syntax error'));
    return undefined;
  }
  const conditional = parseConditional(text, op, j, to, state);
  if (!conditional) return undefined;
  node.conditional = conditional;
  return node;
}

function parseConditional(text: string, op: '?' | ':', opAt: number, to: number, state: State): Conditional | undefined {
  const problems = state.problems;
  let i = skipSpace(text, opAt + 1, to);
  if (text.charCodeAt(i) !== 123 /* { */) {
    // Legacy form: the rest of the expression is the value.
    return { op, braced: false, start: opAt, end: to, value: parseRange(text, opAt + 1, to, state) };
  }
  const close = findClose(state, i + 1, to);
  if (close < 0) {
    problems.push(problemAt(text, opAt, i, to, 'unmatched "{"'));
    return undefined;
  }
  const value = parseBracedValue(text, i + 1, close, state);
  const conditional: Conditional = { op, braced: true, start: opAt, end: close + 1, value };
  i = skipSpace(text, close + 1, to);
  if (i === to) return conditional;
  if (op !== '?' || text[i] !== ':') {
    problems.push(problemAt(text, opAt + 1, i, to, '":" expected'));
    return undefined;
  }
  i = skipSpace(text, i + 1, to);
  if (text.charCodeAt(i) === 123) {
    const close2 = findClose(state, i + 1, to);
    if (close2 < 0 || skipSpace(text, close2 + 1, to) !== to) {
      problems.push(problemAt(text, opAt + 1, close2 < 0 ? i : close2 + 1, to, close2 < 0 ? 'unmatched "{"' : 'syntax error'));
      return undefined;
    }
    conditional.otherwise = parseBracedValue(text, i + 1, close2, state);
  } else {
    conditional.otherwise = parseRange(text, i, to, state);
  }
  conditional.end = to;
  return conditional;
}

/** The payload of `{ value }`: surrounding whitespace is not part of it. */
function parseBracedValue(text: string, from: number, to: number, state: State): ExprNode[] {
  const a = skipSpace(text, from, to);
  let b = to;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return parseRange(text, a, b, state);
}

/**
 * `${{a} OP {b}}`, optionally followed by `?{t}`, `?{t}:{f}` or `:{f}` (braces optional on the
 * results, as for names): without `?` or `:` the expression stands for "true" or nothing.
 */
function parseRelational(text: string, start: number, from: number, to: number, state: State): ExprNode | undefined {
  const problems = state.problems;
  const operand = (at: number): { nodes: ExprNode[]; next: number } | undefined => {
    at = skipCurlySpace(text, at, to);
    if (text.charCodeAt(at) !== 123) {
      problems.push(problemAt(text, from, at, to, '"{" expected'));
      return undefined;
    }
    const close = findClose(state, at + 1, to);
    if (close < 0) {
      problems.push(problemAt(text, from, at, to, 'unmatched "{"'));
      return undefined;
    }
    return { nodes: parseBracedValue(text, at + 1, close, state), next: skipCurlySpace(text, close + 1, to) };
  };
  const left = operand(from);
  if (!left) return undefined;
  let i = left.next;
  const rest = text.slice(i, Math.min(to, i + 8));
  const op = LEVEL_OPS.find((o) => rest.startsWith(o)) ?? RELATIONAL_OPS.find((o) => rest.startsWith(o));
  if (!op) {
    problems.push(problemAt(text, from, i, to, '"==" or "!="" or "<"" or "<="" or ">="" or ">" expected'));
    return undefined;
  }
  const right = operand(i + op.length);
  if (!right) return undefined;
  i = right.next;
  const node: ExprNode = { kind: 'relational', start, end: to + 1, left: left.nodes, op, right: right.nodes, ifTrue: [], ifFalse: [] };
  if (i === to) return node;
  const c = text[i];
  if (c !== '?' && c !== ':') {
    problems.push(problemAt(text, from, i, to, '"?" or ":" expected'));
    return undefined;
  }
  const conditional = parseConditional(text, c, i, to, state);
  if (!conditional) return undefined;
  if (c === '?') {
    node.ifTrue = conditional.value;
    node.ifFalse = conditional.otherwise ?? [];
  } else {
    node.ifFalse = conditional.value;
  }
  return node;
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
