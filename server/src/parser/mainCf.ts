/**
 * main.cf parser: reads `name = value` logical lines exactly as Postfix does (see
 * `../shared/postfix/syntax-facts.md`). Lossless: every physical line is kept, so printing the
 * document back is `text` itself, and every node points into it.
 */
import { NO_PROBLEMS, parseExpression } from './expression';
import { isSpace, logicalLines, normalizeWhitespace, toDocumentEnd, toDocumentOffset } from './lines';
import { physicalLines, type PhysicalLines } from './physicalLines';
import type { Expression, ExprNode, LogicalLine, ParseProblem, Span } from './types';

export interface Value extends Span {
  /** The value as Postfix stores it (continuations joined, comment lines left out). */
  text: string;
  /** The value as `postconf -n` prints it. */
  readonly normalized: string;
  /** True when the text has no `$`: its expression is the text itself (one text node, none when empty). */
  readonly plain: boolean;
  /** `$name` expressions, with document offsets. */
  readonly expr: Expression;
}

/**
 * A parsed value. Most values have no `$`, and most readers look at `plain` before the nodes:
 * the one text node of a plain value is made only when asked for, then kept. Made up front, it
 * was four objects per setting (a tenth of what a version of a 2,000-line file kept alive).
 * The `postconf -n` form is also made when asked for: only the dump, the outline and a TLS
 * message read it, and testing every value of every version for runs of whitespace cost ~2 %
 * of a typing edit.
 */
class ParsedValue implements Value {
  readonly plain: boolean;
  #expr: Expression | undefined;
  #normalized: string | undefined = undefined;

  /** `expr`: the parsed expression of a value with `$`; undefined for a plain one. */
  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    expr: Expression | undefined,
  ) {
    this.plain = expr === undefined;
    this.#expr = expr;
  }

  get normalized(): string {
    return (this.#normalized ??= normalizeWhitespace(this.text));
  }

  get expr(): Expression {
    return (this.#expr ??= { nodes: this.text.length > 0 ? [{ kind: 'text', start: this.start, end: this.end, text: this.text }] : [], problems: NO_PROBLEMS });
  }
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
  lines: PhysicalLines;
  logical: LogicalLine[];
  parameters: Parameter[];
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
  return { kind: 'main', text, lines, logical, parameters, problems };
}

/**
 * The comment lines of a main.cf, without their indentation and trailing whitespace. Listed on
 * request, not by the parser: few callers need them.
 */
export function mainComments({ text, lines }: MainCf): Comment[] {
  const comments: Comment[] = [];
  for (const l of lines) {
    if (l.kind !== 'comment') continue;
    let start = l.start;
    while (isSpace(text.charCodeAt(start))) start++;
    comments.push({ kind: 'comment', start, end: trimmedEnd(text, l), line: l.index });
  }
  return comments;
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

function syntaxError(ll: LogicalLine, message: string): ParseProblem {
  return {
    code: 'syntax-error',
    message: `${message}: "${ll.text}"`,
    start: ll.start,
    end: ll.end,
    line: ll.firstLine + 1,
    fatal: true,
  };
}

/** split_nameval(): the name ends at whitespace or `=`, then `=` must follow. */
function parseAssignment(ll: LogicalLine): Parameter | ParseProblem {
  const t = ll.text;
  const length = t.length;
  let i = 0;
  for (let c = t.charCodeAt(0); i < length && c !== 61 /* = */ && !isSpace(c); c = t.charCodeAt(++i));
  const nameEnd = i;
  while (i < length && isSpace(t.charCodeAt(i))) i++;
  if (nameEnd === 0) return syntaxError(ll, 'missing attribute name');
  if (t.charCodeAt(i) !== 61) return syntaxError(ll, "missing '=' after attribute name");
  const eq = i;
  let v = eq + 1;
  while (v < length && isSpace(t.charCodeAt(v))) v++;
  const valueText = t.slice(v);
  // Offsets in the logical text map to the document by one shift when it is one piece.
  const single = ll.firstLine === ll.lastLine;
  const base = ll.start;
  const valueStart = v < length ? (single ? base + v : toDocumentOffset(ll, v)) : single ? base + eq + 1 : toDocumentEnd(ll, eq + 1);
  const valueEnd = v < length ? (single ? base + length : toDocumentEnd(ll, length)) : valueStart;
  return {
    kind: 'parameter',
    name: t.slice(0, nameEnd),
    nameStart: base,
    nameEnd: single ? base + nameEnd : toDocumentEnd(ll, nameEnd),
    eq: single ? base + eq : toDocumentOffset(ll, eq),
    start: ll.start,
    end: ll.end,
    logical: ll,
    value: new ParsedValue(
      valueText,
      valueStart,
      valueEnd,
      valueText.indexOf('$') < 0 ? undefined : mapExpression(parseExpression(valueText), ll, v),
    ),
  };
}

/**
 * Rewrites, in place, the offsets of an expression parsed from the logical text of `ll` from
 * offset `base` on into document offsets (the nodes are fresh from the parser, so nothing else
 * sees the change). An empty span stays where it starts.
 */
export function mapExpression(expr: Expression, ll: LogicalLine, base: number): Expression {
  mapNodes(expr.nodes, ll, base);
  for (const p of expr.problems) mapSpan(p, ll, base);
  return expr;
}

/** Document offset of the end of a run that ends at `end` past `base` (an empty run stays at `base`). */
function endOf(ll: LogicalLine, base: number, end: number): number {
  return end === 0 ? toDocumentOffset(ll, base) : toDocumentEnd(ll, base + end);
}

function mapSpan(s: Span, ll: LogicalLine, base: number): void {
  s.start = toDocumentOffset(ll, base + s.start);
  s.end = endOf(ll, base, s.end);
}

function mapNodes(nodes: ExprNode[], ll: LogicalLine, base: number): void {
  for (const n of nodes) {
    mapSpan(n, ll, base);
    if (n.kind === 'ref') {
      n.nameStart = toDocumentOffset(ll, base + n.nameStart);
      n.nameEnd = endOf(ll, base, n.nameEnd);
      if (n.conditional) {
        mapSpan(n.conditional, ll, base);
        mapNodes(n.conditional.value, ll, base);
        if (n.conditional.otherwise) mapNodes(n.conditional.otherwise, ll, base);
      }
    } else if (n.kind === 'relational') {
      mapNodes(n.left, ll, base);
      mapNodes(n.right, ll, base);
      mapNodes(n.ifTrue, ll, base);
      mapNodes(n.ifFalse, ll, base);
    }
  }
}
