import type { Rule } from '../types';
import { parseProblemFindings } from './parseProblems';

/** An indented line before any setting: it has nothing to continue, so Postfix ignores it. */
export const leadingWhitespace: Rule = {
  id: 'leading-whitespace',
  defaultSeverity: 'warning',
  description: 'An indented line with nothing to continue; Postfix ignores it with a warning.',
  check(ctx) {
    return parseProblemFindings(ctx, 'leading-whitespace').map((f) => ({
      ...f,
      message: `${f.message}. Postfix ignores this line; remove the indentation to make it a setting of its own.`,
    }));
  },
};
