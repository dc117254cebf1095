/**
 * main.cf parser: reads `name = value` logical lines exactly as Postfix does (see
 * `../shared/postfix/syntax-facts.md`). Lossless: every physical line is kept, so printing the
 * document back is `text` itself, and every node points into it.
 */
import { parseExpression } from './expression';
import { isSpace, logicalLines, normalizeWhitespace, physicalLines, toDocumentOffset } from './lines';
import type { Expression, ExprNode, LogicalLine, ParseProblem, PhysicalLine, Span } from './types';

export interface Value extends Span {
  /** The value as Postfix stores it (continuations joined, comment lines left out). */
  text: string;
  /** The value as `postconf -n` prints it. */
  normalized: string;
  /** `$name` expressions, with document offsets. */
  expr: Expression;
}

export interface Parameter extends Span {
  kind: 'parameter';
  name: string;
  nameStart: number;
  nameEnd: number;
  /** Offset of the `=`. */
  eq: number;
  value: Value;
  logical: LogicalLine;
}

export interface Comment extends Span {
  kind: 'comment';
  line: number;
}

export interface MainCf {
  kind: 'main';
  text: string;
  lines: PhysicalLine[];
  logical: LogicalLine[];
  parameters: Parameter[];
  comments: Comment[];
  problems: ParseProblem[];
}

export function parseMainCf(text: string): MainCf {
  const lines = physicalLines(text);
  const logical = logicalLines(text, lines);
  const parameters: Parameter[] = [];
  const problems: ParseProblem[] = [];
  for (const ll of logical) {
    if (ll.orphan) {
      problems.push(orphanProblem(ll));
      continue;
    }
    const parsed = parseAssignment(ll);
    if ('message' in parsed) problems.push(parsed);
    else parameters.push(parsed);
  }
  const comments: Comment[] = [];
  for (const l of lines) {
    if (l.kind !== 'comment') continue;
    let start = l.start;
    while (isSpace(text.charCodeAt(start))) start++;
    comments.push({ kind: 'comment', start, end: trimmedEnd(text, l), line: l.index });
  }
  return { kind: 'main', text, lines, logical, parameters, comments, problems };
}

function trimmedEnd(text: string, line: Span): number {
  let e = line.end;
  while (e > line.start && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

export function orphanProblem(ll: LogicalLine): ParseProblem {
  return {
    code: 'leading-whitespace',
    message: `logical line must not start with whitespace: "${ll.text}"`,
    start: ll.start,
    end: ll.end,
    line: ll.firstLine + 1,
    fatal: false,
  };
}

/** split_nameval(): the name ends at whitespace or `=`, then `=` must follow. */
function parseAssignment(ll: LogicalLine): Parameter | ParseProblem {
  const t = ll.text;
  let i = 0;
  while (i < t.length && !isSpace(t.charCodeAt(i)) && t[i] !== '=') i++;
  const nameEnd = i;
  while (i < t.length && isSpace(t.charCodeAt(i))) i++;
  const fail = (message: string): ParseProblem => ({
    code: 'syntax-error',
    message: `${message}: "${t}"`,
    start: ll.start,
    end: ll.end,
    line: ll.firstLine + 1,
    fatal: true,
  });
  if (nameEnd === 0) return fail('missing attribute name');
  if (t[i] !== '=') return fail("missing '=' after attribute name");
  const eq = i;
  let v = eq + 1;
  while (v < t.length && isSpace(t.charCodeAt(v))) v++;
  const valueText = t.slice(v);
  const at = (logicalOffset: number) => toDocumentOffset(ll, logicalOffset);
  const endAt = (logicalEnd: number) => (logicalEnd === 0 ? at(0) : toDocumentOffset(ll, logicalEnd - 1) + 1);
  const expr = parseExpression(valueText);
  const shift = (o: number) => at(v + o);
  const shiftEnd = (o: number) => (v + o === v ? at(v) : endAt(v + o));
  return {
    kind: 'parameter',
    name: t.slice(0, nameEnd),
    nameStart: at(0),
    nameEnd: endAt(nameEnd),
    eq: at(eq),
    start: ll.start,
    end: ll.end,
    logical: ll,
    value: {
      text: valueText,
      normalized: normalizeWhitespace(valueText),
      start: valueText.length ? at(v) : endAt(eq + 1),
      end: valueText.length ? endAt(t.length) : endAt(eq + 1),
      expr: mapExpression(expr, shift, shiftEnd),
    },
  };
}

/**
 * Rewrites, in place, the offsets of an expression parsed from a substring into document
 * offsets (the nodes are fresh from the parser, so nothing else sees the change).
 */
export function mapExpression(expr: Expression, at: (o: number) => number, endAt: (o: number) => number): Expression {
  const span = (s: Span) => {
    s.start = at(s.start);
    s.end = endAt(s.end);
  };
  const mapNodes = (nodes: ExprNode[]): void => {
    for (const n of nodes) {
      span(n);
      if (n.kind === 'ref') {
        n.nameStart = at(n.nameStart);
        n.nameEnd = endAt(n.nameEnd);
        if (n.conditional) {
          span(n.conditional);
          mapNodes(n.conditional.value);
          if (n.conditional.otherwise) mapNodes(n.conditional.otherwise);
        }
      } else if (n.kind === 'relational') {
        for (const part of [n.left, n.right, n.ifTrue, n.ifFalse]) mapNodes(part);
      }
    }
  };
  mapNodes(expr.nodes);
  for (const p of expr.problems) span(p);
  return expr;
}
