/** Catalogue SEC062 (2.5) [care]: smtpd_forbid_bare_newline = reject on port 25 also refuses web applications, netcat scripts, health checks and BDAT senders with bare <LF>. */
import { dedupe, port25Receivers, roleSeverity } from '../../security/context';
import { smugglingValue } from '../../security/smuggling';
import { settingAt, valueText } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at } from './common';

export const bareNewlineReject: Rule = {
  id: 'bare-newline-reject',
  defaultSeverity: 'info',
  description: 'smtpd_forbid_bare_newline = reject on port 25 refuses scripts and devices that send bare <LF>.',
  check(ctx) {
    const { model } = ctx;
    const severity = roleSeverity(ctx, 'SEC062', 'info', true);
    if (!severity) return [];
    const out: Finding[] = [];
    for (const r of port25Receivers(ctx)) {
      if (smugglingValue(model, 'smtpd_forbid_bare_newline', r.service).value !== 'reject') continue;
      const loc = settingAt(model, 'smtpd_forbid_bare_newline', r.service);
      if (!loc) continue;
      const code = valueText(model, 'smtpd_forbid_bare_newline_reject_code', r.service);
      out.push(at(loc, `smtpd_forbid_bare_newline = reject on ${r.label} refuses every message with a bare <LF>: web applications, netcat scripts, monitoring checks and some BDAT senders${code === '521' ? ', and with reject code 521 it also disconnects them' : ''}. Prefer normalize, or extend smtpd_forbid_bare_newline_exclusions.`, severity));
    }
    return dedupe(out);
  },
};
