/**
 * Catalogue SEC004 (2.1) [care]: smtpd_relay_restrictions is empty (explicitly, or implicitly
 * at compatibility_level < 1 on 3.3+) and the relay gate lives only in the recipient
 * restrictions, where spam policy and relay policy mix. Quiet for the stock submission and
 * after-filter patterns (a recipient list ending in `reject` whose only permits are
 * permit_mynetworks/permit_sasl_authenticated) and for content-filter reinjection services.
 */
import { findGate, relayLists } from '../../restrictions/relay';
import type { Step } from '../../restrictions/parse';
import { defaultAnchor, dedupe, isReinjection, roleSeverity, smtpdReceivers } from '../../security/context';
import { settingAt } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at } from './common';

const HARMLESS_PERMITS = new Set(['permit_mynetworks', 'permit_sasl_authenticated']);

function stockPattern(steps: Step[]): boolean {
  if (steps.length === 0 || steps[steps.length - 1].name !== 'reject') return false;
  return steps.every((s) => s.name === 'reject' || !(s.name.startsWith('permit') || s.name.startsWith('check_') || s.classSteps) || HARMLESS_PERMITS.has(s.name));
}

export const relaySafetyNetOff: Rule = {
  id: 'relay-safety-net-off',
  defaultSeverity: 'info',
  description: 'smtpd_relay_restrictions is empty and only smtpd_recipient_restrictions blocks relaying, so a permissive spam rule there also permits relaying.',
  check(ctx) {
    const { model } = ctx;
    const severity = roleSeverity(ctx, 'SEC004', 'info', true);
    if (!severity) return [];
    const out: Finding[] = [];
    for (const r of smtpdReceivers(model)) {
      if (r.service && isReinjection(model, r.service)) continue;
      const lists = relayLists(model, r.service);
      const relay = lists.relay;
      if (!relay || relay.steps.length > 0) continue;
      if (relay.source === 'default' && !lists.relayImplicitlyEmpty) continue;
      if (!findGate(model, lists.recipient.steps).found || stockPattern(lists.recipient.steps)) continue;
      const loc = settingAt(model, 'smtpd_relay_restrictions', r.service) ?? settingAt(model, 'compatibility_level') ?? defaultAnchor(model, r.service);
      const why = lists.relayImplicitlyEmpty
        ? 'smtpd_relay_restrictions is empty because it is not set and compatibility_level is below 1 (Postfix 3.3 and later)'
        : 'smtpd_relay_restrictions is set empty';
      const message =
        `${why}, so for ${r.label} only smtpd_recipient_restrictions blocks relaying: a permissive spam rule added there later (an access table answering OK) would also open the relay. ` +
        'Since 2.10 the relay list exists as a safety net: copy the relay part (permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination) into smtpd_relay_restrictions and set compatibility_level.';
      out.push(at(loc, message, severity));
    }
    return dedupe(out);
  },
};
