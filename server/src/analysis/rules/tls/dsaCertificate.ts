/**
 * catalogue | rule
 * TLS074    | tls-dsa-certificate
 *
 * A DSA certificate or key (smtpd_/smtp_ tls_dcert_file, tls_dkey_file). DSA is obsolete.
 * Reported at the certificate line, or at the key line when no certificate line is in the same
 * place; tagged deprecated; no automatic fix (another certificate may be needed first).
 */
import { explicitSettings, prefixedNames } from '../../tls/context';
import { FindingSet } from '../../tls/report';
import type { Rule } from '../../types';

const NAMES = /^(smtpd|smtp|lmtp)_tls_d(cert|key)_file$/;
const DSA_FILES = prefixedNames(['tls_dcert_file', 'tls_dkey_file'], ['smtpd', 'smtp', 'lmtp']);

export const tlsDsaCertificate: Rule = {
  id: 'tls-dsa-certificate',
  defaultSeverity: 'info',
  description: 'A DSA certificate or key (tls_dcert_file / tls_dkey_file); DSA is obsolete.',
  check({ model }) {
    const found = new FindingSet(model);
    const all = explicitSettings(model, DSA_FILES).filter((s) => s.value !== '');
    for (const s of all) {
      const [, prefix, kind] = NAMES.exec(s.name)!;
      if (kind === 'key' && all.some((c) => c.name === `${prefix}_tls_dcert_file` && c.service === s.service)) continue;
      found.addAt(s, {
        tags: ['deprecated'],
        message: `${s.name} configures a DSA ${kind === 'cert' ? 'certificate' : 'key'}. DSA is obsolete and few peers still use it; use RSA and/or ECDSA (or Ed25519) certificates and remove the DSA pair.`,
      });
    }
    return found.list();
  },
};
