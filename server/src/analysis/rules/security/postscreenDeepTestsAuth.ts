/**
 * Catalogue SEC076 (2.6): postscreen's deep tests (pipelining, non-SMTP command, bare newline)
 * make a passing client reconnect later from the same address (a hint in any case), and postscreen
 * cannot announce AUTH, XCLIENT or XFORWARD, so when port 25 must offer them it is a warning.
 */
import { isYes, settingAt, valueText } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at } from './common';
import { postscreens } from './postscreenCommon';

const DEEP = ['postscreen_pipelining_enable', 'postscreen_non_smtp_command_enable', 'postscreen_bare_newline_enable'];

export const postscreenDeepTestsAuth: Rule = {
  id: 'postscreen-deep-tests-auth',
  defaultSeverity: 'warning',
  description: 'postscreen deep tests: clients must reconnect, and AUTH/XCLIENT/XFORWARD cannot be offered to them.',
  check({ model }) {
    const out: Finding[] = [];
    for (const p of postscreens(model)) {
      const on = DEEP.filter((n) => isYes(valueText(model, n, p.service)));
      if (on.length === 0) continue;
      const loc = settingAt(model, on[0], p.service);
      if (!loc) continue;
      const auth = p.pass && isYes(valueText(model, 'smtpd_sasl_auth_enable', p.pass));
      const xclient = p.pass && valueText(model, 'smtpd_authorized_xclient_hosts', p.pass) !== '';
      if (auth || xclient) {
        out.push(at(loc, `${on.join(', ')} ${on.length > 1 ? 'are' : 'is'} on while port 25 offers ${auth ? 'AUTH' : 'XCLIENT'}: postscreen's own SMTP engine cannot announce it, so clients see it only after passing and reconnecting. Turn the deep tests off, or move AUTH to submission.`, 'warning'));
      } else {
        out.push(at(loc, `${on.join(', ')}: a client that passes must disconnect and come back from the same address before it may deliver, so first mail from new senders is delayed and large senders with many addresses may never pass.`, 'hint'));
      }
    }
    return out;
  },
};
