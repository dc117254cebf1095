/**
 * Postfix's own `$name` machinery, step for step: mac_parse() splits a string into literal text
 * and `$name` / `${...}` / `$(...)` references, and mac_expand()'s callback evaluates each one.
 * Two modes, as in Postfix:
 * - scan: visits both branches of every conditional and reports each name it meets (postconf
 *   uses this to decide which user-defined parameters count as used);
 * - expand: evaluates like `postconf -x` and like postconf's start-up check of built-in values,
 *   where only the branch that is taken is parsed, a conditional tests the *unexpanded* value of
 *   its name, and a plain `$name` is expanded recursively.
 *
 * Both stop at the first error (Postfix's status is sticky) and both refuse nesting deeper than
 * Postfix allows (a callback entered at level 101 fails), so a reference cycle is an error, as it
 * is for postconf. The operands of `${{a} OP {b}}` are separate expansions that count their
 * levels from 0 again, as in Postfix (so a cycle through an operand never hits the limit there:
 * postconf recurses until it crashes; here it is a cycle). Work stays linear: scanning a bracket
 * pair is bounded by the nesting (at most MAX_TOTAL_NESTING ranges deep, operands included;
 * deeper text is not evaluated and gives no error), every name's value is expanded once per
 * scope (memoised with the depth it needs), and results are capped in length so that
 * `a = $b$b`, `b = $c$c`, ... cannot grow exponentially.
 */

import { quote } from '../parser/lines';
// One comparison for both evaluators: numbers when both sides are all digits, bytes otherwise.
import { compare } from './expand';

/** Deepest callback level Postfix accepts (mac_expand: `if (mc->level++ > 100) error`). */
export const MAX_MACRO_LEVEL = 100;
/**
 * Deepest nesting of ranges (branches, operands, values of names) evaluated at all: only
 * relational operands, which restart Postfix's level count, can reach it.
 */
export const MAX_TOTAL_NESTING = 120;
/** Expanded values longer than this are cut; only absurd inputs reach it. */
export const MAX_EXPANSION_LENGTH = 65536;

/** Raw (unexpanded) value of a name, or undefined when the name has no value at all. */
export type RawLookup = (name: string) => { text: string; raw?: boolean } | undefined;

export interface MacroError {
  message: string;
  /** The name whose value was being read when the error happened; undefined: the text itself. */
  inName?: string;
}

export interface MacroExpansion {
  value: string;
  error?: MacroError;
  /** Read-only: most expansions share one empty list. */
  undefinedNames: string[];
  /** Reference chains that lead back to themselves (first name repeated at the end). Read-only, as above. */
  cycles: string[][];
}

/**
 * The lists of expansions without undefined names or cycles: nearly all of them, and the
 * startup evaluation expands every built-in setting on every edit (two new empty arrays each
 * were 40 KB per edit of a 2,000-line file). Frozen, so a change would throw.
 */
const NO_NAMES: string[] = Object.freeze([]) as unknown as string[];
const NO_CYCLES: string[][] = Object.freeze([]) as unknown as string[][];

const WHITESPACE = ' \t\r\n';
const OPERATOR_CHARS = '<>!=?+-*/~&|%';
const OPERATORS = new Set(['==', '!=', '<', '<=', '>', '>=']);
/** A compatibility level as the `<level` operators accept it: 2, +2, 3.6, 3.6.1. */
export const LEVEL = /^[ \t]*\+?\d+(?:\.\d+){0,2}$/;

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isNameCode(c: number): boolean {
  return isAlnum(c) || c === 95;
}

function skipWhitespace(s: string, i: number): number {
  while (i < s.length && WHITESPACE.includes(s[i])) i++;
  return i;
}

/** Thrown inside the walk to unwind at the first error; never escapes this module. */
class Failure {
  constructor(
    readonly error: MacroError,
    /**
     * `depth`: too deep from where it was entered, so it may succeed when entered higher up;
     * `limit`: beyond MAX_TOTAL_NESTING, not evaluated (no error).
     */
    readonly kind: 'syntax' | 'depth' | 'limit' = 'syntax',
  ) {}
}

interface Memo {
  value: string;
  /** Deepest relative callback level the value's expansion entered (its own chunks are level 0). */
  height: number;
}

/**
 * One walk over one scope of names (main.cf, or one master.cf service with its `-o` settings).
 * Reuse an instance for every value of the same scope: names are then expanded only once.
 */
