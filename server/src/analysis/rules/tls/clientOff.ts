/**
 * catalogue | rule
 * TLS060    | tls-client-off
 *
 * The SMTP client sends without TLS: effective smtp_tls_security_level empty or none (the
 * default before 3.11, and from 3.11 below compatibility_level 3.11), and no legacy
 * smtp_use_tls = yes. Judged for main.cf and the default, once, and for a `-o` on the smtp or
 * relay transports; other transports (content filters, local relays) may be plaintext on purpose,
 * and so may main.cf when relayhost is on this host.
 * A default in main.cf alone is reported at the client's SASL line (passwords then go out in the
 * clear too), else at relayhost, else at compatibility_level, else at the start of the file.
 */
import { atLeast } from '../../../data/versions';
import { forwardSecrecyFix } from '../../../fixes/forwardSecrecy';
import { relayhostOnLoopback } from '../../../fixes/tls/context';
import type { ConfigModel } from '../../../model/config';
import { clientContexts, clientTls, isYes, primaryClient, setting, type Setting } from '../../tls/context';
import { fix, replaceValue, setMain } from '../../tls/edits';
import { FindingSet, mainSite, settingSite, siteOr, type Site } from '../../tls/report';
import type { Rule } from '../../types';

/** For a default in main.cf alone: the client's SASL line, else relayhost, else compatibility_level, else the file start. */
function relevantLine(model: ConfigModel, s: Setting): Site {
  for (const name of ['smtp_sasl_auth_enable', 'relayhost']) {
    const other = setting(model, name);
    const site = settingSite(model, other);
    if (site && other.value !== '' && (name !== 'smtp_sasl_auth_enable' || isYes(other.value))) return site;
  }
  return mainSite(model, s);
}

export const tlsClientOff: Rule = {
  id: 'tls-client-off',
  defaultSeverity: 'warning',
  description: 'The SMTP client never uses TLS (smtp_tls_security_level empty or none, the default before 3.11); not when relayhost is this host.',
  check({ model, settings }) {
    const found = new FindingSet(model);
    // tls-forward-secrecy leaves this gap to this rule: its whole change is offered here too.
    for (const ctx of clientContexts(model, 'smtp')) {
      const tls = clientTls(model, ctx);
      if (tls.level !== 'none') continue;
      const s = tls.levelSetting;
      if (s.source === 'override' && !['smtp', 'relay'].includes(ctx.service!.name)) continue;
      // main.cf's level does not matter when all mail goes to a relay on this host.
      if (s.source !== 'override' && relayhostOnLoopback(model)) continue;
      // With the level unset, an explicit smtp_use_tls = no in main.cf is the line that says so.
      const legacy = s.source === 'default' ? setting(model, 'smtp_use_tls', ctx.service) : undefined;
      const legacySite = legacy?.source === 'main' ? settingSite(model, legacy) : undefined;
      const site = s.source === 'override' ? settingSite(model, s)! : (legacySite ?? siteOr(model, s, primaryClient(model, 'smtp'), () => relevantLine(model, s)));
      const why =
        s.source !== 'default'
          ? `${s.name} = ${s.value || '(empty)'}`
          : legacySite
            ? `smtp_use_tls = ${legacy!.value || '(empty)'}, and smtp_tls_security_level is not set`
            : atLeast(model.target, '3.11')
            ? 'smtp_tls_security_level defaults to empty below compatibility_level 3.11'
            : 'smtp_tls_security_level is empty by default before Postfix 3.11';
      const sasl = isYes(setting(model, 'smtp_sasl_auth_enable', ctx.service).value);
      const who = s.source === 'override' ? `The ${ctx.service!.name} transport` : 'The SMTP client';
      // Made only for a finding, once per model (forwardSecrecyFix keeps it).
      const whole = settings.rules['tls-forward-secrecy'] === 'off' ? undefined : forwardSecrecyFix(model, settings);
      found.add(site, {
        message:
          `${who} sends mail without TLS (${why}), even to servers that offer STARTTLS${sasl ? ', and SMTP AUTH passwords go to the relay in the clear' : ''}. ` +
          `Set smtp_tls_security_level = may (or dane with a DNSSEC-validating resolver)${sasl ? ', or encrypt for a relay that supports TLS' : ''}.`,
        fixes: [
          ...fix('Set smtp_tls_security_level = may', [s.source === 'default' ? setMain(model, 'smtp_tls_security_level', 'may') : replaceValue(s, 'may')], false, true),
          ...(whole ? [{ ...whole, preferred: false }] : []),
        ],
      });
    }
    return found.list();
  },
};
