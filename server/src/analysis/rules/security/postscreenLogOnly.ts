/** Catalogue SEC074 (2.6): postscreen only logs: postscreen_dnsbl_action = ignore with DNSBL sites, or postscreen_greet_action = ignore (both defaults). Fine while rolling out. */
import { serviceAnchor } from '../../security/context';
import { settingAt, valueText } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at } from './common';
import { postscreens } from './postscreenCommon';

export const postscreenLogOnly: Rule = {
  id: 'postscreen-log-only',
  defaultSeverity: 'info',
  description: 'postscreen tests only log (dnsbl or greet action ignore): nothing is blocked yet.',
  check({ model }) {
    const out: Finding[] = [];
    for (const p of postscreens(model)) {
      const sites = valueText(model, 'postscreen_dnsbl_sites', p.service);
      if (sites !== '' && valueText(model, 'postscreen_dnsbl_action', p.service).toLowerCase() === 'ignore') {
        const loc = settingAt(model, 'postscreen_dnsbl_action', p.service) ?? settingAt(model, 'postscreen_dnsbl_sites', p.service) ?? serviceAnchor(p.service);
        out.push(at(loc, 'postscreen_dnsbl_action = ignore: clients listed by the DNSBLs are only logged, never blocked. That is right while you watch the logs; set enforce (or drop) when ready.'));
      }
      if (valueText(model, 'postscreen_greet_action', p.service).toLowerCase() === 'ignore') {
        const loc = settingAt(model, 'postscreen_greet_action', p.service) ?? serviceAnchor(p.service);
        out.push(at(loc, 'postscreen_greet_action = ignore: clients that talk before their turn are only logged, never blocked. That is right while you watch the logs; set enforce (or drop) when ready.'));
      }
    }
    return out;
  },
};
