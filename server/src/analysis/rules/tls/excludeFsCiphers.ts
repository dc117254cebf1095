/**
 * catalogue | rule
 * TLS014    | tls-exclude-fs-ciphers
 *
 * `*_tls_exclude_ciphers` or `*_tls_mandatory_exclude_ciphers` names a forward-secrecy key
 * exchange on its own (kEECDH, EECDH, ECDHE, kECDHE, kEDH, EDH, DHE, kDHE). A `+`-joined
 * element such as `EDH+aRSA` removes only some suites and is left alone.
 */
import { cipherWords, withoutWords } from '../../tls/ciphers';
import { explicitSettings, prefixedNames } from '../../tls/context';
import { fix, replaceValue } from '../../tls/edits';
import { FindingSet } from '../../tls/report';
import type { Rule } from '../../types';

const FS = new Set(['kEECDH', 'EECDH', 'ECDHE', 'kECDHE', 'kEDH', 'EDH', 'DHE', 'kDHE']);
export const EXCLUDE_LISTS = prefixedNames(['tls_exclude_ciphers', 'tls_mandatory_exclude_ciphers']);

export const tlsExcludeFsCiphers: Rule = {
  id: 'tls-exclude-fs-ciphers',
  defaultSeverity: 'warning',
  description: 'A cipher exclusion list that removes forward-secrecy key exchange (EECDH/ECDHE or EDH/DHE).',
  check({ model }) {
    const found = new FindingSet(model);
    for (const s of explicitSettings(model, EXCLUDE_LISTS)) {
      const fs = cipherWords(s.value).map((w) => w.text).filter((w) => FS.has(w));
      if (fs.length === 0) continue;
      const literal = cipherWords(s.text).some((w) => FS.has(w.text));
      found.addAt(s, {
        message:
          `${s.name} excludes ${fs.map((w) => `'${w}'`).join(', ')}: forward-secret key exchange. Without it, TLS 1.2 and older sessions fall back to RSA key exchange, ` +
          `whose recorded traffic can be read later if the server key leaks. Postfix advises excluding nothing unless it is essential; remove ${fs.length > 1 ? 'them' : 'it'}.`,
        fixes: literal ? fix(`Remove ${fs.join(', ')} from ${s.name}`, [replaceValue(s, withoutWords(s.text, (w) => FS.has(w)))], false, true) : [],
      });
    }
    return found.list();
  },
};
