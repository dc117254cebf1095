import type { Rule } from '../types';
import { parseProblemFindings } from './parseProblems';

/** Everything that makes postconf refuse a file: a line without `=`, a bad master.cf field count, a broken `$` expression in a value Postfix expands. */
export const syntaxError: Rule = {
  id: 'syntax-error',
  defaultSeverity: 'error',
  description: 'Lines Postfix refuses: no `=` after a name, too few master.cf fields, a malformed `$` expression in an expanded value.',
  check(ctx) {
    const expressionErrors = ctx.model.fatalExpressionProblems.map(({ file, problem }) => ({
      file,
      start: problem.start,
      end: problem.end,
      message: `${problem.message}. Postfix refuses to start with this value; fix the expression or write $$ for a literal dollar sign.`,
    }));
    const parse = parseProblemFindings(ctx, 'syntax-error').map((f) => ({
      ...f,
      message:
        f.file === 'main'
          ? `${f.message}. Postfix refuses the whole file: every line must be 'name = value', and a line starting with whitespace continues the previous one.`
          : `${f.message}. Postfix refuses the whole master.cf: a service entry needs eight fields (service, type, private, unpriv, chroot, wakeup, maxproc, command), and a line that continues an entry must start with whitespace.`,
    }));
    return [...parse, ...expressionErrors];
  },
};
