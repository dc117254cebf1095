/**
 * catalogue | rule
 * TLS023    | tls-dh-params-old-release
 *
 * A release older than the July 2015 patches (2.9.14, 2.10.8, 2.11.6, 3.0.2) with TLS on and no
 * DH parameter file: its built-in prime has 1024 bits. No automatic fix: the file must be
 * generated first.
 */
import { serverContexts, serverLabel, serverTls, setting } from '../../tls/context';
import { beforeJuly2015 } from '../../tls/releases';
import { FindingSet, mainSite, shadowed, siteOr } from '../../tls/report';
import type { Rule } from '../../types';

export const tlsDhParamsOldRelease: Rule = {
  id: 'tls-dh-params-old-release',
  defaultSeverity: 'warning',
  description: 'A release before the July 2015 patches serves its built-in 1024-bit DH prime: smtpd_tls_dh1024_param_file is empty.',
  check({ model }) {
    const found = new FindingSet(model);
    if (!beforeJuly2015(model.target)) return [];
    for (const ctx of serverContexts(model)) {
      const tls = serverTls(model, ctx.service);
      if (!tls.enabled) continue;
      const s = setting(model, 'smtpd_tls_dh1024_param_file', ctx.service);
      if (s.value !== '' || s.unknown) continue;
      found.add(siteOr(model, s, ctx.service, () => mainSite(model, tls.levelSetting)), {
        message:
          `${serverLabel(ctx)[0].toUpperCase()}${serverLabel(ctx).slice(1)} offers TLS with Postfix's built-in DH prime, which has only 1024 bits before the July 2015 patch releases ` +
          `(2.9.14, 2.10.8, 2.11.6, 3.0.2); clients increasingly refuse it. Run 'openssl dhparam -out /etc/postfix/dh2048.pem 2048' and set smtpd_tls_dh1024_param_file = \${config_directory}/dh2048.pem.`,
        related: shadowed(model, s),
      });
    }
    return found.list();
  },
};
