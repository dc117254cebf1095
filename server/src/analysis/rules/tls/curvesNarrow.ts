/**
 * catalogue | rule
 * TLS028    | tls-curves-narrow
 *
 * tls_eecdh_auto_curves without X25519 or P-256 (OpenSSL's DEFAULT list counts as having both),
 * or emptied while tls_ffdhe_auto_groups is not (TLS 1.3 then loses ECDHE with OpenSSL 3), or
 * both emptied on a release that does not support handing group choice to openssl.cnf.
 */
import { atLeast } from '../../../data/versions';
import { explicitSettings, setting } from '../../tls/context';
import { deleteSetting, fix } from '../../tls/edits';
import { groupNames, hasRequiredCurves, supportsEmptyGroups } from '../../tls/groups';
import { FindingSet } from '../../tls/report';
import type { Rule } from '../../types';

const NAMES = ['tls_eecdh_auto_curves'];

export const tlsCurvesNarrow: Rule = {
  id: 'tls-curves-narrow',
  defaultSeverity: 'warning',
  description: 'tls_eecdh_auto_curves lacks X25519 or P-256, or is emptied without tls_ffdhe_auto_groups (or before 3.10).',
  check({ model }) {
    const found = new FindingSet(model);
    if (!atLeast(model.target, '3.2')) return [];
    for (const s of explicitSettings(model, NAMES)) {
      const names = groupNames(s.value);
      let problem: string | undefined;
      if (names.length === 0) {
        const ffdhe = setting(model, 'tls_ffdhe_auto_groups', s.service);
        if (ffdhe.unknown) continue;
        const ffdheEmpty = ffdhe.source !== 'default' && groupNames(ffdhe.value).length === 0;
        const supported = supportsEmptyGroups(model.target);
        if (atLeast(model.target, '3.8') && !ffdheEmpty) {
          problem = `is empty while tls_ffdhe_auto_groups is not: with OpenSSL 3, TLS 1.3 then has no ECDHE groups and interoperability suffers`;
        } else if (!supported) {
          problem = `is empty, which only Postfix 3.10 (and 3.6.17, 3.7.13, 3.8.8, 3.9.2) supports, to leave group choice to openssl.cnf${atLeast(model.target, '3.8') ? ' together with an empty tls_ffdhe_auto_groups' : ''}`;
        }
      } else if (!hasRequiredCurves(names)) {
        problem = `= ${s.value} lacks ${names.some((n) => n.toLowerCase() === 'x25519') ? 'P-256 (prime256v1)' : 'X25519'}; Postfix asks for at least X25519 and P-256, which nearly every peer supports`;
      }
      if (!problem) continue;
      found.addAt(s, {
        message: `${s.name} ${problem}. Delete the line: the default list is the recommended one.`,
        fixes: fix(`Delete ${s.name}`, [deleteSetting(model, s)], false, true),
      });
    }
    return found.list();
  },
};
