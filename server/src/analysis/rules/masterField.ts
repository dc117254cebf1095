import type { Rule } from '../types';
import { parseProblemFindings } from './parseProblems';

/** A master.cf column with a value Postfix does not accept. */
export const masterField: Rule = {
  id: 'master-field',
  defaultSeverity: 'error',
  description: 'A master.cf column value Postfix rejects: unknown service type, a y/n/- column with another value, a bad wakeup or process limit.',
  check(ctx) {
    return parseProblemFindings(ctx, 'master-field').map((f) => ({
      ...f,
      message: `${f.message}. Postfix refuses the whole master.cf; types are inet, unix, unix-dgram, fifo or pass, the y/n columns take y, n or -, wakeup and maxproc take a number or -.`,
    }));
  },
};
