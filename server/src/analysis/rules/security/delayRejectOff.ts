/**
 * Catalogue SEC020 (2.2): smtpd_delay_reject = no with (a) permit_sasl_authenticated in the
 * client restrictions (they run at connect time, before AUTH can happen), or (b) sender- or
 * recipient-type restrictions in the client or HELO restrictions (they need the MAIL FROM/RCPT
 * TO that only delayed evaluation waits for).
 */
import { forEachStep, parseList, type ListName } from '../../restrictions/parse';
import { dedupe, smtpdReceivers } from '../../security/context';
import { setMainParameter, setServiceOverride } from '../../security/edits';
import { isYes, valueText } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at, fix } from './common';

const SENDER = /^(check_sender_(a_|mx_|ns_)?access|reject_non_fqdn_sender|reject_unknown_sender_domain|reject_unlisted_sender|reject_unverified_sender|reject_(authenticated_|known_|unauth_)?sender_login_mismatch|reject_rhsbl_sender)$/;
const RECIPIENT = /^(check_recipient_(a_|mx_|ns_)?access|reject_non_fqdn_recipient|reject_unknown_recipient_domain|reject_unlisted_recipient|reject_unverified_recipient|reject_unauth_destination|defer_unauth_destination|permit_auth_destination|permit_mx_backup|reject_rhsbl_recipient|reject_multi_recipient_bounce)$/;

export const delayRejectOff: Rule = {
  id: 'delay-reject-off',
  defaultSeverity: 'warning',
  description: 'smtpd_delay_reject = no with permit_sasl_authenticated in the client restrictions, or sender/recipient checks in the client or HELO restrictions.',
  check({ model }) {
    const out: Finding[] = [];
    for (const r of smtpdReceivers(model)) {
      if (isYes(valueText(model, 'smtpd_delay_reject', r.service))) continue;
      const lists: ListName[] = ['smtpd_client_restrictions', 'smtpd_helo_restrictions'];
      for (const list of lists) {
        forEachStep(parseList(model, list, r.service).steps, (s, via) => {
          const loc = s.word.loc ?? via?.word.loc;
          if (!loc) return;
          const edit = r.service?.overrides.has('smtpd_delay_reject') ? setServiceOverride(model, r.service, 'smtpd_delay_reject', 'yes') : setMainParameter(model, 'smtpd_delay_reject', 'yes');
          const fixes = fix('Set smtpd_delay_reject = yes', [edit]);
          if (list === 'smtpd_client_restrictions' && s.name === 'permit_sasl_authenticated') {
            out.push(at(loc, `permit_sasl_authenticated in smtpd_client_restrictions never matches while smtpd_delay_reject = no (${r.label}): the list runs when the client connects, before it can authenticate. Set smtpd_delay_reject = yes (the default).`, undefined, fixes));
          } else if (SENDER.test(s.name) || RECIPIENT.test(s.name)) {
            const what = SENDER.test(s.name) ? 'sender' : 'recipient';
            out.push(at(loc, `${s.word.text} in ${list} has no ${what} address to check while smtpd_delay_reject = no (${r.label}): the list runs before MAIL FROM/RCPT TO, so the check is skipped. Set smtpd_delay_reject = yes (the default), or move it to smtpd_${what}_restrictions.`, undefined, fixes));
          }
        });
      }
    }
    return dedupe(out);
  },
};
