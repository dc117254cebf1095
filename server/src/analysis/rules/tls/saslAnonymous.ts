/**
 * catalogue | rule
 * TLS046    | tls-sasl-anonymous
 *
 * An explicit smtpd_sasl_security_options or smtpd_sasl_tls_security_options without
 * `noanonymous`, read by a server that has SASL on. The defaults include it, so only explicit
 * values are reported. Adding noanonymous cannot stop legitimate mail: safe fix.
 */
import { isYes, serverContexts, setting, words } from '../../tls/context';
import { fix, replaceValue } from '../../tls/edits';
import { FindingSet, settingSite } from '../../tls/report';
import type { Rule } from '../../types';

const NAMES = ['smtpd_sasl_security_options', 'smtpd_sasl_tls_security_options'];

export const tlsSaslAnonymous: Rule = {
  id: 'tls-sasl-anonymous',
  defaultSeverity: 'warning',
  description: 'smtpd_sasl_security_options (or the _tls_ variant) without noanonymous: anonymous SASL logins could get relay rights.',
  check({ model }) {
    const found = new FindingSet(model);
    for (const ctx of serverContexts(model)) {
      if (!isYes(setting(model, 'smtpd_sasl_auth_enable', ctx.service).value)) continue;
      for (const name of NAMES) {
        // Only an explicit setting has a place to report (and a default is not worked out).
        if (!ctx.service?.overrides.has(name) && !model.effective.has(name)) continue;
        const s = setting(model, name, ctx.service);
        const site = settingSite(model, s);
        if (!site || words(s.value.toLowerCase()).includes('noanonymous')) continue;
        const value = s.text.trim() === '' ? 'noanonymous' : `${s.text.trim()}, noanonymous`;
        found.add(site, {
          message:
            `${name} ${s.value === '' ? 'is empty' : `= ${s.value}`} lacks noanonymous, so anonymous SASL logins are allowed wherever the SASL backend offers the mechanism: ` +
            `anyone could authenticate and gain relay permission. Add noanonymous; it should always be there.`,
          fixes: fix(`Add noanonymous to ${name}`, [replaceValue(s, value)], true, true),
        });
      }
    }
    return found.list();
  },
};
