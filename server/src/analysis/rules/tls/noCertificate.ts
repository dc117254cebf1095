/**
 * catalogue | rule
 * TLS047    | tls-no-certificate
 *
 * A server that offers TLS (level may/encrypt, wrapper mode, or the legacy booleans) with no
 * certificate at all: smtpd_tls_chain_files (3.4+), _cert_file, _eccert_file and _dcert_file
 * all empty, and the cert file not `none` (certificate-less TLS is tls-certificate-none's).
 * Reported at the setting that turns TLS on; no automatic fix (it needs a path).
 */
import { atLeast } from '../../../data/versions';
import { lower, serverCertificateNames, serverContexts, serverHasCertificate, serverTls, setting } from '../../tls/context';
import { FindingSet, settingSite } from '../../tls/report';
import type { Rule } from '../../types';

export const tlsNoCertificate: Rule = {
  id: 'tls-no-certificate',
  defaultSeverity: 'error',
  description: 'TLS is turned on for a server that has no certificate (no chain file, cert file, EC or DSA cert file).',
  check({ model }) {
    const found = new FindingSet(model);
    const chains = atLeast(model.target, '3.4');
    const names = serverCertificateNames(model);
    for (const ctx of serverContexts(model)) {
      const tls = serverTls(model, ctx.service);
      if (!tls.enabled) continue;
      const cert = setting(model, 'smtpd_tls_cert_file', ctx.service);
      if (lower(cert.value) === 'none') continue;
      if (serverHasCertificate(model, ctx.service)) continue;
      const cause = tls.wrapper && !(tls.level === 'encrypt' || tls.level === 'may') ? tls.wrapperSetting : tls.levelSetting;
      const site = settingSite(model, cause);
      if (!site) continue;
      const who = ctx.service ? `The ${ctx.service.name} service` : 'The SMTP server';
      found.add(site, {
        message:
          `${who} offers TLS (${cause.name} = ${cause.value}) but has no certificate: ${names.join(', ')} are all empty. smtpd then logs "No server certs available" ` +
          `and runs without TLS${tls.wrapper ? ', and in wrapper mode no client can connect' : ', so STARTTLS fails'}. ` +
          (chains ? 'Set smtpd_tls_chain_files (the key first, then the certificate and its chain).' : 'Set smtpd_tls_cert_file and smtpd_tls_key_file.'),
      });
    }
    return found.list();
  },
};
