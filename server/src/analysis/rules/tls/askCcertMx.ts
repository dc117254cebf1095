/**
 * catalogue | rule
 * TLS050    | tls-ask-ccert-mx
 *
 * smtpd_tls_ask_ccert = yes on the port 25 server with TLS on, while no restriction uses client
 * certificates (permit_tls_clientcerts, permit_tls_all_clientcerts, check_ccert_access anywhere
 * in main.cf or in the service's overrides): some MTAs fail the handshake when asked.
 */
import type { ConfigModel, ServiceModel } from '../../../model/config';
import { certMentions } from '../../security/valueScan';
import { isYes, serverContexts, serverTls, setting } from '../../tls/context';
import { deleteSetting, fix } from '../../tls/edits';
import { FindingSet, settingSite } from '../../tls/report';
import type { Rule } from '../../types';

const USES_CCERT = /\b(permit_tls_clientcerts|permit_tls_all_clientcerts|check_ccert_access)\b/;

export function usesClientCerts(model: ConfigModel, service?: ServiceModel): boolean {
  for (const p of certMentions(model)) if (USES_CCERT.test(p.value.text)) return true;
  for (const o of service?.overrides.values() ?? []) if (USES_CCERT.test(o.value)) return true;
  return false;
}

export const tlsAskCcertMx: Rule = {
  id: 'tls-ask-ccert-mx',
  defaultSeverity: 'hint',
  description: 'The port 25 server asks clients for certificates though no restriction uses them; some MTAs then fail the handshake.',
  check({ model }) {
    const found = new FindingSet(model);
    // Restrictions that use client certificates may be in a main.cf we do not have.
    if (!model.main) return [];
    for (const ctx of serverContexts(model)) {
      if (ctx.role !== 'mx' || !serverTls(model, ctx.service).enabled) continue;
      const s = setting(model, 'smtpd_tls_ask_ccert', ctx.service);
      const site = settingSite(model, s);
      if (!site || !isYes(s.value) || usesClientCerts(model, ctx.service)) continue;
      found.add(site, {
        message:
          `smtpd_tls_ask_ccert = yes asks every client on port 25 for a certificate, but no restriction uses one (permit_tls_clientcerts, check_ccert_access). ` +
          `Some MTAs fail the TLS handshake when asked; remove the setting unless you need client certificates.`,
        fixes: fix('Remove smtpd_tls_ask_ccert', [deleteSetting(model, s)], false),
      });
    }
    return found.list();
  },
};
