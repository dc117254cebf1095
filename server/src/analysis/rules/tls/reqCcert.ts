/**
 * catalogue | rule
 * TLS049    | tls-req-ccert-without-encrypt
 *
 * smtpd_tls_req_ccert = yes on a server at level may: smtpd ignores it ("Can't require client
 * certs unless TLS is required"). The fix deletes the setting; it is safe when no server that
 * requires TLS reads the same line (then nothing changes).
 */
import { isYes, serverContexts, serverTls, setting } from '../../tls/context';
import { deleteSetting, fix } from '../../tls/edits';
import { FindingSet, settingSite } from '../../tls/report';
import type { Rule } from '../../types';

export const tlsReqCcert: Rule = {
  id: 'tls-req-ccert-without-encrypt',
  defaultSeverity: 'warning',
  description: 'smtpd_tls_req_ccert = yes where TLS is only opportunistic: smtpd ignores it with a warning.',
  check({ model }) {
    const found = new FindingSet(model);
    const contexts = serverContexts(model).map((ctx) => ({ ctx, tls: serverTls(model, ctx.service), req: setting(model, 'smtpd_tls_req_ccert', ctx.service) }));
    for (const { ctx, tls, req } of contexts) {
      if (!isYes(req.value) || tls.mandatory || tls.level !== 'may') continue;
      const site = settingSite(model, req);
      if (!site) continue;
      const sameLine = (r: typeof req) => (r.source === 'main' ? r.parameter === req.parameter : r.override === req.override);
      const safe = !contexts.some((c) => c.tls.mandatory && sameLine(c.req));
      found.add(site, {
        message:
          `smtpd_tls_req_ccert = yes has no effect on ${ctx.service ? `the ${ctx.service.name} service` : 'the SMTP server'}: client certificates can only be required when TLS is required, ` +
          `so smtpd ignores it with a warning. Require TLS on that service (-o smtpd_tls_security_level=encrypt), or remove the setting.`,
        fixes: fix('Remove smtpd_tls_req_ccert', [deleteSetting(model, req)], safe),
      });
    }
    return found.list();
  },
};
