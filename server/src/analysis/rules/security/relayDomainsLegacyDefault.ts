/**
 * Catalogue SEC012 (2.1) [derived]: relay_domains = $mydestination, explicitly or as the legacy
 * default (compatibility_level < 2, or Postfix < 3.0). With parent_domain_matches_subdomains it
 * also matches every subdomain of the local domains, which become relay destinations.
 */
import { atLeast } from '../../../data/versions';
import { compatibilityLevel, defaultAnchor, levelBelow } from '../../security/context';
import { setMainParameter } from '../../security/edits';
import { settingAt, settingValueLocation, valueText, valueWords } from '../../security/words';
import type { Rule } from '../../types';
import { at, fix } from './common';

export const relayDomainsLegacyDefault: Rule = {
  id: 'relay-domains-legacy-default',
  defaultSeverity: 'hint',
  description: 'relay_domains = $mydestination (explicit or the pre-3.0/level<2 default) also relays for every subdomain of the local domains.',
  check({ model }) {
    const vw = valueWords(model, 'relay_domains');
    const ev = vw.effective;
    if (!ev || valueText(model, 'mydestination') === '') return [];
    const explicit = ev.source !== 'default' && /^\$(\{mydestination\}|mydestination)$/.test(ev.text.trim());
    const implicit = ev.source === 'default' && (!atLeast(model.target, '3.0') || levelBelow(compatibilityLevel(model), '2'));
    if (!explicit && !implicit) return [];
    // Before 3.0 the level plays no part, so the missing setting is the place.
    const level = atLeast(model.target, '3.0') ? settingAt(model, 'compatibility_level') : undefined;
    const loc = explicit ? settingValueLocation(ev)! : level ?? defaultAnchor(model);
    const message =
      `relay_domains is $mydestination${explicit ? '' : ' (the default before Postfix 3.0 and below compatibility_level 2)'}: it also matches every subdomain of the local domains (parent_domain_matches_subdomains), so arbitrary sub-hosts become relay destinations. ` +
      'Set relay_domains to the domains this host really relays for (empty when none), after checking that no "backwards-compatible default setting relay_domains" line is logged.';
    return [at(loc, message, undefined, fix('Set relay_domains empty', [setMainParameter(model, 'relay_domains', '')], false, false))];
  },
};