export class MacroScope {
  private readonly memo = new Map<string, Memo>();
  private readonly failed = new Map<string, MacroError>();
  private readonly undefinedNames = new Set<string>();
  private cycles: string[][] = [];
  private readonly stack: string[] = [];
  private current: string | undefined;
  /** Deepest level entered since the last reset (for memoised heights). */
  private deepest = 0;
  /** Ranges being parsed, nested in each other (operands included). */
  private nesting = 0;

  /** Lookups already made in this scope (the lookup is pure): a name's value is read once. */
  private readonly entries = new Map<string, ReturnType<RawLookup>>();

  constructor(private readonly lookup: RawLookup) {}

  private entry(name: string): ReturnType<RawLookup> {
    if (this.entries.has(name)) return this.entries.get(name);
    const entry = this.lookup(name);
    this.entries.set(name, entry);
    return entry;
  }

  /** Evaluates `text` as postconf -x would. */
  expand(text: string): MacroExpansion {
    // Text without `$` is one literal: it expands to itself (cut at the length limit).
    if (text.indexOf('$') < 0) return { value: text.length <= MAX_EXPANSION_LENGTH ? text : text.slice(0, MAX_EXPANSION_LENGTH), error: undefined, undefinedNames: NO_NAMES, cycles: NO_CYCLES };
    this.undefinedNames.clear();
    this.cycles = [];
    this.stack.length = 0;
    this.current = undefined;
    this.nesting = 0;
    const out = { value: '' };
    let error: MacroError | undefined;
    try {
      this.parse(text, 0, (type, buf, level) => this.expandCallback(type, buf, level, out));
    } catch (e) {
      if (!(e instanceof Failure)) throw e;
      if (e.kind !== 'limit') error = e.error;
    }
    const undefinedNames = this.undefinedNames.size > 0 ? [...this.undefinedNames] : NO_NAMES;
    return { value: out.value, error, undefinedNames, cycles: this.cycles.length > 0 ? this.cycles : NO_CYCLES };
  }

  private fail(message: string, kind: Failure['kind'] = 'syntax'): never {
    throw new Failure({ message, inName: this.current }, kind);
  }

  /** mac_parse(): literal text and references, each handed to `action` at `level`. */
  private parse(s: string, level: number, action: (type: 'literal' | 'var', buf: string, level: number) => void): void {
    if (this.nesting >= MAX_TOTAL_NESTING) throw new Failure({ message: 'nested too deeply to evaluate' }, 'limit');
    this.nesting++;
    try {
      this.parseChunks(s, level, action);
    } finally {
      this.nesting--;
    }
  }

  private parseChunks(s: string, level: number, action: (type: 'literal' | 'var', buf: string, level: number) => void): void {
    let literal = '';
    let i = 0;
    while (i < s.length) {
      const dollar = s.indexOf('$', i);
      if (dollar < 0) {
        literal += s.slice(i);
        break;
      }
      literal += s.slice(i, dollar);
      i = dollar;
      if (s.charCodeAt(i + 1) === 36) {
        literal += '$';
        i += 2;
        continue;
      }
      if (literal.length > 0) action('literal', literal, level);
      literal = '';
      i += 1;
      const c = s[i];
      let name: string;
      if (c === '{' || c === '(') {
        const close = c === '{' ? '}' : ')';
        let depth = 1;
        let j = i + 1;
        for (; j < s.length; j++) {
          if (s[j] === c) depth++;
          else if (s[j] === close && --depth === 0) break;
        }
        if (j >= s.length) this.fail(`truncated macro reference: ${quote(s)}`);
        name = s.slice(i + 1, j);
        i = j + 1;
      } else {
        let j = i;
        while (j < s.length && isNameCode(s.charCodeAt(j))) j++;
        name = s.slice(i, j);
        i = j;
      }
      if (name.length === 0) this.fail(`empty macro name: ${quote(s)}`);
      action('var', name, level);
    }
    if (literal.length > 0) action('literal', literal, level);
  }

  private enter(level: number, buf: string): void {
    if (level > MAX_MACRO_LEVEL) this.fail(`unreasonable macro call nesting: ${quote(buf)}`, 'depth');
    if (level > this.deepest) this.deepest = level;
  }

