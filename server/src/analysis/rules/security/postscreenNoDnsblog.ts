/** Catalogue SEC071 (2.6): postscreen_dnsbl_sites is set but master.cf has no dnsblog service ($dnsblog_service_name), which does the DNSBL lookups. */
import { insertAfterService } from '../../edits';
import { settingAt, valueText } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at, fix } from './common';
import { hasUnixService, postscreens } from './postscreenCommon';

export const postscreenNoDnsblog: Rule = {
  id: 'postscreen-no-dnsblog',
  defaultSeverity: 'error',
  description: 'postscreen_dnsbl_sites without a dnsblog service in master.cf.',
  check({ model }) {
    const out: Finding[] = [];
    for (const p of postscreens(model)) {
      if (valueText(model, 'postscreen_dnsbl_sites', p.service) === '') continue;
      const name = valueText(model, 'dnsblog_service_name', p.service) || 'dnsblog';
      if (hasUnixService(model, name, 'dnsblog')) continue;
      const loc = settingAt(model, 'postscreen_dnsbl_sites', p.service);
      if (!loc) continue;
      const line = `${name.padEnd(9)} unix  -       -       n       -       0       dnsblog`;
      out.push(at(loc, `postscreen_dnsbl_sites is set, but master.cf has no '${name} unix ... dnsblog' service, which postscreen needs for its DNSBL lookups. Add '${line.replace(/ +/g, ' ')}'.`, undefined, fix(`Add the ${name} service`, [insertAfterService(model.master!, p.pass ?? p.service, line)])));
    }
    return out;
  },
};
