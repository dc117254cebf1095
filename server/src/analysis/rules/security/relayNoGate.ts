/**
 * Catalogue SEC001 (design/security-rules.md 2.1): no relay gate in the effective relay and
 * recipient restrictions of an smtpd. smtpd refuses to start its checks ("specify at least one
 * working instance of ..."), so no mail arrives; without that check it would relay for anyone.
 */
import { atLeast } from '../../../data/versions';
import type { ConfigModel } from '../../../model/config';
import { findGate, gateWritten, relayLists, type RelayLists } from '../../restrictions/relay';
import { defaultAnchor, dedupe, smtpdReceivers } from '../../security/context';
import { insertListWord, setMainParameter, setServiceOverride } from '../../security/edits';
import { settingAt, type Location } from '../../security/words';
import type { Finding, Fix, Rule } from '../../types';
import { at, fix } from './common';
import { shadowingPermit } from './relayGateShadowed';

export const RELAY_POLICY = 'permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination';
/** Client-trust permits that belong before reject_unauth_destination. */
const TRUSTED_CLIENT = new Set(['permit_mynetworks', 'permit_sasl_authenticated', 'permit_tls_clientcerts', 'permit_tls_all_clientcerts', 'check_ccert_access', 'check_client_access', 'check_sasl_access']);

function reasonOf(model: ConfigModel, lists: RelayLists): string {
  const stop = findGate(model, lists.recipient.steps).stoppedAt ?? (lists.relay && findGate(model, lists.relay.steps).stoppedAt);
  if (stop) return ` (\`permit\` ends the list before any gate could follow)`;
  if (lists.order.some((l) => gateWritten(model, l.steps))) return ' (the only gate follows warn_if_reject, which turns its rejection into a log line)';
  if (lists.relayImplicitlyEmpty) return ' (smtpd_relay_restrictions is empty because compatibility_level is below 1 and it is not set: Postfix 3.3 and later then use an empty default)';
  return '';
}

function anchor(model: ConfigModel, lists: RelayLists): Location {
  const stop = findGate(model, lists.recipient.steps).stoppedAt ?? (lists.relay && findGate(model, lists.relay.steps).stoppedAt);
  if (stop?.word.loc) return stop.word.loc;
  for (const l of [lists.relay, lists.recipient]) {
    const loc = l && settingAt(model, l.list, lists.service);
    if (loc) return loc;
  }
  return defaultAnchor(model, lists.service);
}

function fixes(model: ConfigModel, lists: RelayLists): Fix[] {
  if (atLeast(model.target, '2.10')) {
    const title = `Set smtpd_relay_restrictions = ${RELAY_POLICY}`;
    const edit =
      lists.service?.overrides.has('smtpd_relay_restrictions')
        ? setServiceOverride(model, lists.service, 'smtpd_relay_restrictions', RELAY_POLICY.replace(/ /g, ''))
        : setMainParameter(model, 'smtpd_relay_restrictions', RELAY_POLICY);
    return fix(title, [edit]);
  }
  const words = relayWords(lists);
  if (words.length === 0) return fix(`Set smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination`, [setMainParameter(model, 'smtpd_recipient_restrictions', 'permit_mynetworks, reject_unauth_destination')]);
  let i = 0;
  while (i < words.length && TRUSTED_CLIENT.has(words[i].text.toLowerCase())) i++;
  return fix('Insert reject_unauth_destination after the trusted-client permits', [insertListWord(model, words, i, 'reject_unauth_destination')]);
}

function relayWords(lists: RelayLists) {
  return lists.recipient.steps.flatMap((s) => (s.arg && !s.implicit ? [s.word, s.arg] : [s.word]));
}

export const relayNoGate: Rule = {
  id: 'relay-no-gate',
  defaultSeverity: 'error',
  description: 'No relay gate (reject_unauth_destination, defer_unauth_destination, reject, defer, defer_if_permit) in the effective relay or recipient restrictions of an smtpd: it refuses to start, and would otherwise relay for anyone.',
  check({ model }) {
    const out: Finding[] = [];
    for (const r of smtpdReceivers(model)) {
      const lists = relayLists(model, r.service);
      if (lists.order.some((l) => findGate(model, l.steps).found)) continue;
      // Gates that a `permit` shadows in every list are relay-gate-shadowed's finding.
      const gated = lists.order.filter((l) => gateWritten(model, l.steps));
      if (gated.length > 0 && gated.every((l) => shadowingPermit(model, l))) continue;
      const relay = lists.relay ? 'smtpd_relay_restrictions nor smtpd_recipient_restrictions' : 'smtpd_recipient_restrictions';
      const message =
        `No relay gate for ${r.label}: neither ${relay} holds reject_unauth_destination, defer_unauth_destination, reject, defer or defer_if_permit${reasonOf(model, lists)}. ` +
        'smtpd refuses to start ("specify at least one working instance of ..."), so no mail arrives, and without that check anyone could relay through this host. ' +
        (lists.relay ? `Set smtpd_relay_restrictions = ${RELAY_POLICY}.` : 'Add reject_unauth_destination after your permit_* entries.');
      out.push(at(anchor(model, lists), message, undefined, fixes(model, lists)));
    }
    return dedupe(out);
  },
};
