/**
 * Catalogue SEC034 (2.3) [derived]: a *_sender_login_mismatch restriction on a service without
 * SASL (typically the main.cf lists as port 25 sees them): smtpd ignores it and logs a warning
 * for each request.
 */
import { dedupe } from '../../security/context';
import { isYes, valueText } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { allSteps, at, wordLoc } from './common';

export const loginMismatchWithoutSasl: Rule = {
  id: 'login-mismatch-without-sasl',
  defaultSeverity: 'info',
  description: 'A sender login-mismatch check on a service without SMTP AUTH: ignored, with a warning per request.',
  check({ model }) {
    const out: Finding[] = [];
    for (const v of allSteps(model)) {
      if (!/^reject_(authenticated_|known_|unauth_)?sender_login_mismatch$/.test(v.step.name)) continue;
      if (isYes(valueText(model, 'smtpd_sasl_auth_enable', v.receiver.service))) continue;
      const loc = wordLoc(v);
      if (!loc) continue;
      out.push(at(loc, `${v.step.word.text} has no effect on ${v.receiver.label}, which does not enable SMTP AUTH: smtpd skips it and logs "ignored: no SASL support" for each request. Apply it per service on submission instead.`));
    }
    return dedupe(out);
  },
};
