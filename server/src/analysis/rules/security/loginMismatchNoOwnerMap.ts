/**
 * Catalogue SEC033 (2.3) [derived]: reject_authenticated_sender_login_mismatch or
 * reject_sender_login_mismatch on a SASL-enabled service while smtpd_sender_login_maps is empty:
 * no sender has an owner, so every authenticated user's non-null sender is refused ("not owned
 * by user"). From reading smtpd_check.c; not tested live.
 */
import { dedupe, smtpdReceivers } from '../../security/context';
import { isYes, valueText } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { allSteps, at, wordLoc } from './common';

export const loginMismatchNoOwnerMap: Rule = {
  id: 'login-mismatch-no-owner-map',
  defaultSeverity: 'error',
  description: 'A sender login-mismatch check on a SASL service with an empty smtpd_sender_login_maps rejects every authenticated sender.',
  check({ model }) {
    const out: Finding[] = [];
    const receivers = new Set(smtpdReceivers(model).filter((r) => isYes(valueText(model, 'smtpd_sasl_auth_enable', r.service)) && valueText(model, 'smtpd_sender_login_maps', r.service) === '').map((r) => r.service));
    for (const v of allSteps(model)) {
      if (!receivers.has(v.receiver.service) || !/^reject_(authenticated_)?sender_login_mismatch$/.test(v.step.name)) continue;
      const loc = wordLoc(v);
      if (!loc) continue;
      out.push(at(loc, `${v.step.word.text} on ${v.receiver.label}, but smtpd_sender_login_maps is empty: no address has an owner, so every authenticated user's mail is refused with "not owned by user". Set smtpd_sender_login_maps, or use reject_known_sender_login_mismatch.`));
    }
    return dedupe(out);
  },
};
