/**
 * catalogue | rule
 * TLS002    | tls-mandatory-protocols-weak
 *
 * A server other than port 25 in mandatory-TLS context (level encrypt, or wrapper mode) whose effective
 * smtpd_tls_mandatory_protocols still accepts TLS 1.0 or 1.1: typically a submission service
 * with `-o smtpd_tls_security_level=encrypt` and the default floor. Reported at the setting, or
 * at the service entry when the floor is the default.
 */
import { serverContexts, serverTls, setting, type ServerContext } from '../../tls/context';
import { fix, replaceValue, setIn } from '../../tls/edits';
import { floorValue, parseProtocolList } from '../../tls/protocols';
import { FindingSet, mainFileSite, relatedTo, settingSite, shadowed, siteOr } from '../../tls/report';
import type { Rule } from '../../types';

const NAME = 'smtpd_tls_mandatory_protocols';

export const tlsMandatoryProtocolsWeak: Rule = {
  id: 'tls-mandatory-protocols-weak',
  defaultSeverity: 'warning',
  description: 'A service that requires TLS (submission, submissions) still accepts TLS 1.0 and 1.1 through smtpd_tls_mandatory_protocols.',
  check({ model }) {
    const found = new FindingSet(model);
    for (const ctx of serverContexts(model)) {
      // Port 25 that requires TLS is tls-mx-requires-tls's problem; raising its floor further is not the fix.
      if (ctx.role === 'mx') continue;
      const tls = serverTls(model, ctx.service);
      if (!tls.mandatory) continue;
      const s = setting(model, NAME, ctx.service);
      if (s.unknown) continue;
      const list = parseProtocolList(s.value, model.target);
      if (list.invalid) continue;
      const weak = (['TLSv1', 'TLSv1.1'] as const).filter((p) => list.enabled.has(p));
      if (weak.length === 0) continue;
      const cause = tls.wrapper ? tls.wrapperSetting : tls.levelSetting;
      const site = siteOr(model, s, ctx.service, () => settingSite(model, cause) ?? mainFileSite());
      const value = floorValue('TLSv1.2', model.target);
      const current = s.source === 'default' ? `(the default '${s.value}')` : `= ${s.value || '(empty)'}`;
      const edit = s.source === 'default' ? setIn(model, ctx.service, NAME, value) : replaceValue(s, value);
      found.add(site, {
        message:
          `${label(ctx)} requires TLS (${tls.wrapper ? 'smtpd_tls_wrappermode = yes' : 'smtpd_tls_security_level = encrypt'}), but ${NAME} ${current} still accepts ${weak.join(' and ')}. ` +
          `TLS 1.0 and 1.1 are deprecated (RFC 8996), and mail submission needs TLS 1.2 or later (RFC 8997); the clients of a submission service are your own, so raising the floor costs little. Set '${value}'.`,
        related: [...shadowed(model, s), ...(s.source === 'default' && ctx.service ? relatedTo(model, cause, 'TLS is required here') : [])],
        fixes: fix(`Set ${NAME} to ${value}`, [edit], isSubmission(ctx) && s.source !== 'main', true),
      });
    }
    return found.list();
  },
};

function isSubmission(ctx: ServerContext): boolean {
  return ctx.role === 'submission' || ctx.role === 'submissions';
}

function label(ctx: ServerContext): string {
  return ctx.service ? `The ${ctx.service.name} service` : 'The SMTP server';
}
