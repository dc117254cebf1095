/**
 * catalogue | rule
 * TLS030    | tls-ffdhe-groups
 *
 * tls_ffdhe_auto_groups set before 3.8 (unused there), emptied on 3.8-3.10 (TLS 1.3 loses
 * FFDHE; fine while the EC curves stay, but normally left at the default; emptying both lists
 * for openssl.cnf is tls-curves-narrow's business), or listing groups above ffdhe4096.
 * From 3.11 an empty value is the default with OpenSSL 3.5, so it is not reported.
 */
import { atLeast } from '../../../data/versions';
import { explicitSettings, setting } from '../../tls/context';
import { deleteSetting, fix } from '../../tls/edits';
import { groupNames } from '../../tls/groups';
import { FindingSet } from '../../tls/report';
import type { Rule } from '../../types';

const NAMES = ['tls_ffdhe_auto_groups'];

export const tlsFfdheGroups: Rule = {
  id: 'tls-ffdhe-groups',
  defaultSeverity: 'info',
  description: 'tls_ffdhe_auto_groups set before 3.8, emptied on 3.8-3.10, or listing groups larger than ffdhe4096.',
  check({ model }) {
    const found = new FindingSet(model);
    for (const s of explicitSettings(model, NAMES)) {
      const names = groupNames(s.value);
      const remove = deleteSetting(model, s);
      if (!atLeast(model.target, '3.8')) {
        found.addAt(s, {
          tags: ['unnecessary'],
          message: `${s.name} has no effect before Postfix 3.8 (postconf reports it as unused). Delete the line.`,
          fixes: fix(`Delete ${s.name}`, [remove], true, true),
        });
      } else if (names.length === 0) {
        const curves = setting(model, 'tls_eecdh_auto_curves', s.service);
        if (curves.unknown) continue;
        if (atLeast(model.target, '3.11') || (curves.source !== 'default' && groupNames(curves.value).length === 0)) continue;
        found.addAt(s, {
          message:
            `${s.name} is empty, which turns FFDHE key exchange off for TLS 1.3. That is fine while the ECDHE curves stay on, but the default ` +
            `(ffdhe2048 ffdhe3072) is what Postfix recommends; generators such as Mozilla's empty it. Delete the line.`,
          fixes: fix(`Delete ${s.name}`, [remove], false, true),
        });
      } else {
        const big = names.filter((n) => /^ffdhe(6144|8192)$/i.test(n));
        if (big.length === 0) continue;
        found.addAt(s, {
          message: `${s.name} offers ${big.join(' and ')}: groups that large make every handshake slow for no practical gain. Delete the line to use the default.`,
          fixes: fix(`Delete ${s.name}`, [remove], false, true),
        });
      }
    }
    return found.list();
  },
};
