/**
 * catalogue | rule
 * TLS051    | tls-all-clientcerts-relay
 *
 * permit_tls_all_clientcerts in a restriction while the CAs the server trusts include public
 * ones: tls_append_default_CA = yes, or smtpd_tls_CAfile/CApath naming a system bundle. Any
 * holder of a certificate from a public CA could then relay. Reported at the restriction, with
 * the CA setting as related information; no automatic fix.
 */
import type { ServiceModel } from '../../../model/config';
import { certMentions } from '../../security/valueScan';
import { explicitSettings, isYes, setting, type Setting } from '../../tls/context';
import { FindingSet, relatedTo } from '../../tls/report';
import type { Rule } from '../../types';

const USE = /\bpermit_tls_all_clientcerts\b/;
const SYSTEM_BUNDLE = /(^|\/)(ca-certificates\.crt|ca-bundle\.(crt|pem)|tls-ca-bundle\.pem|ca-root-nss\.crt)$|^\/etc\/(ssl|pki\/tls)\/cert\.pem$|^\/usr\/local\/etc\/ssl\/cert\.pem$|^\/etc\/ssl\/certs\/?$|^\/etc\/pki\/tls\/certs\/?$/;

function publicTrust(model: Parameters<Rule['check']>[0]['model'], service?: ServiceModel): Setting | undefined {
  const append = setting(model, 'tls_append_default_CA', service);
  if (isYes(append.value)) return append;
  for (const name of ['smtpd_tls_CAfile', 'smtpd_tls_CApath']) {
    const s = setting(model, name, service);
    if (SYSTEM_BUNDLE.test(s.value)) return s;
  }
  return undefined;
}

export const tlsAllClientcertsRelay: Rule = {
  id: 'tls-all-clientcerts-relay',
  defaultSeverity: 'warning',
  description: 'permit_tls_all_clientcerts while public CAs are trusted: any certificate from a public CA grants relay.',
  check({ model }) {
    const found = new FindingSet(model);
    // Look at the raw text first: expanding every value of a large main.cf would be wasted work.
    const users = new Set<string>();
    for (const p of certMentions(model)) if (USE.test(p.value.text)) users.add(p.name);
    for (const svc of model.services) for (const o of svc.overrides.values()) if (USE.test(o.value)) users.add(o.name);
    for (const s of explicitSettings(model, [...users])) {
      if (!USE.test(s.text)) continue;
      const trust = publicTrust(model, s.service);
      if (!trust) continue;
      found.addAt(s, {
        message:
          `${s.name} uses permit_tls_all_clientcerts while public CAs are trusted (${trust.name} = ${trust.value}): anyone with a certificate from any of them gets relay permission. ` +
          `Use permit_tls_clientcerts with relay_clientcerts, or trust only a private CA.`,
        related: relatedTo(model, trust, 'public CAs are trusted here'),
      });
    }
    return found.list();
  },
};
