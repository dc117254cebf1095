/** Catalogue SEC063 (2.5): smtpd_forbid_bare_newline_exclusions reaches beyond the trusted networks (static:all, 0.0.0.0/0), which switches the smuggling protection off. */
import { roleSeverity } from '../../security/context';
import { coversInternet, parseNetwork } from '../../security/net';
import { valueWords } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at } from './common';

export const bareNewlineExclusionsWide: Rule = {
  id: 'bare-newline-exclusions-wide',
  defaultSeverity: 'warning',
  description: 'smtpd_forbid_bare_newline_exclusions covers everyone (static:all, 0.0.0.0/0): no smuggling protection.',
  check(ctx) {
    const { model } = ctx;
    const severity = roleSeverity(ctx, 'SEC063', 'warning');
    if (!severity) return [];
    const out: Finding[] = [];
    for (const service of [undefined, ...model.services.filter((s) => s.overrides.has('smtpd_forbid_bare_newline_exclusions'))]) {
      const vw = valueWords(model, 'smtpd_forbid_bare_newline_exclusions', service);
      if (vw.effective?.source === 'default') continue;
      for (const w of vw.words) {
        const n = parseNetwork(w.text);
        if (!w.loc || !(/^static:all$/i.test(w.text) || (n && coversInternet(n)))) continue;
        out.push(at(w.loc, `smtpd_forbid_bare_newline_exclusions contains ${w.text}, which exempts every client from the bare <LF> check: the SMTP smuggling protection is off. Keep it at $mynetworks.`, severity));
      }
    }
    return out;
  },
};
