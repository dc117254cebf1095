/**
 * catalogue | rule
 * TLS072    | tls-legacy-cert-files
 *
 * On 3.4 and later, a server certificate set with smtpd_tls_cert_file or smtpd_tls_eccert_file
 * while smtpd_tls_chain_files is empty: one chain file (key, then certificate and chain) avoids
 * a key/certificate mismatch during rollover. Informational; no automatic fix (it needs a new
 * file, which `postfix tls` does not manage).
 */
import { atLeast } from '../../../data/versions';
import { explicitSettings, lower, setting } from '../../tls/context';
import { FindingSet, relatedTo } from '../../tls/report';
import type { Rule } from '../../types';

const KEY_OF: Record<string, string> = { smtpd_tls_cert_file: 'smtpd_tls_key_file', smtpd_tls_eccert_file: 'smtpd_tls_eckey_file' };
const CERTS = Object.keys(KEY_OF);

export const tlsLegacyCertFiles: Rule = {
  id: 'tls-legacy-cert-files',
  defaultSeverity: 'info',
  description: 'On 3.4+, the server certificate is set with smtpd_tls_cert_file/_key_file instead of one smtpd_tls_chain_files file.',
  check({ model }) {
    const found = new FindingSet(model);
    if (!atLeast(model.target, '3.4')) return [];
    for (const s of explicitSettings(model, CERTS)) {
      const v = lower(s.value);
      const chain = setting(model, 'smtpd_tls_chain_files', s.service);
      if (v === '' || v === 'none' || chain.value !== '' || chain.unknown) continue;
      const key = setting(model, KEY_OF[s.name], s.service);
      found.addAt(s, {
        message:
          `${s.name} and ${KEY_OF[s.name]} are the older way to load the server certificate. Since Postfix 3.4, smtpd_tls_chain_files takes one file with the key followed by ` +
          `its certificate and chain, so key and certificate cannot get out of step during a renewal. Note that 'postfix tls' does not manage chain files.`,
        related: relatedTo(model, key, 'the matching key file'),
      });
    }
    return found.list();
  },
};
