/**
 * master.cf parser: one service per logical line, eight columns, then the command's
 * arguments with postconf's option normalisation (see `../shared/postfix/master-cf.md`).
 * Lossless like the main.cf parser; all offsets point into the document text.
 */
import { parseExpression } from './expression';
import { isSpace, logicalLines, normalizeWhitespace, toDocumentOffset } from './lines';
import { physicalLines, type PhysicalLines } from './physicalLines';
import { mapExpression, orphanProblem, type Comment } from './mainCf';
import type { Expression, LogicalLine, ParseProblem, Span } from './types';

export const FIELD_NAMES = ['service', 'type', 'private', 'unpriv', 'chroot', 'wakeup', 'maxproc', 'command'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];
export const SERVICE_TYPES = ['inet', 'unix', 'unix-dgram', 'fifo', 'pass'];

export interface Field extends Span {
  text: string;
}

/** One command argument as the daemon receives it (braces removed, options split). */
export interface Arg extends Span {
  text: string;
}

export interface Override extends Span {
  name: string;
  /** The value as the daemon receives it. */
  value: string;
  /** The value as `postconf -P` prints it. */
  normalized: string;
  nameStart: number;
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
  /** `short`: `-o name=value`; `attached`: `-oname=value`; `long`: `-o { name = value }`. */
  form: 'short' | 'attached' | 'long';
  /** True when the value has no `$`: no references and no expression problems. */
  plain: boolean;
  expr: Expression;
}

export interface Service extends Span {
  kind: 'service';
  logical: LogicalLine;
  /** The first eight tokens; `fields[7]` is the command. */
  fields: Field[];
  args: Arg[];
  overrides: Override[];
  /**
   * The first argument after the options, braces included: Postfix reads no `-o` from here on,
   * so a new option must go before it. Undefined when every argument is an option.
   */
  firstOperand: (Span & { index: number }) | undefined;
  /** False when postconf rejects this entry (bad field count or a bad column value). */
  valid: boolean;
}

export interface MasterCf {
  kind: 'master';
  text: string;
  lines: PhysicalLines;
  logical: LogicalLine[];
  services: Service[];
  problems: ParseProblem[];
}

export function fieldOf(service: Service, name: FieldName): Field | undefined {
  return service.fields[FIELD_NAMES.indexOf(name)];
}

/** Postfix's CHARS_SPACE, the separators of master.cf fields. */
function isSeparator(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

interface Token {
  text: string;
  start: number;
  end: number;
  /** True for an option word split off another (`-vo` gives `-o`): its leading `-` is not in the document. */
  synthetic?: boolean;
}

/** mystrtokq(): whitespace-separated tokens where `{ ... }` groups whitespace. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSeparator(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    const start = i;
    let level = 0;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 123) level++;
      else if (level > 0 && c === 125) level--;
      else if (level === 0 && isSeparator(c)) break;
    }
    tokens.push({ text: text.slice(start, i), start, end: i });
  }
  return tokens;
}

/** extpar(): removes `{` `}` and the whitespace inside them. Returns the inner token and a warning. */
export function stripBraces(tok: Token): { inner: Token; warning?: string } {
  const t = tok.text;
  let level = 0;
  let close = -1;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '{') level++;
    else if (t[i] === '}' && --level === 0) {
      close = i;
      break;
    }
  }
  let warning: string | undefined;
  let a = 1;
  let b = close < 0 ? t.length : close;
  if (close < 0) warning = `missing '}' in "${t}"`;
  else if (close !== t.length - 1) warning = `syntax error after '}' in "${t}"`;
  while (a < b && isSpace(t.charCodeAt(a))) a++;
  while (b > a && isSpace(t.charCodeAt(b - 1))) b--;
  return { inner: { text: t.slice(a, b), start: tok.start + a, end: tok.start + b }, warning };
}

export function parseMasterCf(text: string): MasterCf {
  const lines = physicalLines(text);
  const logical = logicalLines(text, lines);
  const services: Service[] = [];
  const problems: ParseProblem[] = [];
  for (const ll of logical) {
    if (ll.orphan) problems.push(orphanProblem(ll));
    else services.push(parseService(ll, problems));
  }
  return { kind: 'master', text, lines, logical, services, problems };
}

/**
 * The comment lines of master.cf, indentation and trailing whitespace included. Listed on
 * request, not by the parser: few callers need them.
 */
export function masterComments({ lines }: MasterCf): Comment[] {
  const comments: Comment[] = [];
  for (const l of lines) if (l.kind === 'comment') comments.push({ kind: 'comment', start: l.start, end: l.end, line: l.index });
  return comments;
}

