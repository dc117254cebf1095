/**
 * catalogue | rule
 * TLS003    | tls-client-mandatory-protocols-weak
 *
 * An SMTP/LMTP client in mandatory-TLS context (level encrypt, fingerprint, verify or secure)
 * whose effective `*_tls_mandatory_protocols` still accepts TLS 1.0 or 1.1. The DANE levels
 * are left out on purpose: Postfix advises keeping TLS 1.0 for DANE peers (raise it per
 * destination in the policy table instead), and we follow Postfix's guidance.
 */
import { clientContexts, clientLabel, clientTls, primaryClient, setting } from '../../tls/context';
import { fix, replaceValue, setIn } from '../../tls/edits';
import { floorValue, parseProtocolList } from '../../tls/protocols';
import { FindingSet, mainSite, relatedTo, shadowed, siteOr } from '../../tls/report';
import type { Rule } from '../../types';

const LEVELS = ['encrypt', 'fingerprint', 'verify', 'secure'];

export const tlsClientMandatoryProtocolsWeak: Rule = {
  id: 'tls-client-mandatory-protocols-weak',
  defaultSeverity: 'info',
  description: 'An SMTP/LMTP client that requires TLS (encrypt, fingerprint, verify, secure) still accepts TLS 1.0 and 1.1.',
  check({ model }) {
    const found = new FindingSet(model);
    for (const ctx of clientContexts(model)) {
      const tls = clientTls(model, ctx);
      if (!LEVELS.includes(tls.level)) continue;
      const name = `${ctx.prefix}_tls_mandatory_protocols`;
      const s = setting(model, name, ctx.service);
      if (s.unknown) continue;
      const list = parseProtocolList(s.value, model.target);
      if (list.invalid) continue;
      const weak = (['TLSv1', 'TLSv1.1'] as const).filter((p) => list.enabled.has(p));
      if (weak.length === 0) continue;
      // Settings no transport overrides are reported once, at the main transport.
      const shared = s.source !== 'override' && tls.levelSetting.source !== 'override';
      const where = shared ? primaryClient(model, ctx.prefix) : ctx.service;
      const site = siteOr(model, s, where, () => mainSite(model, tls.levelSetting));
      const value = floorValue('TLSv1.2', model.target);
      const current = s.source === 'default' ? `(the default '${s.value}')` : `= ${s.value || '(empty)'}`;
      // A default floor is raised where the level is set: on the transport, or in main.cf.
      const edit = s.source === 'default' ? setIn(model, tls.levelSetting.service, name, value) : replaceValue(s, value);
      found.add(site, {
        message:
          `${capital(shared ? clientLabel({ prefix: ctx.prefix }) : clientLabel(ctx))} requires TLS (security level ${tls.level}), but ${name} ${current} still accepts ${weak.join(' and ')}, ` +
          `which are deprecated (RFC 8996). Consider '${value}'; peers that only speak TLS 1.0 or 1.1 are then deferred instead of delivered.`,
        related: [...shadowed(model, s), ...(s.source === 'default' && where ? relatedTo(model, tls.levelSetting, 'TLS is required here') : [])],
        fixes: fix(`Set ${name} to ${value}`, [edit], false),
      });
    }
    return found.list();
  },
};

function capital(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}
