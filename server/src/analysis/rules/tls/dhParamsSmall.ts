/**
 * catalogue | rule
 * TLS024    | tls-dh-params-small (file check)
 *
 * The DH parameter file (smtpd_/tlsproxy_/postscreen_ tls_dh1024_param_file, main.cf or -o)
 * holds a prime below 2048 bits. Needs file access (settings.readFile): unreadable or absent
 * files are unknown and give no finding. The file name is not used as a hint.
 */
import { atLeast } from '../../../data/versions';
import { PemReader } from '../../tls/certFiles';
import { explicitSettings, lower } from '../../tls/context';
import { FindingSet } from '../../tls/report';
import type { Rule } from '../../types';
import { DH_FILES } from './dhParamsCustom';

export const tlsDhParamsSmall: Rule = {
  id: 'tls-dh-params-small',
  defaultSeverity: 'error',
  description: 'The DH parameter file holds a prime below 2048 bits (read from disk in trusted workspaces and by postfix-lint).',
  check({ model, settings }) {
    const found = new FindingSet(model);
    const reader = new PemReader(settings);
    if (!reader.enabled) return [];
    for (const s of explicitSettings(model, DH_FILES)) {
      if (s.value === '' || lower(s.value) === 'auto') continue;
      const dh = reader.read(s.value)?.find((o) => o.kind === 'dh');
      if (!dh || dh.kind !== 'dh' || dh.primeBits === undefined || dh.primeBits >= 2048) continue;
      found.addAt(s, {
        message:
          `${s.name} names ${s.value}, whose DH prime has only ${dh.primeBits} bits. Primes below 2048 bits are weak and many clients refuse them. ` +
          `Point it at a 2048-bit file (openssl dhparam -out FILE 2048)${atLeast(model.target, '3.7') ? ', or, with Postfix 3.7 or later built with OpenSSL 3, delete the line and let OpenSSL choose' : ''}.`,
      });
    }
    return found.list();
  },
};
