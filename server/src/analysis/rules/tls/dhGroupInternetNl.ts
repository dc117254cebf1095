/**
 * catalogue | rule
 * TLS027    | tls-dh-group-internet-nl
 *
 * [conflict] A public MX (settings.hostRole = internet-mx) on a release with Postfix's own
 * 2048-bit prime (the July 2015 patches up to 3.6; from 3.7 we assume OpenSSL 3, which chooses
 * standard groups) and no DH file: internet.nl/NCSC-NL rate any prime other than the RFC 7919
 * ffdhe3072+ groups as insufficient. Postfix says custom groups are unnecessary. Only a hint,
 * only for a public MX, no automatic fix.
 */
import { atLeast } from '../../../data/versions';
import { serverContexts, serverTls, setting } from '../../tls/context';
import { beforeJuly2015 } from '../../tls/releases';
import { FindingSet, mainSite, siteOr } from '../../tls/report';
import type { Rule } from '../../types';

export const tlsDhGroupInternetNl: Rule = {
  id: 'tls-dh-group-internet-nl',
  defaultSeverity: 'hint',
  description: 'Public MX (hostRole internet-mx) on 3.1-3.6 with Postfix\'s built-in DH prime, which internet.nl rates insufficient (Postfix disagrees).',
  check({ model, settings }) {
    const found = new FindingSet(model);
    if (settings.hostRole !== 'internet-mx' || beforeJuly2015(model.target) || atLeast(model.target, '3.7')) return [];
    for (const ctx of serverContexts(model)) {
      if (ctx.role !== 'mx') continue;
      const tls = serverTls(model, ctx.service);
      if (!tls.enabled) continue;
      const s = setting(model, 'smtpd_tls_dh1024_param_file', ctx.service);
      if (s.value !== '' || s.unknown) continue;
      found.add(siteOr(model, s, ctx.service, () => mainSite(model, tls.levelSetting)), {
        message:
          `This public MX uses Postfix's built-in 2048-bit DH prime. internet.nl (following NCSC-NL) rates any prime other than the RFC 7919 ffdhe3072 or larger groups as insufficient. ` +
          `Postfix considers its prime adequate and, from 3.9, asks not to set a DH file at all; only if the internet.nl rating matters, set smtpd_tls_dh1024_param_file to an RFC 7919 ffdhe3072 file.`,
      });
    }
    return found.list();
  },
};
