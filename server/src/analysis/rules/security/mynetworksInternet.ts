/**
 * Catalogue SEC005 (2.1): mynetworks trusts the whole Internet (0.0.0.0/0, 0/0, [::]/0, an
 * IPv4 prefix shorter than /8, an IPv6 prefix shorter than /7), in main.cf or a `-o`, or
 * mynetworks_style = class decides it. permit_mynetworks is in the default relay restrictions,
 * so that is an open relay, and postscreen allowlists these clients too.
 */
import type { ConfigModel, ServiceModel } from '../../../model/config';
import { dedupe } from '../../security/context';
import { coversInternet, parseNetwork } from '../../security/net';
import { settingValueLocation, valueWords } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at } from './common';

const FIX_HINT = 'List loopback and your own networks only, for example mynetworks = 127.0.0.0/8 [::1]/128 192.0.2.0/28.';

/** main.cf plus every service that overrides mynetworks or mynetworks_style. */
export function networkContexts(model: ConfigModel): (ServiceModel | undefined)[] {
  return [undefined, ...model.services.filter((s) => s.overrides.has('mynetworks') || s.overrides.has('mynetworks_style'))];
}

export const mynetworksInternet: Rule = {
  id: 'mynetworks-internet',
  defaultSeverity: 'error',
  description: 'mynetworks (or mynetworks_style = class) trusts the whole Internet: permit_mynetworks then makes an open relay.',
  check({ model }) {
    const out: Finding[] = [];
    for (const service of networkContexts(model)) {
      const vw = valueWords(model, 'mynetworks', service);
      if (vw.effective?.source === 'default') {
        const style = valueWords(model, 'mynetworks_style', service);
        const loc = settingValueLocation(style.effective);
        if (loc && style.words[0]?.text.toLowerCase() === 'class') {
          out.push(at(loc, `mynetworks_style = class trusts the whole class A/B/C network of every interface address, which can be a provider's entire network: permit_mynetworks then lets all of it relay through this host. ${FIX_HINT}`));
        }
        continue;
      }
      for (const w of vw.words) {
        const n = parseNetwork(w.text);
        if (!n || !coversInternet(n) || !w.loc) continue;
        out.push(at(w.loc, `mynetworks entry ${w.text} covers ${n.length === 0 ? 'every' : 'a large share of all'} IPv${n.family} address${n.length === 0 ? '' : 'es'}: permit_mynetworks (part of the default relay restrictions) then lets anyone relay mail through this host, and postscreen lets them skip its tests. ${FIX_HINT}`));
      }
    }
    return dedupe(out);
  },
};
