import { postconfData } from '../postconf';
import { allSettings, keptByPostconf } from '../settings';
import type { Finding, Rule } from '../types';
import { parseProblemFindings } from './parseProblems';

const MACRO_PREFIX = 'macro processing error: ';
const NESTING = /^unreasonable macro call nesting/;

/**
 * Everything that makes postconf refuse a file: a line without `=`, a bad master.cf field
 * count, a broken `$` expression in a value Postfix expands. A broken expression in a value
 * nothing expands yet is reported at warning severity, as postconf warns about it.
 */
export const syntaxError: Rule = {
  id: 'syntax-error',
  defaultSeverity: 'error',
  description: 'Lines Postfix refuses: no `=` after a name, too few master.cf fields, a malformed `$` expression in an expanded value (a warning where nothing expands it yet).',
  // An `-o` line in column 1 is such a line; unindented-continuation gives postconf's error,
  // explains it and indents the line.
  yieldsTo: (other) => other.code === 'unindented-continuation',
  check(ctx) {
    const fatalAt = new Set<number>();
    const fatal = ctx.model.fatalExpressionProblems;
    // The warning about a value whose evaluation already fails for the same reason (the nesting
    // limit, which the evaluation reports on the whole value) would say it twice.
    const sameAsFatal = (file: string, p: { start: number; message: string }) =>
      fatal.some(
        (f) =>
          f.file === file &&
          f.problem.start <= p.start &&
          p.start < f.problem.end &&
          NESTING.test(p.message) &&
          NESTING.test(f.problem.message.slice(MACRO_PREFIX.length)),
      );
    const expressionErrors: Finding[] = fatal.map(({ file, problem, detail }) => {
      fatalAt.add(problem.start);
      return {
        file,
        start: problem.start,
        end: problem.end,
        message: `${problem.message}${detail ? ` ${detail}` : ''}. Postfix refuses to start with this value; fix the expression or write $$ for a literal dollar sign.`,
        data: postconfData(problem.message.startsWith(MACRO_PREFIX) ? problem.message.slice(MACRO_PREFIX.length) : problem.message),
      };
    });
    // postconf scans every value it stores (not the raw ones, not read-only assignments it drops).
    const expressionWarnings: Finding[] = [];
    for (const s of allSettings(ctx.model)) {
      const first = s.problems[0];
      if (!first || !keptByPostconf(ctx.model, s) || fatalAt.has(first.start) || sameAsFatal(s.file, first)) continue;
      const fact = s.fact;
      if (fact?.raw || fact?.status === 'read-only') continue;
      expressionWarnings.push({
        file: s.file,
        start: first.start,
        end: first.end,
        severity: 'warning',
        message: `${first.message}. postconf warns about this value, and any Postfix program that expands it fails; fix the expression or write $$ for a literal dollar sign.`,
        data: postconfData(first.message),
      });
    }
    const parse = parseProblemFindings(ctx, 'syntax-error').map((f) => ({
      ...f,
      message:
        f.file === 'main'
          ? `${f.message}. Postfix refuses the whole file: every line must be 'name = value', and a line starting with whitespace continues the previous one.`
          : `${f.message}. Postfix refuses the whole master.cf: a service needs eight columns before its command arguments, and a line starting with whitespace continues the previous one.`,
    }));
    return [...parse, ...expressionErrors, ...expressionWarnings];
  },
};
