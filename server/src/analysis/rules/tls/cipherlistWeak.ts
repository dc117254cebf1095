/**
 * catalogue | rule
 * TLS012    | tls-cipherlist-weak
 *
 * An edited cipher list (`tls_medium_cipherlist`, `tls_high_cipherlist`, `tls_null_cipherlist`)
 * that adds RC4, export, NULL, single-DES, MD5 or LOW suites, or `ALL` with no exclusion at all.
 * `+RC4` only reorders, and an element later removed with `-X` or anywhere with `!X` does not
 * count. NULL suites are the point of tls_null_cipherlist, so they are not flagged there.
 */
import { weakCipherElements } from '../../tls/ciphers';
import { explicitSettings } from '../../tls/context';
import { deleteSetting, fix } from '../../tls/edits';
import { FindingSet } from '../../tls/report';
import type { Rule } from '../../types';

export const CIPHERLISTS = ['tls_medium_cipherlist', 'tls_high_cipherlist', 'tls_null_cipherlist'];

export const tlsCipherlistWeak: Rule = {
  id: 'tls-cipherlist-weak',
  defaultSeverity: 'error',
  description: 'An edited tls_*_cipherlist that adds RC4, export, NULL, single-DES, MD5 or LOW suites, or ALL with no exclusion.',
  check({ model }) {
    const found = new FindingSet(model);
    for (const s of explicitSettings(model, CIPHERLISTS)) {
      const weak = weakCipherElements(s.value, s.name === 'tls_null_cipherlist');
      if (weak.length === 0) continue;
      found.addAt(s, {
        message:
          `${s.name} adds weak suites (${weak.map((w) => `'${w}'`).join(', ')}): RC4 is prohibited (RFC 7465), and export, NULL, single-DES, MD5 and LOW suites give no real secrecy. ` +
          `Postfix strongly advises against editing its cipher lists; delete the line to go back to the default, or remove those elements.`,
        fixes: fix(`Delete ${s.name} (use Postfix's default list)`, [deleteSetting(model, s)], false, true),
      });
    }
    return found.list();
  },
};
