/**
 * The fate of an outsider at a service: a client outside mynetworks that did not authenticate,
 * writing to a local address (so reject_unauth_destination lets it pass). Used to tell whether a
 * submission or a reinjection listener turns away strangers.
 */
import type { ConfigModel, ServiceModel } from '../../model/config';
import { parseList, type ListName, type Step } from './parse';
import { isGate, mynetworksCoversInternet } from './relay';

export const CLIENT_LISTS: ListName[] = ['smtpd_client_restrictions', 'smtpd_helo_restrictions', 'smtpd_sender_restrictions', 'smtpd_relay_restrictions', 'smtpd_recipient_restrictions'];

/** 'reject' when the list surely turns the outsider away, 'accept' when surely not, else 'unknown'. */
export function outsiderInList(model: ConfigModel, steps: Step[], service?: ServiceModel): 'reject' | 'accept' | 'unknown' {
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    if (s.name === 'warn_if_reject') {
      i++;
      continue;
    }
    if (s.classSteps) {
      const inner = outsiderInList(model, s.classSteps, service);
      if (inner !== 'accept') return inner;
      continue;
    }
    if (s.name === 'reject' || s.name === 'defer' || s.name === 'defer_if_permit') return 'reject';
    if (s.name === 'permit' || s.name === 'permit_auth_destination') return 'accept';
    if (s.name === 'permit_mynetworks' && mynetworksCoversInternet(model, service)) return 'accept';
    if (isGate(model, s.name)) continue; // reject_unauth_destination: a local address passes
    if (s.name.startsWith('check_') || s.implicit) return 'unknown';
  }
  return 'accept';
}

/** 'reject' when some list of the service turns outsiders away, 'accept' when none can, else 'unknown'. */
export function outsiderAtService(model: ConfigModel, service?: ServiceModel): 'reject' | 'accept' | 'unknown' {
  const verdicts = CLIENT_LISTS.map((l) => outsiderInList(model, parseList(model, l, service).steps, service));
  if (verdicts.includes('reject')) return 'reject';
  return verdicts.includes('unknown') ? 'unknown' : 'accept';
}
