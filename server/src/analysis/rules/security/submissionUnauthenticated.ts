/**
 * Catalogue SEC031 (2.3) [care]: a submission/submissions service with SASL enabled where no
 * client, HELO, sender, relay or recipient list turns away unauthenticated clients (ends in
 * `reject` after permit_sasl_authenticated): they can inject mail for local domains, usually
 * past the port-25 spam checks that the service empties. Quiet when a table or policy
 * service might reject them.
 */
import { outsiderAtService } from '../../restrictions/outsider';
import { dedupe, roleSeverity, serviceAnchor, submissionReceivers } from '../../security/context';
import { setServiceOverride } from '../../security/edits';
import { isYes, valueText } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at, fix, labelFirst } from './common';

export const submissionUnauthenticated: Rule = {
  id: 'submission-unauthenticated',
  defaultSeverity: 'warning',
  description: 'A submission service with SASL where nothing turns away unauthenticated clients (no ...permit_sasl_authenticated, reject).',
  check(ctx) {
    const { model } = ctx;
    const severity = roleSeverity(ctx, 'SEC031', 'warning', true);
    if (!severity) return [];
    const out: Finding[] = [];
    for (const r of submissionReceivers(model)) {
      const service = r.service;
      if (!service || !isYes(valueText(model, 'smtpd_sasl_auth_enable', service))) continue;
      if (outsiderAtService(model, service) !== 'accept') continue;
      const message =
        `${labelFirst(r)} offers SMTP AUTH, but none of its restriction lists turns away clients that did not authenticate: anyone can submit mail for local domains here, usually past the port-25 spam checks. ` +
        'End a list with permit_sasl_authenticated, reject, as in the stock master.cf: -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject.';
      const fixes = service.overrides.has('smtpd_recipient_restrictions')
        ? []
        : fix('Add -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject', [setServiceOverride(model, service, 'smtpd_recipient_restrictions', 'permit_sasl_authenticated,reject')]);
      out.push(at(serviceAnchor(service), message, severity, fixes));
    }
    return dedupe(out);
  },
};
