/**
 * catalogue | rule
 * TLS048    | tls-certificate-none
 *
 * `smtpd_tls_cert_file = none`: TLS with anonymous ciphers only, which TLS 1.3 and many clients
 * do not support. No automatic fix: a real certificate is needed.
 */
import { atLeast } from '../../../data/versions';
import { explicitSettings, lower } from '../../tls/context';
import { FindingSet } from '../../tls/report';
import type { Rule } from '../../types';

const NAMES = ['smtpd_tls_cert_file'];

export const tlsCertificateNone: Rule = {
  id: 'tls-certificate-none',
  defaultSeverity: 'warning',
  description: 'smtpd_tls_cert_file = none: certificate-less TLS, which TLS 1.3 and many clients cannot use.',
  check({ model }) {
    const found = new FindingSet(model);
    if (!atLeast(model.target, '2.3')) return [];
    for (const s of explicitSettings(model, NAMES)) {
      if (lower(s.value) !== 'none') continue;
      found.addAt(s, {
        message:
          `${s.name} = none leaves only anonymous cipher suites. TLS 1.3 has none, and many clients refuse them, so those sessions fail or fall back to plaintext. ` +
          `Configure a real certificate chain instead.`,
      });
    }
    return found.list();
  },
};
