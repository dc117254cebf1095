/**
 * catalogue | rule
 * TLS080    | tls-ssl-options-mask
 *
 * tls_ssl_options (2.11+) or tls_disable_workarounds (2.8+) with a hexadecimal mask (whose bits
 * Postfix does not promise to keep meaningful; 0xFFFFFFFF turns on everything), or
 * tls_ssl_options with NO_TICKET (best left to Postfix since 2.11). The fix removes NO_TICKET;
 * hex masks need a human to pick the named options.
 */
import { atLeast } from '../../../data/versions';
import { withoutWords } from '../../tls/ciphers';
import { explicitSettings, words } from '../../tls/context';
import { fix, replaceValue } from '../../tls/edits';
import { FindingSet } from '../../tls/report';
import type { Rule } from '../../types';

const BOTH = ['tls_ssl_options', 'tls_disable_workarounds'];
const SSL_OPTIONS = ['tls_ssl_options'];
const WORKAROUNDS = ['tls_disable_workarounds'];
const NONE: string[] = [];

export const tlsSslOptions: Rule = {
  id: 'tls-ssl-options-mask',
  defaultSeverity: 'warning',
  description: 'tls_ssl_options / tls_disable_workarounds as a hex mask (or 0xFFFFFFFF), or tls_ssl_options with NO_TICKET.',
  check({ model }) {
    const found = new FindingSet(model);
    const options = atLeast(model.target, '2.11');
    const workarounds = atLeast(model.target, '2.8');
    const names = options && workarounds ? BOTH : options ? SSL_OPTIONS : workarounds ? WORKAROUNDS : NONE;
    for (const s of explicitSettings(model, names)) {
      const list = words(s.value);
      const hex = list.filter((w) => /^0x[0-9a-f]+$/i.test(w));
      if (hex.length > 0) {
        const all = hex.some((h) => /^0x0*f{8,}$/i.test(h));
        found.addAt(s, {
          message:
            `${s.name} = ${s.value} uses a hexadecimal bit mask${all ? ' with every bit set' : ''}. Postfix does not promise what those bits mean across OpenSSL versions` +
            `${all ? ', and turning all of them on is a bad idea' : ''}; use the named options instead (for example NO_COMPRESSION; renegotiation is refused anyway from Postfix 3.8).`,
        });
      } else if (s.name === 'tls_ssl_options' && list.some((w) => w.toUpperCase() === 'NO_TICKET')) {
        const literal = words(s.text).some((w) => w.toUpperCase() === 'NO_TICKET');
        found.addAt(s, {
          message: `${s.name} includes NO_TICKET. Since Postfix 2.11 session tickets are managed by Postfix itself, and this option is best not set explicitly. Remove it.`,
          fixes: literal ? fix('Remove NO_TICKET', [replaceValue(s, withoutWords(s.text, (w) => w.toUpperCase() === 'NO_TICKET'))], false, true) : [],
        });
      }
    }
    return found.list();
  },
};
