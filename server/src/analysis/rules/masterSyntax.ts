import type { Rule } from '../types';
import { parseProblemFindings } from './parseProblems';

/** A `{ ... }` group in master.cf that is not closed, or text after its closing brace. */
export const masterSyntax: Rule = {
  id: 'master-syntax',
  defaultSeverity: 'warning',
  description: 'Unbalanced `{ }` in master.cf arguments, or a `-o { name = value }` without `=`.',
  check(ctx) {
    return parseProblemFindings(ctx, 'master-syntax');
  },
};
