/**
 * Catalogue SEC011 (2.1) [care]: relay_domains names domains beyond mydestination, but
 * relay_recipient_maps is empty and no reject_unverified_recipient runs: the port-25 receiver
 * accepts any local part there and bounces the undeliverable ones later (backscatter).
 */
import { forEachStep, parseList } from '../../restrictions/parse';
import { dedupe, port25Receivers, roleSeverity } from '../../security/context';
import { settingValueLocation, valueText, valueWords } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at } from './common';

export const relayDomainsUnvalidated: Rule = {
  id: 'relay-domains-unvalidated',
  defaultSeverity: 'warning',
  description: 'relay_domains without relay_recipient_maps or reject_unverified_recipient: mail to unknown users is accepted and bounced later (backscatter).',
  check(ctx) {
    const { model } = ctx;
    const severity = roleSeverity(ctx, 'SEC011', 'warning', true);
    if (!severity) return [];
    const out: Finding[] = [];
    for (const r of port25Receivers(ctx)) {
      const relay = valueWords(model, 'relay_domains', r.service);
      const loc = settingValueLocation(relay.effective);
      if (!loc) continue;
      const local = new Set(valueWords(model, 'mydestination', r.service).words.map((w) => w.text.toLowerCase()));
      const extra = relay.words.filter((w) => !local.has(w.text.toLowerCase()));
      if (extra.length === 0 || valueText(model, 'relay_recipient_maps', r.service) !== '') continue;
      let verifies = false;
      for (const list of ['smtpd_recipient_restrictions', 'smtpd_relay_restrictions'] as const) {
        forEachStep(parseList(model, list, r.service).steps, (s) => (verifies ||= s.name === 'reject_unverified_recipient'));
      }
      if (verifies) continue;
      const message =
        `relay_domains lists ${extra[0].text}${extra.length > 1 ? ` and ${extra.length - 1} more` : ''} but relay_recipient_maps is empty and no reject_unverified_recipient runs (${r.label}): ` +
        'mail to any local part of those domains is accepted and bounced later when the next hop refuses it, so forged senders receive the bounces (backscatter). ' +
        'List the valid recipients in relay_recipient_maps (an @domain entry accepts a whole domain), or verify them with reject_unverified_recipient.';
      out.push(at(loc, message, severity));
    }
    return dedupe(out);
  },
};