function parseService(ll: LogicalLine, problems: ParseProblem[]): Service {
  const at = (o: number) => toDocumentOffset(ll, o);
  const endAt = (o: number) => (o === 0 ? at(0) : toDocumentOffset(ll, o - 1) + 1);
  // An empty span stays empty (start = end) even where it touches a continuation line break.
  const toDoc = <T extends Span>(s: T): T => ({ ...s, start: at(s.start), end: s.end <= s.start ? at(s.start) : endAt(s.end) });
  const tokens = tokenize(ll.text);
  const problem = (message: string, span: Span, fatal: boolean, code = 'master-syntax'): void => {
    problems.push({ code, message, ...toDoc(span), line: ll.firstLine + 1, fatal });
  };
  const service: Service = {
    kind: 'service',
    logical: ll,
    start: ll.start,
    end: ll.end,
    fields: tokens.slice(0, 8).map(toDoc),
    args: [],
    overrides: [],
    firstOperand: undefined,
    valid: true,
  };
  if (tokens.length < 8) {
    problem('bad field count', { start: 0, end: ll.text.length }, true, 'syntax-error');
    service.valid = false;
    return service;
  }
  const error = checkFields(tokens.map((t) => t.text), ll.text);
  if (error) {
    problem(error.message, tokens[error.index], true, 'master-field');
    service.valid = false;
  }
  const { args, overrides, firstOperand, warnings } = normalizeArguments(tokens.slice(8));
  service.args = args.map(toDoc);
  if (firstOperand) service.firstOperand = { ...toDoc(firstOperand), index: firstOperand.index };
  for (const w of warnings) problem(w.message, w.span, false);
  service.overrides = overrides.map((o) => ({
    ...toDoc(o),
    nameStart: at(o.nameStart),
    nameEnd: endAt(o.nameEnd),
    valueStart: at(o.valueStart),
    valueEnd: o.valueEnd === o.valueStart ? at(o.valueStart) : endAt(o.valueEnd),
    expr: mapExpression(o.expr, ll, o.valueStart),
  }));
  return service;
}

/** postconf's checks of columns 2 to 7; returns the first failure. */
function checkFields(f: string[], line: string): { index: number; message: string } | undefined {
  const bad = (index: number, what: string) => ({ index, message: `invalid ${what} field "${f[index]}" in "${line}"` });
  if (!SERVICE_TYPES.includes(f[1])) return bad(1, 'type');
  const yn = ['y', 'n', '-'];
  if (!yn.includes(f[2])) return bad(2, 'private');
  if (!yn.includes(f[3])) return bad(3, 'unprivileged');
  if (!yn.includes(f[4])) return bad(4, 'chroot');
  if (!/^(?:-|[0-9]*)\??$/.test(f[5])) return bad(5, 'wakeup');
  if (!/^(?:-|[0-9]+)$/.test(f[6])) return bad(6, 'process_limit');
  return undefined;
}

interface RawOverride extends Span {
  name: string;
  value: string;
  normalized: string;
  nameStart: number;
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
  form: Override['form'];
  plain: boolean;
  expr: Expression;
}

/**
 * postconf's option normalisation: `-vo x` becomes `-v -o x` (an option word is split before
 * each `o` past its second character), `-oname=value` becomes `-o name=value`, a lone `-`
 * takes the next word, options end at the first other word not starting with `-` or at `--`;
 * then `{ }` are removed from arguments.
 */
