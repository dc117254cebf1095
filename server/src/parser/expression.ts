/**
 * Parser for the `$name` expression language of Postfix parameter values (mac_parse and
 * mac_expand): `$name`, `${name}`, `$(name)`, `$$`, `${name?value}`, `${name:value}`,
 * `${name?{value}}`, `${name?{a}:{b}}` and `${{a} OP {b} ? {t} : {f}}`.
 *
 * It works on a plain string and reports offsets into it; callers map them to document
 * offsets. It never throws: problems carry Postfix's own wording.
 */
import { isSpace } from './lines';
import type { Conditional, ExprNode, ExprProblem, Expression } from './types';

const RELATIONAL_OPS = ['==', '!=', '<=', '>=', '<', '>'];
const LEVEL_OPS = ['<=level', '>=level', '==level', '!=level', '<level', '>level'];

export function isNameChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

export function parseExpression(text: string): Expression {
  const problems: ExprProblem[] = [];
  const nodes = parseRange(text, 0, text.length, problems);
  return { nodes, problems };
}

/** Parses text[start, end) into nodes (mac_parse). */
function parseRange(text: string, start: number, end: number, problems: ExprProblem[]): ExprNode[] {
  const nodes: ExprNode[] = [];
  let literalStart = start;
  const flushLiteral = (upTo: number) => {
    if (upTo > literalStart) nodes.push({ kind: 'text', start: literalStart, end: upTo, text: text.slice(literalStart, upTo) });
  };
  let i = start;
  while (i < end) {
    const dollar = text.indexOf('$', i);
    if (dollar < 0 || dollar >= end) break;
    i = dollar;
    flushLiteral(i);
    const next = i + 1 < end ? text.charCodeAt(i + 1) : -1;
    if (next === 36 /* $ */) {
      nodes.push({ kind: 'escape', start: i, end: i + 2 });
      i += 2;
    } else if (next === 123 /* { */ || next === 40 /* ( */) {
      const close = next === 123 ? 125 : 41;
      const match = findClose(text, i + 2, end, next, close);
      if (match < 0) {
        problems.push({ start: i, end, message: `truncated macro reference: "${text.slice(start, end)}"` });
        return nodes;
      }
      const node = parseInner(text, i, i + 2, match, next === 123 ? 'brace' : 'paren', problems);
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
    literalStart = i;
  }
  flushLiteral(end);
  return nodes;
}

/** Index of the bracket that closes the one opened just before `from`, counting nesting. */
function findClose(text: string, from: number, end: number, open: number, close: number): number {
  let level = 1;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === open) level++;
    else if (c === close && --level === 0) return i;
  }
  return -1;
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function problemAt(text: string, from: number, at: number, end: number, what: string): ExprProblem {
  return { start: at, end: Math.max(at + 1, end), message: `${what} at: "...${text.slice(from, at)}>>>${text.slice(at, end)}"` };
}

/** Parses the text between `${` and `}` (mac_expand's handling of one expression). */
function parseInner(
  text: string,
  start: number,
  from: number,
  to: number,
  form: 'brace' | 'paren',
  problems: ExprProblem[],
): ExprNode | undefined {
  if (from === to) {
    problems.push({ start, end: to + 1, message: `empty macro name: "${text.slice(start, to + 1)}"` });
    return undefined;
  }
  if (text.charCodeAt(from) === 123 /* { */) return parseRelational(text, start, from, to, problems);
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
  const conditional = parseConditional(text, op, j, to, problems);
  if (!conditional) return undefined;
  node.conditional = conditional;
  return node;
}

function parseConditional(text: string, op: '?' | ':', opAt: number, to: number, problems: ExprProblem[]): Conditional | undefined {
  let i = skipSpace(text, opAt + 1, to);
  if (text.charCodeAt(i) !== 123 /* { */) {
    // Legacy form: the rest of the expression is the value.
    return { op, braced: false, start: opAt, end: to, value: parseRange(text, opAt + 1, to, problems) };
  }
  const close = findClose(text, i + 1, to, 123, 125);
  if (close < 0) {
    problems.push(problemAt(text, opAt, i, to, 'unmatched "{"'));
    return undefined;
  }
  const value = parseBracedValue(text, i + 1, close, problems);
  const conditional: Conditional = { op, braced: true, start: opAt, end: close + 1, value };
  i = skipSpace(text, close + 1, to);
  if (i === to) return conditional;
  if (op !== '?' || text[i] !== ':') {
    problems.push(problemAt(text, opAt + 1, i, to, '":" expected'));
    return undefined;
  }
  i = skipSpace(text, i + 1, to);
  if (text.charCodeAt(i) === 123) {
    const close2 = findClose(text, i + 1, to, 123, 125);
    if (close2 < 0 || skipSpace(text, close2 + 1, to) !== to) {
      problems.push(problemAt(text, opAt + 1, close2 < 0 ? i : close2 + 1, to, close2 < 0 ? 'unmatched "{"' : 'syntax error'));
      return undefined;
    }
    conditional.otherwise = parseBracedValue(text, i + 1, close2, problems);
  } else {
    conditional.otherwise = parseRange(text, i, to, problems);
  }
  conditional.end = to;
  return conditional;
}

/**
 * The payload of `{ value }`, whitespace included: mac_expand keeps what is inside the braces
 * (`${x?{ a }}` gives " a ", and `{ x } != {x}` holds).
 */
function parseBracedValue(text: string, from: number, to: number, problems: ExprProblem[]): ExprNode[] {
  return parseRange(text, from, to, problems);
}

function parseRelational(text: string, start: number, from: number, to: number, problems: ExprProblem[]): ExprNode | undefined {
  const operand = (at: number): { nodes: ExprNode[]; next: number } | undefined => {
    at = skipSpace(text, at, to);
    if (text.charCodeAt(at) !== 123) {
      problems.push(problemAt(text, from, at, to, '"{" expected'));
      return undefined;
    }
    const close = findClose(text, at + 1, to, 123, 125);
    if (close < 0) {
      problems.push(problemAt(text, from, at, to, 'unmatched "{"'));
      return undefined;
    }
    return { nodes: parseBracedValue(text, at + 1, close, problems), next: close + 1 };
  };
  const left = operand(from);
  if (!left) return undefined;
  let i = skipSpace(text, left.next, to);
  const rest = text.slice(i, to);
  const op = LEVEL_OPS.find((o) => rest.startsWith(o)) ?? RELATIONAL_OPS.find((o) => rest.startsWith(o));
  if (!op) {
    problems.push(problemAt(text, from, i, to, '"==" or "!="" or "<"" or "<="" or ">="" or ">" expected'));
    return undefined;
  }
  const right = operand(i + op.length);
  if (!right) return undefined;
  i = skipSpace(text, right.next, to);
  if (text[i] !== '?') {
    problems.push(problemAt(text, from, i, to, '"?" expected'));
    return undefined;
  }
  const ifTrue = operand(i + 1);
  if (!ifTrue) return undefined;
  i = skipSpace(text, ifTrue.next, to);
  let ifFalse: ExprNode[] = [];
  if (i < to) {
    if (text[i] !== ':') {
      problems.push(problemAt(text, from, i, to, '":" expected'));
      return undefined;
    }
    const f = operand(i + 1);
    if (!f) return undefined;
    ifFalse = f.nodes;
    if (skipSpace(text, f.next, to) !== to) {
      problems.push(problemAt(text, from, skipSpace(text, f.next, to), to, 'syntax error'));
      return undefined;
    }
  }
  return { kind: 'relational', start, end: to + 1, left: left.nodes, op, right: right.nodes, ifTrue: ifTrue.nodes, ifFalse };
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
