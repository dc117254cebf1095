/**
 * catalogue | rule
 * TLS043    | tls-submission-no-encrypt
 *
 * The submission service (587) accepts AUTH (effective smtpd_sasl_auth_enable = yes) but does
 * not require TLS (level not encrypt, no wrapper mode). Reported at its level override, else at
 * the entry (with the main.cf level as related information); the fix sets the -o to encrypt.
 */
import { isYes, serverContexts, serverTls, setting } from '../../tls/context';
import { fix, setOverride } from '../../tls/edits';
import { FindingSet, relatedTo, serviceSite, settingSite } from '../../tls/report';
import type { Rule } from '../../types';

export const tlsSubmissionNoEncrypt: Rule = {
  id: 'tls-submission-no-encrypt',
  defaultSeverity: 'warning',
  description: 'The submission service (587) accepts AUTH without requiring TLS (smtpd_tls_security_level is not encrypt).',
  check({ model }) {
    const found = new FindingSet(model);
    for (const ctx of serverContexts(model)) {
      if (ctx.role !== 'submission' || !ctx.service) continue;
      if (!isYes(setting(model, 'smtpd_sasl_auth_enable', ctx.service).value)) continue;
      const tls = serverTls(model, ctx.service);
      if (tls.mandatory || tls.level === 'unknown') continue;
      const s = tls.levelSetting;
      const own = s.source === 'override';
      const authOnly = isYes(setting(model, 'smtpd_tls_auth_only', ctx.service).value);
      const current = s.source === 'default' ? 'smtpd_tls_security_level is not set' : `${s.name} = ${s.value || '(empty)'}`;
      found.add(own ? settingSite(model, s)! : serviceSite(ctx.service), {
        message:
          `The ${ctx.service.name} service accepts AUTH but does not require TLS (${current}): mail from mail clients may travel unencrypted` +
          `${authOnly ? '' : ', and so may passwords'}. RFC 8314 considers cleartext submission obsolete; add -o smtpd_tls_security_level=encrypt.`,
        related: own ? [] : relatedTo(model, s, `the ${ctx.service.name} service inherits this level`),
        fixes: fix('Set -o smtpd_tls_security_level=encrypt', [setOverride(model, ctx.service, 'smtpd_tls_security_level', 'encrypt')], false, true),
      });
    }
    return found.list();
  },
};
