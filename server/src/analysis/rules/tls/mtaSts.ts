/**
 * catalogue | rule
 * TLS066    | tls-mta-sts
 *
 * Postfix has no MTA-STS of its own: it needs a policy plugin behind smtp_tls_policy_maps
 * (a socketmap service). The one configuration sign that MTA-STS is wanted is an explicit
 * smtp_tls_enforce_sts_mx_patterns (3.10.5/3.11+); without a socketmap policy table it acts on
 * nothing.
 */
import { explicitSettings, setting } from '../../tls/context';
import { FindingSet } from '../../tls/report';
import type { Rule } from '../../types';

const NAMES = ['smtp_tls_enforce_sts_mx_patterns'];

export const tlsMtaSts: Rule = {
  id: 'tls-mta-sts',
  defaultSeverity: 'hint',
  description: 'smtp_tls_enforce_sts_mx_patterns is set but no MTA-STS policy plugin (socketmap in smtp_tls_policy_maps) is configured.',
  check({ model }) {
    const found = new FindingSet(model);
    for (const s of explicitSettings(model, NAMES)) {
      const maps = setting(model, 'smtp_tls_policy_maps', s.service);
      if (maps.unknown || /\bsocketmap:/.test(maps.value)) continue;
      found.addAt(s, {
        message:
          `${s.name} only acts on the policies an MTA-STS plugin returns through smtp_tls_policy_maps (a socketmap service such as postfix-mta-sts-resolver), ` +
          `and none is configured: Postfix has no built-in MTA-STS, so nothing enforces it.`,
      });
    }
    return found.list();
  },
};
