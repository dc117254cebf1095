/** Catalogue SEC096 (2.8): smtpd_authorized_xclient_hosts or _xforward_hosts reach beyond loopback or single proxy hosts: an authorized host can impersonate trusted clients (XCLIENT) or falsify logs (XFORWARD). */
import { isLoopback, parseNetwork } from '../../security/net';
import { valueWords } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at } from './common';

export const xclientHostsWide: Rule = {
  id: 'xclient-hosts-wide',
  defaultSeverity: 'warning',
  description: 'smtpd_authorized_xclient_hosts/xforward_hosts trust whole networks instead of the proxy or filter hosts.',
  check({ model }) {
    const out: Finding[] = [];
    for (const name of ['smtpd_authorized_xclient_hosts', 'smtpd_authorized_xforward_hosts']) {
      for (const service of [undefined, ...model.services.filter((s) => s.overrides.has(name))]) {
        const vw = valueWords(model, name, service);
        if (vw.effective?.source === 'default') continue;
        for (const w of vw.words) {
          if (!w.loc) continue;
          const n = parseNetwork(w.text);
          const wide = /^static:all$/i.test(w.text) || (n !== undefined && !isLoopback(n) && n.length < (n.family === 4 ? 24 : 64));
          if (!wide) continue;
          const what = name.includes('xclient') ? 'send XCLIENT and make smtpd treat their mail as coming from any client they name, including trusted ones' : 'send XFORWARD and falsify the client details that are logged';
          out.push(at(w.loc, `${name} includes ${w.text}: every host there may ${what}. List only the proxy or content-filter hosts.`));
        }
      }
    }
    return out;
  },
};
