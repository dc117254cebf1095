/**
 * catalogue | rule
 * TLS044    | tls-auth-before-starttls
 * TLS045    | tls-auth-without-tls
 *
 * Two rules over the same servers (every smtpd service not in wrapper mode, or main.cf alone)
 * with effective smtpd_sasl_auth_enable = yes: at level may without smtpd_tls_auth_only = yes,
 * AUTH is offered before STARTTLS (TLS044, warning); at level none it is offered with no TLS at
 * all (TLS045, error). Reported at the setting to change: an explicit auth_only = no or level
 * none, else the line that enables SASL (one finding per line for services sharing it).
 */
import { isYes, serverContexts, serverHasCertificate, serverTls, setting, type ServerContext } from '../../tls/context';
import { fix, replaceValue, setIn } from '../../tls/edits';
import { FindingSet, settingSite, shadowed } from '../../tls/report';
import type { ConfigModel } from '../../../model/config';
import { isLoopbackBound } from '../../security/context';
import type { Rule } from '../../types';

function label(ctx: ServerContext): string {
  return ctx.service ? `The ${ctx.service.name} service` : 'The SMTP server';
}

/**
 * The servers that offer AUTH without TLS wrapper mode, with the level they run at. A listener
 * bound to a loopback address (a content filter's reinjection port, 127.0.0.1:10025) is left
 * out: what clients send it never crosses a network.
 */
function saslServers(model: ConfigModel) {
  return serverContexts(model)
    .filter((ctx) => !(ctx.service?.type === 'inet' && isLoopbackBound(ctx.service)))
    .map((ctx) => ({ ctx, tls: serverTls(model, ctx.service), sasl: setting(model, 'smtpd_sasl_auth_enable', ctx.service) }))
    .filter(({ tls, sasl }) => isYes(sasl.value) && !tls.wrapper);
}

export const tlsAuthBeforeStarttls: Rule = {
  id: 'tls-auth-before-starttls',
  defaultSeverity: 'warning',
  description: 'SASL AUTH is offered before STARTTLS (level may, smtpd_tls_auth_only not yes): passwords can cross the network in the clear.',
  check({ model }) {
    const found = new FindingSet(model);
    for (const { ctx, tls, sasl } of saslServers(model)) {
      if (tls.level !== 'may') continue;
      const only = setting(model, 'smtpd_tls_auth_only', ctx.service);
      if (isYes(only.value) || only.unknown) continue;
      const explicitNo = only.source !== 'default';
      const site = explicitNo ? settingSite(model, only)! : settingSite(model, sasl)!;
      const edit = explicitNo ? replaceValue(only, 'yes') : setIn(model, sasl.service, 'smtpd_tls_auth_only', 'yes');
      const port25 = ctx.role === 'mx' ? ' Better still, turn SASL off on port 25 and enable it only on submission/submissions (-o smtpd_sasl_auth_enable=yes).' : '';
      found.add(site, {
        message:
          `${label(ctx)} announces AUTH before STARTTLS (smtpd_sasl_auth_enable = yes, security level may, smtpd_tls_auth_only ${explicitNo ? `= ${only.value}` : 'not set'}), ` +
          `so PLAIN and LOGIN passwords can cross the network unencrypted. Set smtpd_tls_auth_only = yes.${port25}`,
        related: shadowed(model, explicitNo ? only : sasl),
        fixes: fix('Set smtpd_tls_auth_only = yes', [edit], false, true),
      });
    }
    return found.list();
  },
};

export const tlsAuthWithoutTls: Rule = {
  id: 'tls-auth-without-tls',
  defaultSeverity: 'error',
  description: 'SASL AUTH is enabled on a server without TLS (level none or empty): every password is sent in the clear.',
  check({ model }) {
    const found = new FindingSet(model);
    for (const { ctx, tls, sasl } of saslServers(model)) {
      if (tls.level !== 'none') continue;
      const level = tls.levelSetting;
      const explicitNone = level.source !== 'default' && level.name === 'smtpd_tls_security_level';
      const site = explicitNone ? settingSite(model, level)! : settingSite(model, sasl)!;
      const edit = explicitNone ? replaceValue(level, 'may') : setIn(model, sasl.service, 'smtpd_tls_security_level', 'may');
      found.add(site, {
        message:
          `${label(ctx)} accepts AUTH but offers no TLS (${explicitNone ? `smtpd_tls_security_level = ${level.value || '(empty)'}` : 'smtpd_tls_security_level is not set'}), so every password is sent in the clear. ` +
          `Turn TLS on (smtpd_tls_security_level = may with a certificate) and set smtpd_tls_auth_only = yes.`,
        related: shadowed(model, explicitNone ? level : sasl),
        // Without a certificate, TLS on would only make smtpd log "No server certs available".
        fixes: serverHasCertificate(model, ctx.service) ? fix('Set smtpd_tls_security_level = may', [edit], false, true) : [],
      });
    }
    return found.list();
  },
};
