/**
 * catalogue | rule
 * TLS016    | tls-exclude-anonymous-ciphers
 *
 * `smtpd_tls_exclude_ciphers` or `smtpd_tls_mandatory_exclude_ciphers` names `aNULL`. Harmless
 * but normally pointless: informational, tagged unnecessary, no fix.
 */
import { cipherWords } from '../../tls/ciphers';
import { explicitSettings } from '../../tls/context';
import { FindingSet } from '../../tls/report';
import type { Rule } from '../../types';

const NAMES = ['smtpd_tls_exclude_ciphers', 'smtpd_tls_mandatory_exclude_ciphers'];

export const tlsExcludeAnonymousCiphers: Rule = {
  id: 'tls-exclude-anonymous-ciphers',
  defaultSeverity: 'hint',
  description: 'The SMTP server excludes anonymous (aNULL) ciphers by hand; harmless, normally pointless.',
  check({ model }) {
    const found = new FindingSet(model);
    for (const s of explicitSettings(model, NAMES)) {
      if (!cipherWords(s.value).some((w) => w.text === 'aNULL')) continue;
      found.addAt(s, {
        tags: ['unnecessary'],
        message:
          `${s.name} excludes aNULL. This is harmless but normally pointless: Postfix already leaves anonymous suites out when it asks for a client certificate, ` +
          `and an SMTP client cannot be made to verify the server anyway.`,
      });
    }
    return found.list();
  },
};
