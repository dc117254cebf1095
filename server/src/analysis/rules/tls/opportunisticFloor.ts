/**
 * catalogue | rule
 * TLS004    | tls-opportunistic-protocols-floor
 *
 * [conflict] Opportunistic STARTTLS (port 25 server at level may, SMTP client at level may)
 * still accepts TLS 1.0/1.1. NCSC-NL/internet.nl, Mozilla and BSI call these versions phased
 * out; Postfix advises against tightening opportunistic TLS because a failed handshake means
 * plaintext. We follow Postfix: a hint only, with the trade-off in the message and a fix that
 * is neither safe nor preferred.
 */
import { clientContexts, clientTls, primaryClient, serverContexts, serverTls, setting, type Setting } from '../../tls/context';
import { fix, replaceValue, setMain } from '../../tls/edits';
import { floorValue, parseProtocolList } from '../../tls/protocols';
import { FindingSet, mainSite, shadowed, siteOr, type Site } from '../../tls/report';
import type { Rule } from '../../types';

export const tlsOpportunisticFloor: Rule = {
  id: 'tls-opportunistic-protocols-floor',
  defaultSeverity: 'hint',
  description: 'Opportunistic TLS (port 25, outbound at level may) still accepts TLS 1.0/1.1; Postfix advises leaving it, scanners flag it.',
  check({ model }) {
    const found = new FindingSet(model);
    const report = (s: Setting, site: Site, where: string) => {
      if (s.unknown) return;
      const list = parseProtocolList(s.value, model.target);
      if (list.invalid) return;
      const weak = (['TLSv1', 'TLSv1.1'] as const).filter((p) => list.enabled.has(p));
      if (weak.length === 0) return;
      const value = floorValue('TLSv1.2', model.target);
      const current = s.source === 'default' ? `(the default '${s.value}')` : `= ${s.value || '(empty)'}`;
      found.add(site, {
        message:
          `${s.name} ${current} accepts ${weak.join(' and ')} for ${where}. Postfix advises leaving opportunistic TLS alone: a peer that cannot meet a higher floor ` +
          `falls back to plaintext, which is worse. NCSC-NL/internet.nl, Mozilla and BSI consider TLS 1.0 and 1.1 phased out; set '${value}' only if you accept that trade-off.`,
        related: shadowed(model, s),
        fixes: fix(`Set ${s.name} to ${value} (fewer peers get TLS)`, [s.source === 'default' ? setMain(model, s.name, value) : replaceValue(s, value)], false),
      });
    };
    for (const ctx of serverContexts(model)) {
      if (ctx.role !== 'mx') continue;
      const tls = serverTls(model, ctx.service);
      if (tls.level !== 'may' || tls.wrapper) continue;
      const s = setting(model, 'smtpd_tls_protocols', ctx.service);
      report(s, siteOr(model, s, ctx.service, () => mainSite(model, tls.levelSetting)), 'STARTTLS on port 25');
    }
    for (const ctx of clientContexts(model, 'smtp')) {
      const tls = clientTls(model, ctx);
      if (tls.level !== 'may') continue;
      const s = setting(model, 'smtp_tls_protocols', ctx.service);
      const shared = s.source !== 'override' && tls.levelSetting.source !== 'override';
      report(s, siteOr(model, s, shared ? primaryClient(model, 'smtp') : ctx.service, () => mainSite(model, tls.levelSetting)), 'outgoing opportunistic TLS');
    }
    return found.list();
  },
};
