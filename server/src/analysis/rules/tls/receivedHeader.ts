/**
 * catalogue | rule
 * TLS091    | tls-received-header
 *
 * smtpd_tls_received_header = yes: the TLS protocol and cipher go into Received: headers.
 * Useful (it shows forward secrecy), but those details are unauthenticated once the message is
 * relayed. Informational; the effective line only (an overridden duplicate is another rule's).
 */
import { explicitSettings, isYes } from '../../tls/context';
import { FindingSet } from '../../tls/report';
import type { Rule } from '../../types';

const NAMES = ['smtpd_tls_received_header'];

export const tlsReceivedHeader: Rule = {
  id: 'tls-received-header',
  defaultSeverity: 'hint',
  description: 'smtpd_tls_received_header = yes: TLS details in Received: headers (useful, but unauthenticated once relayed).',
  check({ model }) {
    const found = new FindingSet(model);
    for (const s of explicitSettings(model, NAMES)) {
      if (!isYes(s.value)) continue;
      found.addAt(s, {
        message: `${s.name} = yes records the TLS protocol and cipher of each session in the Received: header. Handy for checking forward secrecy, but readers downstream cannot verify those details.`,
      });
    }
    return found.list();
  },
};
