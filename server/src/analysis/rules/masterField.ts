import { lookalike, lookalikeNames } from '../lookalikes';
import { documentOf } from '../edits';
import type { Rule } from '../types';
import { parseProblemFindings } from './parseProblems';

/**
 * The look-alike characters in a rejected field, named: postconf prints the field as it is, and
 * a non-breaking space or an en dash in it looks just like what the column expects.
 */
function lookalikesIn(field: string): string | undefined {
  const names = lookalikeNames(field);
  if (names.length === 0) return undefined;
  let looks = '';
  for (let i = 0; i < field.length && !looks; i++) {
    const ascii = lookalike(field.charCodeAt(i))?.ascii;
    if (ascii !== undefined) looks = ascii === ' ' ? 'a blank' : ascii === '' ? 'nothing' : `"${ascii}"`;
  }
  const what = names.length === 1 ? `which looks like ${looks} but is not` : 'which look like ASCII but are not';
  return ` The field holds ${names.join(' and ')}, ${what} (non-ascii-character offers the fix).`;
}

/** A master.cf column with a value Postfix does not accept. */
export const masterField: Rule = {
  id: 'master-field',
  defaultSeverity: 'error',
  description: 'A master.cf column value Postfix rejects: unknown service type, a y/n/- column with another value, a bad wakeup or process limit.',
  check(ctx) {
    const findings = parseProblemFindings(ctx, 'master-field');
    const text = findings.length > 0 && ctx.model.master ? documentOf(ctx.model, 'master').text : '';
    return findings.map((f) => ({
      ...f,
      message:
        `${f.message}. Postfix refuses the whole master.cf; types are inet, unix, unix-dgram, fifo or pass, the y/n columns take y, n or -, wakeup and maxproc take a number or -.` +
        (lookalikesIn(text.slice(f.start, f.end)) ?? ''),
    }));
  },
};
