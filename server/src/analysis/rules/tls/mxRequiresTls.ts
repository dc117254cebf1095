/**
 * catalogue | rule
 * TLS040    | tls-mx-requires-tls
 *
 * The port 25 server (the smtp inet smtpd entry, the `smtpd pass` entry behind postscreen, or
 * main.cf alone) requires TLS: level encrypt (or the legacy smtpd_enforce_tls), or wrapper mode
 * set with -o on that entry (wrapper mode in main.cf is tls-wrappermode-main's). Error when the
 * host is a public MX (settings.hostRole), info for an internal relay, warning otherwise.
 */
import type { ServiceModel } from '../../../model/config';
import { serverContexts, serverTls } from '../../tls/context';
import { deleteSetting, fix, replaceValue, setIn, setOverride } from '../../tls/edits';
import { FindingSet, serviceSite, settingSite } from '../../tls/report';
import type { Rule, SeverityName } from '../../types';

export const tlsMxRequiresTls: Rule = {
  id: 'tls-mx-requires-tls',
  defaultSeverity: 'warning',
  description: 'The port 25 server requires TLS (level encrypt or wrapper mode); a public MX must accept plain SMTP (RFC 3207).',
  check({ model, settings }) {
    const found = new FindingSet(model);
    const severity: SeverityName | undefined = settings.hostRole === 'internet-mx' ? 'error' : settings.hostRole === 'internal-relay' ? 'info' : undefined;
    const note = settings.hostRole === 'internal-relay' ? ' If every client of this relay is yours and speaks TLS, this can be intended.' : '';
    for (const ctx of serverContexts(model)) {
      if (ctx.role !== 'mx') continue;
      const tls = serverTls(model, ctx.service);
      const who = ctx.service ? `The ${ctx.service.name} service (port 25)` : 'The SMTP server (main.cf alone, judged as port 25)';
      if (tls.level === 'encrypt') {
        const s = tls.levelSetting;
        const site = settingSite(model, s);
        if (!site) continue;
        const legacy = s.name !== 'smtpd_tls_security_level';
        const edits = legacy ? [setIn(model, s.service, 'smtpd_tls_security_level', 'may')] : [replaceValue(s, 'may')];
        // Lowering main.cf must not lower the services that relied on it: give them their own encrypt.
        if (s.source === 'main') for (const other of inheritingSubmission(model)) edits.push(setOverride(model, other, 'smtpd_tls_security_level', 'encrypt'));
        found.add(site, {
          severity,
          message:
            `${who} requires TLS (${s.name} = ${s.value}). A publicly reachable MX must not require STARTTLS (RFC 3207): senders without TLS are refused ` +
            `('530 Must issue a STARTTLS command first') and their mail is delayed or bounced. Use 'may' for port 25 and require TLS only on submission.${note}`,
          related: s.source === 'main' && ctx.service ? [{ ...serviceSite(ctx.service), message: `the ${ctx.service.name} service inherits this level` }] : [],
          fixes: fix('Use smtpd_tls_security_level = may for port 25 (encrypt stays on submission)', edits, false, true),
        });
      } else if (tls.wrapper && tls.wrapperSetting.source === 'override') {
        found.add(settingSite(model, tls.wrapperSetting)!, {
          severity,
          message: `${who} runs in wrapper mode (implicit TLS): plain SMTP and STARTTLS senders cannot deliver to it at all. Remove the option; implicit TLS belongs on port 465 (submissions).${note}`,
          fixes: fix('Remove smtpd_tls_wrappermode from the port 25 service', [deleteSetting(model, tls.wrapperSetting)], false, true),
        });
      }
    }
    return found.list();
  },
};

/** Submission (587) and other non-port-25 smtpd services that take their level from main.cf. */
function inheritingSubmission(model: Parameters<Rule['check']>[0]['model']): ServiceModel[] {
  return serverContexts(model)
    .filter((c) => c.service && (c.role === 'submission' || c.role === 'other-smtpd') && c.service.type === 'inet')
    .filter((c) => !c.service!.overrides.has('smtpd_tls_security_level') && !serverTls(model, c.service).wrapper)
    .map((c) => c.service!);
}
