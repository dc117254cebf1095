/**
 * Catalogue SEC013 (2.1): Postfix 3.6+, the recipient restrictions run first (compatibility_level
 * below 3.6 and the order parameter unset, or set to no), and they hold expensive checks
 * (reject_unverified_recipient, a policy service, DNSBL lookups) that strangers trigger with
 * relay attempts the relay restrictions would have refused at once.
 */
import { atLeast } from '../../../data/versions';
import { findGate, relayFirst, relayLists } from '../../restrictions/relay';
import { dedupe, isReinjection, smtpdReceivers } from '../../security/context';
import { setMainParameter, setServiceOverride } from '../../security/edits';
import type { Finding, Rule } from '../../types';
import { at, fix } from './common';

const EXPENSIVE = /^(reject_unverified_recipient|check_policy_service|reject_rbl_client|reject_rhsbl_.*|permit_dnswl_client|permit_rhswl_client)$/;

export const relayCheckLate: Rule = {
  id: 'relay-check-late',
  defaultSeverity: 'hint',
  description: 'Recipient restrictions with probes, policy calls or DNSBL lookups run before the relay check (Postfix 3.6+ at a compatibility_level below 3.6).',
  check({ model }) {
    if (!atLeast(model.target, '3.6')) return [];
    const out: Finding[] = [];
    for (const r of smtpdReceivers(model)) {
      if ((r.service && isReinjection(model, r.service)) || relayFirst(model, r.service)) continue;
      const lists = relayLists(model, r.service);
      if (!lists.relay || !findGate(model, lists.relay.steps).found) continue;
      const costly = lists.recipient.steps.find((s) => EXPENSIVE.test(s.name));
      const loc = costly?.word.loc;
      if (!costly || !loc) continue;
      const message =
        `${costly.word.text} in smtpd_recipient_restrictions runs before smtpd_relay_restrictions (${r.label}), so every refused relay attempt first costs a probe, a policy call or DNS lookups. ` +
        'Set smtpd_relay_before_recipient_restrictions = yes (the default from compatibility_level 3.6).';
      const edit = r.service?.overrides.has('smtpd_relay_before_recipient_restrictions')
        ? setServiceOverride(model, r.service, 'smtpd_relay_before_recipient_restrictions', 'yes')
        : setMainParameter(model, 'smtpd_relay_before_recipient_restrictions', 'yes');
      out.push(at(loc, message, undefined, fix('Set smtpd_relay_before_recipient_restrictions = yes', [edit])));
    }
    return dedupe(out);
  },
};
