/**
 * catalogue | rule
 * TLS013    | tls-cipherlist-overridden
 *
 * [conflict] `tls_medium_cipherlist` or `tls_high_cipherlist` is set at all. Postfix strongly
 * discourages editing them (an edited list also misses later improvements of the default); the
 * Mozilla generator replaces tls_medium_cipherlist with its ECDHE-only list. We follow Postfix
 * and say so; no automatic fix. Lists with weak elements are tls-cipherlist-weak's.
 */
import { weakCipherElements } from '../../tls/ciphers';
import { explicitSettings } from '../../tls/context';
import { FindingSet } from '../../tls/report';
import type { Rule } from '../../types';

const EDITABLE = ['tls_medium_cipherlist', 'tls_high_cipherlist'];

export const tlsCipherlistOverridden: Rule = {
  id: 'tls-cipherlist-overridden',
  defaultSeverity: 'info',
  description: 'tls_medium_cipherlist or tls_high_cipherlist is edited; Postfix advises keeping its own lists (Mozilla\'s generator replaces them).',
  check({ model }) {
    const found = new FindingSet(model);
    for (const s of explicitSettings(model, EDITABLE)) {
      if (weakCipherElements(s.value).length > 0) continue;
      found.addAt(s, {
        message:
          `${s.name} replaces Postfix's built-in list. Postfix strongly advises keeping its own cipher lists, which follow the OpenSSL library and later Postfix releases; ` +
          `generators such as Mozilla's replace this list with a short ECDHE-only one. Postfix's guidance is to delete the line unless a specific peer needs it.`,
      });
    }
    return found.list();
  },
};
