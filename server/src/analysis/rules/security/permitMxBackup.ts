/**
 * Catalogue SEC009 (2.1): permit_mx_backup in a restriction list. Deprecated (warned about from
 * 3.9); without recipient validation it makes the host a backscatter source, and without
 * permit_mx_backup_networks anyone can point a domain's MX at this host and relay for it.
 */
import { dedupe } from '../../security/context';
import type { Finding, Rule } from '../../types';
import { allSteps, at, wordLoc } from './common';

export const permitMxBackup: Rule = {
  id: 'permit-mx-backup',
  defaultSeverity: 'warning',
  description: 'permit_mx_backup (deprecated from 3.9) relays for any domain whose MX points here.',
  check({ model }) {
    const out: Finding[] = [];
    for (const v of allSteps(model)) {
      if (v.step.name !== 'permit_mx_backup') continue;
      const loc = wordLoc(v);
      if (!loc) continue;
      out.push(
        at(
          loc,
          'permit_mx_backup accepts mail for any domain whose MX records list this host: anyone can publish such a record and relay through it unless permit_mx_backup_networks limits it, and without recipient validation it turns into a backscatter source. Postfix 3.9 deprecates it: list the backup domains in relay_domains and their valid users in relay_recipient_maps.',
        ),
      );
    }
    return dedupe(out);
  },
};
