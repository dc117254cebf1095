/**
 * Catalogue SEC030 (2.3) [care]: smtpd_sasl_auth_enable = yes reaches the port-25 receiver (from
 * main.cf without a `-o smtpd_sasl_auth_enable=no` there, or set on it directly). AUTH on the MX
 * invites password guessing; mail clients belong on submission. A hint when no submission
 * service exists (legacy clients may still use 25).
 */
import { dedupe, port25Receivers, roleSeverity, submissionReceivers } from '../../security/context';
import { setServiceOverride } from '../../security/edits';
import { isYes, settingAt, valueText } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at, fix } from './common';

export const saslOnPort25: Rule = {
  id: 'sasl-on-port-25',
  defaultSeverity: 'warning',
  description: 'SMTP AUTH offered on the port-25 receiver: password guessing on the MX; mail clients belong on submission.',
  check(ctx) {
    const { model } = ctx;
    const out: Finding[] = [];
    const hasSubmission = submissionReceivers(model).length > 0;
    for (const r of port25Receivers(ctx)) {
      if (!isYes(valueText(model, 'smtpd_sasl_auth_enable', r.service))) continue;
      const loc = settingAt(model, 'smtpd_sasl_auth_enable', r.service);
      if (!loc) continue;
      const severity = roleSeverity(ctx, 'SEC030', hasSubmission ? 'warning' : 'hint', true);
      if (!severity) continue;
      const where = loc.file === 'main' ? `main.cf enables SMTP AUTH and ${r.label} does not turn it off` : `${r.label} enables SMTP AUTH`;
      const message =
        `${where}: the port-25 receiver offers AUTH to the whole Internet, which invites password guessing, and postscreen's deep tests cannot offer it. ` +
        (hasSubmission
          ? 'Enable AUTH only on submission/submissions with -o smtpd_sasl_auth_enable=yes, as the stock master.cf does.'
          : 'No submission service is defined, so mail clients may still depend on port 25: add submission (587) or submissions (465) with -o smtpd_sasl_auth_enable=yes, as the stock master.cf does, move the clients there, then turn AUTH off on port 25.');
      const fixes = r.service ? fix(`Add -o smtpd_sasl_auth_enable=no to '${r.service.name}'`, [setServiceOverride(model, r.service, 'smtpd_sasl_auth_enable', 'no')]) : [];
      out.push(at(loc, message, severity, fixes));
    }
    return dedupe(out);
  },
};
