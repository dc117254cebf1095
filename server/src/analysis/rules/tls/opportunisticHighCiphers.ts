/**
 * catalogue | rule
 * TLS015    | tls-opportunistic-high-ciphers
 *
 * `smtpd_tls_ciphers = high` for the port 25 server at level may, or `smtp_tls_ciphers = high`
 * in main.cf for the client at level may: with opportunistic TLS, a stricter grade only sends
 * more mail in plaintext. Postfix suggests `high` per destination (policy table) instead.
 */
import { cipherGrade } from '../../tls/ciphers';
import { clientContexts, clientTls, serverContexts, serverTls, setting, type Setting } from '../../tls/context';
import { fix, replaceValue } from '../../tls/edits';
import { FindingSet, settingSite } from '../../tls/report';
import type { Rule } from '../../types';

export const tlsOpportunisticHighCiphers: Rule = {
  id: 'tls-opportunistic-high-ciphers',
  defaultSeverity: 'hint',
  description: 'Cipher grade `high` for opportunistic TLS (port 25, or the SMTP client at level may), where it only causes plaintext fallbacks.',
  check({ model }) {
    const found = new FindingSet(model);
    const report = (s: Setting, where: string) => {
      const site = settingSite(model, s);
      if (!site || cipherGrade(s.value) !== 'high') return;
      found.add(site, {
        message:
          `${s.name} = high for ${where}: with opportunistic TLS a peer that lacks a 'high' suite does not get a stronger session, it sends in plaintext. ` +
          `Postfix recommends 'medium' here and 'high' only per destination or service.`,
        fixes: fix(`Set ${s.name} to medium`, [replaceValue(s, 'medium')], false, true),
      });
    };
    for (const ctx of serverContexts(model)) {
      const tls = serverTls(model, ctx.service);
      if (ctx.role === 'mx' && tls.level === 'may' && !tls.wrapper) report(setting(model, 'smtpd_tls_ciphers', ctx.service), 'STARTTLS on port 25');
    }
    const client = setting(model, 'smtp_tls_ciphers');
    if (client.source === 'main' && clientContexts(model, 'smtp').some((c) => clientTls(model, c).level === 'may' && setting(model, 'smtp_tls_ciphers', c.service).source === 'main')) {
      report(client, 'outgoing opportunistic TLS');
    }
    return found.list();
  },
};