  private expandCallback(type: 'literal' | 'var', buf: string, level: number, out: { value: string }): void {
    this.enter(level, buf);
    const append = (text: string) => {
      const room = MAX_EXPANSION_LENGTH - out.value.length;
      if (room > 0) out.value += text.length <= room ? text : text.slice(0, room);
    };
    if (type === 'literal') return append(buf);
    const ref = parseReference(buf, (s) => this.expandOperand(s), (m) => this.fail(m), true);
    const value = ref.relational !== undefined ? ref.relational : this.rawValue(ref.name);
    const nonEmpty = value !== undefined && value !== '';
    const nested = (text: string) => this.parse(text, level + 1, (t, b, l) => this.expandCallback(t, b, l, out));
    if (ref.op === '?') {
      if (nonEmpty) nested(ref.ifTrue!);
      if (ref.ifFalse !== undefined && !nonEmpty) nested(ref.ifFalse);
      return;
    }
    if (ref.op === ':') {
      if (!nonEmpty) nested(ref.ifFalse!);
      return;
    }
    if (ref.relational !== undefined) return nonEmpty ? nested(value!) : undefined;
    if (value === undefined) {
      this.undefinedNames.add(ref.name);
      return;
    }
    if (value === '') return;
    append(this.expandName(ref.name, level + 1));
  }

  /**
   * A relational operand: a separate mac_expand() in Postfix, so its levels count from 0 and
   * do not add to the height of the name being expanded around it.
   */
  private expandOperand(text: string): string {
    const deepest = this.deepest;
    try {
      return this.expandNested(text, 0);
    } finally {
      this.deepest = deepest;
    }
  }

  /** The expansion of a text whose chunks enter at `level`, in the same scope. */
  private expandNested(text: string, level: number): string {
    const out = { value: '' };
    this.parse(text, level, (t, b, l) => this.expandCallback(t, b, l, out));
    return out.value;
  }

  private rawValue(name: string): string | undefined {
    return this.entry(name)?.text;
  }

  /** The recursive expansion of a name's value whose chunks enter at `level`. */
  private expandName(name: string, level: number): string {
    const entry = this.entry(name)!;
    if (entry.raw) return entry.text;
    const failed = this.failed.get(name);
    if (failed) throw new Failure(failed);
    const hit = this.memo.get(name);
    if (hit) {
      if (level + hit.height > MAX_MACRO_LEVEL) this.fail(`unreasonable macro call nesting: "${name}"`, 'depth');
      this.deepest = Math.max(this.deepest, level + hit.height);
      return hit.value;
    }
    if (this.stack.includes(name)) {
      this.cycles.push([...this.stack.slice(this.stack.indexOf(name)), name]);
      this.fail(`unreasonable macro call nesting: "${name}"`);
    }
    const saved = { current: this.current, deepest: this.deepest };
    this.stack.push(name);
    this.current = name;
    this.deepest = level;
    try {
      const value = this.expandNested(entry.text, level);
      this.memo.set(name, { value, height: this.deepest - level });
      return value;
    } catch (e) {
      // A syntax error or a cycle below a name fails that name wherever it is used: remember it,
      // so that every later use fails at once instead of walking the chain again.
      if (e instanceof Failure && e.kind === 'syntax') this.failed.set(name, e.error);
      throw e;
    } finally {
      this.stack.pop();
      this.current = saved.current;
      this.deepest = Math.max(saved.deepest, this.deepest);
    }
  }

  /** The names a value refers to, as postconf's scan finds them (both branches, no recursion). */
  scan(text: string): { names: string[]; error?: MacroError } {
    const names: string[] = [];
    try {
      const visit = (type: 'literal' | 'var', buf: string, level: number): void => {
        this.enter(level, buf);
        if (type === 'literal') return;
        // Names and branches are visited as they are read, before the syntax after them is checked.
        parseReference(buf, (s) => (this.parse(s, 0, visit), ''), (m) => this.fail(m), false, {
          name: (n) => names.push(n),
          branch: (text) => this.parse(text, level + 1, visit),
        });
      };
      this.nesting = 0;
      this.parse(text, 0, visit);
      return { names };
    } catch (e) {
      if (!(e instanceof Failure)) throw e;
      return e.kind === 'limit' ? { names } : { names, error: e.error };
    }
  }
}

interface Reference {
  name: string;
  /** Set for `${{a} OP {b} ...}`: "true" or "" (the value the `?`/`:` that follows tests). */
  relational?: string;
  op?: '?' | ':';
  ifTrue?: string;
  ifFalse?: string;
}

