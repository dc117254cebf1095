/**
 * Syntax tree types shared by the main.cf and master.cf parsers.
 *
 * All positions are UTF-16 offsets into the document text (what JavaScript strings and LSP
 * use); `start` is inclusive and `end` exclusive. Conversion to line/character happens at
 * the edges (LSP, CLI) with the document's own line index.
 */

export interface Span {
  start: number;
  end: number;
}

/** How Postfix classifies one physical line (a line ends at `\n`; `\r` is whitespace). */
export type PhysicalLineKind = 'blank' | 'comment' | 'start' | 'continuation';

export interface PhysicalLine extends Span {
  /** 0-based index; Postfix's "line N" is `index + 1`. */
  index: number;
  kind: PhysicalLineKind;
  /** Offset just past the line terminator (`\n`), or `end` for the last line without one. */
  next: number;
}

/** A run of document text that belongs to a logical line's text. */
export interface Piece extends Span {
  /** Offset of this piece's first character within the logical text. */
  logical: number;
}

/**
 * A logical line as Postfix's readllines() builds it: a line starting in column 1 plus every
 * following line that starts with whitespace, skipping blank and comment lines, joined
 * without the newlines and with trailing whitespace removed.
 */
export interface LogicalLine extends Span {
  text: string;
  pieces: Piece[];
  /** 0-based index of the first and last physical line that contributes text. */
  firstLine: number;
  lastLine: number;
  /** True for a logical line that starts with whitespace (nothing to continue): Postfix drops it. */
  orphan: boolean;
}

export type Severity = 'error' | 'warning';

/** A problem found while parsing, kept as data. */
export interface ParseProblem extends Span {
  /** Rule id that reports it (`syntax-error`, `master-field`, ...). */
  code: string;
  message: string;
  /** 1-based line number as Postfix reports it. */
  line: number;
  /** True when Postfix refuses the whole file (postconf exits with a fatal error). */
  fatal: boolean;
}

// ---------------------------------------------------------------------------------------------
// `$name` expressions inside values

export type ExprNode = TextNode | EscapeNode | RefNode | RelationalNode;

export interface TextNode extends Span {
  kind: 'text';
  text: string;
}

/** `$$`, a literal dollar sign. */
export interface EscapeNode extends Span {
  kind: 'escape';
}

export interface Conditional extends Span {
  /** `?` expands `value` when the named parameter is non-empty, `:` when it is empty. */
  op: '?' | ':';
  braced: boolean;
  value: ExprNode[];
  /** The `:{else}` part of `${name?{then}:{else}}`. */
  otherwise?: ExprNode[];
}

/** `$name`, `${name}`, `$(name)` and the conditional forms `${name?x}`, `${name:x}`. */
export interface RefNode extends Span {
  kind: 'ref';
  form: 'bare' | 'brace' | 'paren';
  name: string;
  nameStart: number;
  nameEnd: number;
  conditional?: Conditional;
}

/** `${{a} OP {b} ? {t} : {f}}`. */
export interface RelationalNode extends Span {
  kind: 'relational';
  left: ExprNode[];
  op: string;
  right: ExprNode[];
  ifTrue: ExprNode[];
  ifFalse: ExprNode[];
}

export interface ExprProblem extends Span {
  /** Postfix's own wording of the problem, e.g. `truncated macro reference`. */
  message: string;
}

export interface Expression {
  nodes: ExprNode[];
  problems: ExprProblem[];
}