function normalizeArguments(input: Token[]): { args: Token[]; overrides: RawOverride[]; firstOperand: (Span & { index: number }) | undefined; warnings: { message: string; span: Span }[] } {
  // Built by appending (never splice()), so that a line of a million option words stays linear.
  const argv: Token[] = [];
  const warnings: { message: string; span: Span }[] = [];
  const optionValues = new Set<number>();
  const forms = new Map<number, Override['form']>();
  const pending: Token[] = [];
  let index = 0;
  const next = (): Token | undefined => pending.pop() ?? (index < input.length ? input[index++] : undefined);
  for (let arg = next(); arg; arg = next()) {
    if (arg.text[0] !== '-' || arg.text === '--') {
      // No spread into push(): a million arguments would overflow the call stack.
      argv.push(arg);
      for (let p = pending.pop(); p; p = pending.pop()) argv.push(p);
      for (; index < input.length; index++) argv.push(input[index]);
      break;
    }
    const split = arg.text.indexOf('o', 2);
    if (split > 0) {
      // The '-' of a word split off before is not in the document: its text is one ahead.
      const at = arg.start + split - (arg.synthetic ? 1 : 0);
      pending.push({ text: '-' + arg.text.slice(split), start: at, end: arg.end, synthetic: true });
      arg = { text: arg.text.slice(0, split), start: arg.start, end: at, synthetic: arg.synthetic };
    }
    if (arg.text === '-') {
      // postconf looks up the letter after the dash among the options that take a value, and
      // C's strchr() finds the string's terminator there: a lone `-` takes the next word as
      // its value (not a -o setting), and options go on after it (a postconf quirk).
      argv.push(arg);
      const value = next();
      if (!value) break;
      argv.push(value);
      continue;
    }
    if (!arg.text.startsWith('-o')) {
      argv.push(arg);
      continue;
    }
    if (arg.text.length > 2) {
      const optionEnd = arg.start + (arg.synthetic ? 1 : 2);
      argv.push({ text: '-o', start: arg.start, end: optionEnd });
      forms.set(argv.length, 'attached');
      optionValues.add(argv.length);
      argv.push({ text: arg.text.slice(2), start: optionEnd, end: arg.end });
      continue;
    }
    argv.push(arg);
    const value = next();
    if (!value) break;
    optionValues.add(argv.length);
    argv.push(value);
  }
  const args: Token[] = [];
  const braced: boolean[] = [];
  const normalized = new Map<number, RawOverride>();
  for (let k = 0; k < argv.length; k++) {
    let tok = argv[k];
    braced.push(tok.text.startsWith('{'));
    if (braced[k]) {
      const stripped = stripBraces(tok);
      if (stripped.warning) warnings.push({ message: `master.cf: ${stripped.warning}`, span: tok });
      tok = stripped.inner;
    }
    if (optionValues.has(k)) {
      // A -o value in braces becomes name=value (or stays, with a warning).
      const o = parseOverride(tok, braced[k], argv[k - 1], braced[k] ? 'long' : (forms.get(k) ?? 'short'), argv[k].end);
      if (o) {
        normalized.set(k, o);
        tok = { ...tok, text: `${o.name}=${o.value}` };
      } else if (braced[k]) {
        warnings.push({ message: `master.cf: missing '=' after attribute name: "${tok.text}"`, span: tok });
      }
    }
    args.push(tok);
  }
  // The -o settings: postconf walks the words again from the first, while they start with `-`
  // (not `--`), an option that takes a value (-o, a lone -) skipping it. Only a braced word
  // that starts with `-` inside makes this differ from the options above.
  const overrides: RawOverride[] = [];
  for (let k = 0; k + 1 < args.length; k++) {
    const t = args[k].text;
    if (t[0] !== '-' || t === '--') break;
    if (t.length > 1 && t[1] !== 'o') continue;
    k++;
    if (t !== '-o') continue;
    const o = normalized.get(k) ?? parseOverride(args[k], braced[k], argv[k - 1], braced[k] ? 'long' : (forms.get(k) ?? 'short'), argv[k].end);
    if (o) overrides.push(o);
  }
  const operand = firstOperandIndex(args);
  return { args, overrides, firstOperand: operand < 0 ? undefined : { start: argv[operand].start, end: argv[operand].end, index: operand }, warnings };
}

/**
 * The index of the first argument where postconf or the daemon stops reading options, whichever
 * comes first, or -1: postconf stops at a word not starting with `-` and at `--`; the daemon's
 * getopt also at a lone `-` (which postconf reads as taking the next word), while it reads the
 * word after `-n` and the like as a value (which postconf does not). An option added before
 * this argument counts for both.
 */
function firstOperandIndex(args: readonly Token[]): number {
  for (let k = 0; k < args.length; k++) {
    const t = args[k].text;
    if (t[0] !== '-' || t === '-' || t === '--') return k;
    // -o takes the next word as its value (attached and combined forms are split by now).
    if (t === '-o') k++;
  }
  return -1;
}

/** `outerEnd` is where the option's value word ends in the text, closing brace included. */
function parseOverride(tok: Token, braced: boolean, option: Token, form: Override['form'], outerEnd: number): RawOverride | undefined {
  const t = tok.text;
  let nameEnd: number;
  let valueStart: number;
  if (braced || /[ \t\r\n]/.test(t)) {
    // split_nameval(): name up to whitespace or '=', optional whitespace, '=', whitespace. A
    // word without braces has whitespace only inside braces it does not start with (`x{a b}`).
    nameEnd = 0;
    while (nameEnd < t.length && !isSpace(t.charCodeAt(nameEnd)) && t[nameEnd] !== '=') nameEnd++;
    let i = nameEnd;
    while (i < t.length && isSpace(t.charCodeAt(i))) i++;
    if (nameEnd === 0 || t[i] !== '=') return undefined;
    valueStart = i + 1;
    while (valueStart < t.length && isSpace(t.charCodeAt(valueStart))) valueStart++;
  } else {
    nameEnd = t.indexOf('=');
    if (nameEnd <= 0) return undefined;
    valueStart = nameEnd + 1;
  }
  const value = t.slice(valueStart);
  // A word split off another one starts with a '-' that is not in the document.
  const at = (i: number) => (tok.synthetic ? Math.max(tok.start, tok.start + i - 1) : tok.start + i);
  return {
    name: t.slice(0, nameEnd),
    value,
    normalized: normalizeWhitespace(value),
    nameStart: tok.start,
    nameEnd: at(nameEnd),
    valueStart: at(valueStart),
    valueEnd: tok.end,
    start: option.start,
    end: outerEnd,
    form,
    plain: value.indexOf('$') < 0,
    expr: parseExpression(value),
  };
}
