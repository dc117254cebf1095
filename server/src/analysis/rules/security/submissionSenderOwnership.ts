/**
 * Catalogue SEC032 (2.3): a SASL submission service has an owner table (smtpd_sender_login_maps)
 * but no *_login_mismatch restriction uses it, so any authenticated user can still send as any
 * envelope sender. Deliberately quiet on the stock submission blocks (no table at all), which
 * section 3 of the design says must never raise a finding.
 */
import { forEachStep, parseList } from '../../restrictions/parse';
import { dedupe, serviceAnchor, submissionReceivers } from '../../security/context';
import { isYes, valueText } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at, labelFirst } from './common';

const MISMATCH = /^reject_(authenticated_|known_|unauth_)?sender_login_mismatch$/;

export const submissionSenderOwnership: Rule = {
  id: 'submission-sender-ownership',
  defaultSeverity: 'hint',
  description: 'A SASL submission service with smtpd_sender_login_maps but no *_sender_login_mismatch restriction: users can send as anyone.',
  check({ model }) {
    const out: Finding[] = [];
    for (const r of submissionReceivers(model)) {
      const service = r.service;
      if (!service || !isYes(valueText(model, 'smtpd_sasl_auth_enable', service))) continue;
      if (valueText(model, 'smtpd_sender_login_maps', service) === '') continue;
      let checked = false;
      for (const list of ['smtpd_client_restrictions', 'smtpd_helo_restrictions', 'smtpd_sender_restrictions', 'smtpd_relay_restrictions', 'smtpd_recipient_restrictions'] as const) {
        forEachStep(parseList(model, list, service).steps, (s) => (checked ||= MISMATCH.test(s.name)));
      }
      if (checked) continue;
      out.push(
        at(
          serviceAnchor(service),
          `${labelFirst(r)} has smtpd_sender_login_maps but no restriction uses it: any authenticated user can send with any envelope sender. Add -o smtpd_sender_restrictions=reject_authenticated_sender_login_mismatch (or put it in $mua_sender_restrictions).`,
        ),
      );
    }
    return dedupe(out);
  },
};
