/**
 * Catalogue SEC054 (2.4): smtpd_hide_client_session = yes (3.10+) in main.cf or on the port-25
 * receiver: the MTA must keep the client details in Received: (RFC 5321 section 4.4); hiding is
 * meant for submission only.
 */
import { parameterFact, existsIn } from '../../../data/parameters';
import { serviceRole } from '../../../model/services';
import { deleteMainParameter, removeServiceOverride } from '../../security/edits';
import { isYes } from '../../security/words';
import type { Rule } from '../../types';
import { at, fix, writtenSettings } from './common';

export const hideClientSessionMx: Rule = {
  id: 'hide-client-session-mx',
  defaultSeverity: 'warning',
  description: 'smtpd_hide_client_session = yes in main.cf or on port 25: the MTA must record the client in Received:.',
  check(ctx) {
    const { model } = ctx;
    const fact = parameterFact('smtpd_hide_client_session');
    if (!fact || !existsIn(fact, model.target)) return [];
    return writtenSettings(model, 'smtpd_hide_client_session').flatMap((w) => {
      if (!isYes(w.value) || (w.service && serviceRole(w.service) !== 'mx')) return [];
      const edit = w.service ? removeServiceOverride(model, w.service, 'smtpd_hide_client_session') : deleteMainParameter(model, 'smtpd_hide_client_session');
      return [
        at(w.loc, `smtpd_hide_client_session = yes ${w.service ? `on '${w.service.name}'` : 'in main.cf'} also hides the client's name and address in the Received: header of mail from other servers, which an MTA must record. Set it only with -o on submission/submissions.`, undefined, fix('Remove it here', [edit])),
      ];
    });
  },
};
