/**
 * catalogue | rule
 * TLS042    | tls-submissions-no-wrappermode
 *
 * An smtpd service on port 465 (submissions, smtps, 465) without wrapper mode. The fix sets
 * `-o smtpd_tls_wrappermode=yes` (editing an existing `=no`, or inserting a line); it is safe,
 * since the service cannot work as implicit TLS without it.
 */
import { serverContexts, serverTls } from '../../tls/context';
import { fix, setOverride } from '../../tls/edits';
import { FindingSet, settingSite, serviceSite, shadowed } from '../../tls/report';
import type { Rule } from '../../types';

export const tlsSubmissionsWrappermode: Rule = {
  id: 'tls-submissions-no-wrappermode',
  defaultSeverity: 'error',
  description: 'An smtpd service on port 465 (submissions/smtps) without -o smtpd_tls_wrappermode=yes speaks plain SMTP there.',
  check({ model }) {
    const found = new FindingSet(model);
    for (const ctx of serverContexts(model)) {
      if (ctx.role !== 'submissions' || !ctx.service) continue;
      const tls = serverTls(model, ctx.service);
      if (tls.wrapper) continue;
      const s = tls.wrapperSetting;
      const site = s.source === 'override' ? settingSite(model, s)! : serviceSite(ctx.service);
      found.add(site, {
        message:
          `The ${ctx.service.name} service listens on port 465, which is for implicit TLS (RFC 8314), but runs without wrapper mode: it speaks plain SMTP there, ` +
          `so TLS clients fail and a client that uses STARTTLS may talk in the clear. Add -o smtpd_tls_wrappermode=yes.`,
        related: shadowed(model, s),
        fixes: fix('Set -o smtpd_tls_wrappermode=yes', [setOverride(model, ctx.service, 'smtpd_tls_wrappermode', 'yes')], true, true),
      });
    }
    return found.list();
  },
};
