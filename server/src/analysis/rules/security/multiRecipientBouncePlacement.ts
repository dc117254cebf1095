/**
 * Catalogue SEC023 (2.2): reject_multi_recipient_bounce outside the DATA and end-of-data lists
 * can only reject the second and later recipients of a multi-recipient bounce.
 */
import { dedupe } from '../../security/context';
import type { Finding, Rule } from '../../types';
import { allSteps, at, wordLoc } from './common';

export const multiRecipientBouncePlacement: Rule = {
  id: 'multi-recipient-bounce-placement',
  defaultSeverity: 'warning',
  description: 'reject_multi_recipient_bounce outside smtpd_data_restrictions/smtpd_end_of_data_restrictions only rejects later recipients.',
  check({ model }) {
    const out: Finding[] = [];
    for (const v of allSteps(model)) {
      const loc = wordLoc(v);
      if (v.step.name !== 'reject_multi_recipient_bounce' || v.list === 'smtpd_data_restrictions' || v.list === 'smtpd_end_of_data_restrictions' || !loc) continue;
      out.push(at(loc, `reject_multi_recipient_bounce in ${v.list} can only refuse the second and later recipients of a bounce, because the count is not known before then. Move it to smtpd_data_restrictions.`));
    }
    return dedupe(out);
  },
};
