/**
 * catalogue | rule
 * TLS076    | tls-server-session-cache
 *
 * smtpd_tls_session_cache_database set in main.cf on 2.11 or later: session tickets (RFC 5077)
 * make a server-side cache unnecessary and Postfix advises leaving it empty. Tagged
 * unnecessary; deleting it cannot stop mail (safe). A `-o` of it is another rule's (wrong place).
 */
import { atLeast } from '../../../data/versions';
import { setting } from '../../tls/context';
import { deleteSetting, fix } from '../../tls/edits';
import { FindingSet } from '../../tls/report';
import type { Rule } from '../../types';

export const tlsServerSessionCache: Rule = {
  id: 'tls-server-session-cache',
  defaultSeverity: 'info',
  description: 'smtpd_tls_session_cache_database is set on 2.11+, where session tickets make it unnecessary.',
  check({ model }) {
    const found = new FindingSet(model);
    if (!atLeast(model.target, '2.11')) return [];
    const s = setting(model, 'smtpd_tls_session_cache_database');
    if (s.source !== 'main' || s.value === '') return [];
    found.addAt(s, {
      tags: ['unnecessary'],
      message: `${s.name} is unnecessary since Postfix 2.11: TLS session tickets let clients resume sessions without a server-side cache, and Postfix advises leaving it empty.`,
      fixes: fix(`Delete ${s.name}`, [deleteSetting(model, s)], true, true),
    });
    return found.list();
  },
};
