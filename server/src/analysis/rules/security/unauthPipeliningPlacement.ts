/**
 * Catalogue SEC022 (2.2): before Postfix 2.6, reject_unauth_pipelining outside
 * smtpd_data_restrictions only looks at what is in the input buffer at that moment, which makes
 * it unreliable.
 */
import { atLeast } from '../../../data/versions';
import { dedupe } from '../../security/context';
import type { Finding, Rule } from '../../types';
import { allSteps, at, wordLoc } from './common';

export const unauthPipeliningPlacement: Rule = {
  id: 'unauth-pipelining-placement',
  defaultSeverity: 'warning',
  description: 'reject_unauth_pipelining outside smtpd_data_restrictions on Postfix before 2.6 is unreliable.',
  check({ model }) {
    if (atLeast(model.target, '2.6')) return [];
    const out: Finding[] = [];
    for (const v of allSteps(model)) {
      const loc = wordLoc(v);
      if (v.step.name !== 'reject_unauth_pipelining' || v.list === 'smtpd_data_restrictions' || !loc) continue;
      out.push(at(loc, `reject_unauth_pipelining in ${v.list}: before Postfix 2.6 it only sees what happens to be in the input buffer at that moment, so it misses most pipelining. Move it to smtpd_data_restrictions.`));
    }
    return dedupe(out);
  },
};