/** `{payload}` at `at` (after optional whitespace): the payload and the index after it and its trailing whitespace. */
function curly(s: string, at: number, fail: (m: string) => never): { payload: string; next: number } | undefined {
  const open = skipWhitespace(s, at);
  if (s[open] !== '{') return undefined;
  let depth = 1;
  let j = open + 1;
  for (; j < s.length; j++) {
    if (s[j] === '{') depth++;
    else if (s[j] === '}' && --depth === 0) break;
  }
  if (j >= s.length) fail(`unbalanced {} in attribute expression: ${quote(s.slice(open))}`);
  return { payload: s.slice(open + 1, j), next: skipWhitespace(s, j + 1) };
}

/**
 * The inside of one `${...}`: a name or a relational expression, then an optional `?` / `:`
 * with their operands (mac_expand_callback's syntax checks, in its order).
 */
function parseReference(
  buf: string,
  expandOperand: (text: string) => string,
  fail: (m: string) => never,
  evaluate: boolean,
  scan?: { name(name: string): void; branch(text: string): void },
): Reference {
  const ref: Reference = { name: '' };
  let cp = 0;
  const left = curly(buf, 0, fail);
  if (left) {
    cp = left.next;
    let opEnd = cp;
    while (opEnd < buf.length && OPERATOR_CHARS.includes(buf[opEnd])) opEnd++;
    let op = buf.slice(cp, opEnd);
    let suffixEnd = opEnd;
    while (suffixEnd < buf.length && isNameCode(buf.charCodeAt(suffixEnd))) suffixEnd++;
    const suffix = buf.slice(opEnd, suffixEnd);
    if (!OPERATORS.has(op)) fail(`"==" or "!="" or "<"" or "<="" or ">="" or ">" expected at: "...${left.payload.slice(-60)}}>>>${buf.slice(cp, cp + 20)}"`);
    if (suffix !== '' && suffix !== 'level') fail(`bad operator suffix at: "...${op}>>>${buf.slice(opEnd, opEnd + 20)}"`);
    if (suffix) op += suffix;
    const right = curly(buf, suffixEnd, fail);
    if (!right) fail(`"{expression}" expected at: "...{${left.payload.slice(-60)}} ${op}>>>${buf.slice(suffixEnd, suffixEnd + 20)}"`);
    // Compared as expanded, whitespace included (`{ 10 } == {10}` does not hold).
    const a = expandOperand(left.payload);
    const b = expandOperand(right.payload);
    // Only an evaluation compares; a scan just visits the operands.
    if (suffix && evaluate) for (const x of [a, b]) if (!LEVEL.test(x)) fail(`malformed compatibility level syntax: ${quote(x)}`);
    const holds = compare(a, op, b);
    ref.relational = holds ? 'true' : '';
    cp = right.next;
    if (cp < buf.length) {
      if (buf[cp] !== '?' && buf[cp] !== ':') fail(`"?" or ":" expected at: "...}>>>${buf.slice(cp, cp + 20)}"`);
      ref.op = buf[cp] as '?' | ':';
      cp++;
    }
  } else {
    for (; cp < buf.length; cp++) {
      const c = buf[cp];
      if (c === '?' || c === ':') break;
      if (!isNameCode(buf.charCodeAt(cp))) fail(`attribute name syntax error at: "...${buf.slice(Math.max(0, cp - 60), cp)}>>>${buf.slice(cp, cp + 20)}"`);
    }
    ref.name = buf.slice(0, cp);
    scan?.name(ref.name);
    if (cp < buf.length) ref.op = buf[cp++] as '?' | ':';
  }
  if (ref.op === undefined) return ref;
  const operand = (): string => {
    const c = curly(buf, cp, fail);
    if (c) {
      cp = c.next;
      return c.payload;
    }
    const rest = buf.slice(cp);
    cp = buf.length;
    return rest;
  };
  if (ref.op === '?') {
    ref.ifTrue = operand();
    scan?.branch(ref.ifTrue);
    if (cp >= buf.length) return ref;
    if (buf[cp] !== ':') fail(`":" expected at: "...${ref.ifTrue.slice(-60)}}>>>${buf.slice(cp, cp + 20)}"`);
    cp++;
  }
  ref.ifFalse = operand();
  scan?.branch(ref.ifFalse);
  if (cp < buf.length) fail(`unexpected input at: "...${ref.ifFalse.slice(-60)}}>>>${buf.slice(cp, cp + 20)}"`);
  return ref;
}

