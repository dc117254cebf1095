/**
 * Catalogue SEC006 (2.1) [care]: mynetworks_style = subnet, explicitly or as the default
 * (compatibility_level < 2 with neither mynetworks nor mynetworks_style set, or Postfix < 3.0),
 * trusts every neighbour on the host's subnets; public prefixes shorter than /24 in mynetworks
 * get the same treatment. For internet-mx and unknown roles; an internal relay gets `info`.
 */
import { atLeast } from '../../../data/versions';
import { compatibilityLevel, dedupe, defaultAnchor, hostRole, levelBelow, roleSeverity } from '../../security/context';
import { setMainParameter, setServiceOverride } from '../../security/edits';
import { isPrivate, parseNetwork } from '../../security/net';
import { settingAt, settingValueLocation, valueWords } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at, fix } from './common';
import { networkContexts } from './mynetworksInternet';

export const mynetworksSubnetTrust: Rule = {
  id: 'mynetworks-subnet-trust',
  defaultSeverity: 'warning',
  description: 'mynetworks_style = subnet (explicit or by default) or a wide public prefix in mynetworks trusts every neighbour on the network.',
  check(ctx) {
    const { model } = ctx;
    const role = hostRole(ctx);
    if (role === 'null-client' || role === 'submission-only') return [];
    const out: Finding[] = [];
    for (const service of networkContexts(model)) {
      const nets = valueWords(model, 'mynetworks', service);
      if (nets.effective?.source === 'default') {
        const style = valueWords(model, 'mynetworks_style', service);
        if (style.words[0]?.text.toLowerCase() !== 'subnet') continue;
        const explicit = settingValueLocation(style.effective);
        const implicitWhy = !atLeast(model.target, '3.0') ? 'Postfix before 3.0 defaults to it' : 'compatibility_level is below 2, which keeps the old default';
        if (!explicit && !levelBelow(compatibilityLevel(model), '2') && atLeast(model.target, '3.0')) continue;
        const severity = roleSeverity(ctx, 'SEC006', 'warning', true);
        if (!severity) continue;
        const level = atLeast(model.target, '3.0') ? settingAt(model, 'compatibility_level') : undefined;
        const loc = explicit ?? level ?? defaultAnchor(model);
        const message =
          `mynetworks is not set and mynetworks_style is subnet${explicit ? '' : ` (${implicitWhy})`}: every host on this machine's IP subnets may relay through it. ` +
          'On a VPS or a shared hosting network those are strangers. Set mynetworks_style = host, or list the trusted networks in mynetworks.';
        const edit = service && style.effective?.source === 'override' ? setServiceOverride(model, service, 'mynetworks_style', 'host') : setMainParameter(model, 'mynetworks_style', 'host');
        out.push(at(loc, message, severity, fix('Set mynetworks_style = host', [edit])));
        continue;
      }
      for (const w of nets.words) {
        const n = parseNetwork(w.text);
        if (!n || !w.loc || isPrivate(n) || w.text === '172.0.0.0/8') continue;
        const wide = n.family === 4 ? n.length >= 8 && n.length < 24 : n.length >= 7 && n.length < 48;
        if (!wide) continue;
        const severity = roleSeverity(ctx, 'SEC006', 'warning', true);
        if (!severity) continue;
        out.push(at(w.loc, `mynetworks trusts the public network ${w.text}: every host there may relay through this machine, including neighbours on a shared provider network. List the individual trusted hosts or smaller networks instead.`, severity));
      }
    }
    return dedupe(out);
  },
};
