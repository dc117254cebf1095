/**
 * catalogue | rule
 * TLS064    | tls-client-session-cache
 *
 * Outbound TLS is on (some smtp transport at a level other than none) but
 * smtp_tls_session_cache_database is empty: every smtp process does full handshakes. The cache
 * is read by tlsmgr, so only main.cf counts.
 */
import { cacheValue } from '../../caches';
import { clientContexts, clientTls, primaryClient, setting } from '../../tls/context';
import { fix, setMain } from '../../tls/edits';
import { FindingSet, mainSite, siteOr } from '../../tls/report';
import type { Rule } from '../../types';

export const tlsClientSessionCache: Rule = {
  id: 'tls-client-session-cache',
  defaultSeverity: 'info',
  description: 'Outbound TLS without smtp_tls_session_cache_database: every connection does a full handshake.',
  check({ model }) {
    const found = new FindingSet(model);
    if (!model.main || setting(model, 'smtp_tls_session_cache_database').value !== '') return [];
    const on = clientContexts(model, 'smtp').map((c) => ({ c, tls: clientTls(model, c) })).find(({ tls }) => tls.level !== 'none');
    if (!on) return [];
    const s = on.tls.levelSetting;
    const site = s.source === 'override' ? siteOr(model, s, on.c.service, () => mainSite(model, s)) : siteOr(model, s, primaryClient(model, 'smtp'), () => mainSite(model, s));
    const value = cacheValue(model.target, 'smtp_scache');
    const type = value.startsWith('btree:') ? ' (lmdb: where Berkeley DB is not available)' : ", the build's own cache type";
    found.add(site, {
      message:
        `Outbound TLS is on (${s.name} = ${s.value}) but smtp_tls_session_cache_database is empty, so every smtp process negotiates full handshakes. ` +
        `Set smtp_tls_session_cache_database = ${value}${type}.`,
      fixes: fix('Add an SMTP client TLS session cache', [setMain(model, 'smtp_tls_session_cache_database', value)], false, true),
    });
    return found.list();
  },
};
