/**
 * catalogue | rule
 * TLS031    | tls-preempt-cipherlist
 *
 * [conflict] `tls_preempt_cipherlist = yes`: the server picks its own preferred suite. Older
 * Postfix documentation warned of interoperability trouble; current Postfix text is neutral;
 * Mozilla (modern/intermediate) and NCSC-NL prefer no server preference. A hint with the
 * trade-off; the default `no` is never reported; no automatic fix.
 */
import { atLeast } from '../../../data/versions';
import { explicitSettings, isYes } from '../../tls/context';
import { FindingSet } from '../../tls/report';
import type { Rule } from '../../types';

const NAMES = ['tls_preempt_cipherlist'];

export const tlsPreemptCipherlist: Rule = {
  id: 'tls-preempt-cipherlist',
  defaultSeverity: 'hint',
  description: 'tls_preempt_cipherlist = yes: server cipher preference (sources disagree; older Postfix warned of interop trouble).',
  check({ model }) {
    const found = new FindingSet(model);
    if (!atLeast(model.target, '2.8')) return [];
    for (const s of explicitSettings(model, NAMES)) {
      if (!isYes(s.value)) continue;
      found.addAt(s, {
        message:
          `${s.name} = yes makes the server choose the cipher suite from its own preference order. Older Postfix documentation advised against it because some peers ` +
          `(old Exchange servers) then fail; current Postfix text is neutral, and Mozilla and NCSC-NL prefer leaving the choice to the client when only strong suites are enabled.`,
      });
    }
    return found.list();
  },
};
