/** Catalogue SEC078 (2.6): renamed postscreen parameters (warned about from 3.11), with their new names. */
import { existsIn, parameterFact } from '../../../data/parameters';
import type { Finding, Rule } from '../../types';
import { at, fix, writtenSettings } from './common';

const RENAMED: Record<string, string> = {
  postscreen_blacklist_action: 'postscreen_denylist_action',
  postscreen_dnsbl_whitelist_threshold: 'postscreen_dnsbl_allowlist_threshold',
  postscreen_whitelist_interfaces: 'postscreen_allowlist_interfaces',
  postscreen_dnsbl_ttl: 'postscreen_dnsbl_max_ttl',
};

export const postscreenRenamed: Rule = {
  id: 'postscreen-renamed',
  defaultSeverity: 'info',
  description: 'Renamed postscreen parameters (black/whitelist, dnsbl_ttl): Postfix 3.11 warns about the old names.',
  // deprecated-parameter says the same of every renamed parameter, with the release of the
  // rename, and renames only where no $reference to the old name would break.
  yieldsTo: (other) => other.code === 'deprecated-parameter',
  check({ model }) {
    const out: Finding[] = [];
    for (const [old, renamed] of Object.entries(RENAMED)) {
      const fact = parameterFact(renamed);
      const available = fact !== undefined && existsIn(fact, model.target);
      // Before the new name exists, the old one is simply the name.
      if (!available) continue;
      for (const w of writtenSettings(model, old)) {
        const taken = w.service ? w.service.overrides.has(renamed) : model.effective.has(renamed);
        const fixes = !taken ? fix(`Rename to ${renamed}`, [{ file: w.loc.file, start: w.loc.start, end: w.loc.start + old.length, newText: renamed }], true) : [];
        out.push(at({ file: w.loc.file, start: w.loc.start, end: w.loc.start + old.length }, `${old} is the old name of ${renamed}; Postfix 3.11 and later log a warning for it. Use the new name.`, undefined, fixes));
      }
    }
    return out;
  },
};
