/**
 * catalogue | rule
 * TLS029    | tls-curves-no-pq
 *
 * On 3.11 and later, an explicit tls_eecdh_auto_curves without X25519MLKEM768 (or DEFAULT)
 * replaces a default that, with OpenSSL 3.5 or later, offers hybrid post-quantum key agreement.
 * Typical source: the Mozilla generator's list for older OpenSSL. Lists that tls-curves-narrow
 * reports are left to it.
 */
import { atLeast } from '../../../data/versions';
import { explicitSettings } from '../../tls/context';
import { deleteSetting, fix } from '../../tls/edits';
import { groupNames, hasRequiredCurves } from '../../tls/groups';
import { FindingSet } from '../../tls/report';
import type { Rule } from '../../types';

const NAMES = ['tls_eecdh_auto_curves'];

export const tlsCurvesNoPq: Rule = {
  id: 'tls-curves-no-pq',
  defaultSeverity: 'hint',
  description: 'On 3.11+, an explicit tls_eecdh_auto_curves drops the post-quantum hybrid X25519MLKEM768 of the default (OpenSSL 3.5+).',
  check({ model }) {
    const found = new FindingSet(model);
    if (!atLeast(model.target, '3.11')) return [];
    for (const s of explicitSettings(model, NAMES)) {
      const names = groupNames(s.value);
      if (names.length === 0 || !hasRequiredCurves(names)) continue;
      if (names.some((n) => n.toLowerCase() === 'x25519mlkem768' || n.toLowerCase() === 'default')) continue;
      found.addAt(s, {
        message:
          `${s.name} = ${s.value} replaces the default of Postfix 3.11 built with OpenSSL 3.5 or later, which offers the post-quantum hybrid X25519MLKEM768 ` +
          `(with a deferred key share, so the ClientHello stays small). Delete the line to get it.`,
        fixes: fix(`Delete ${s.name}`, [deleteSetting(model, s)], false, true),
      });
    }
    return found.list();
  },
};
