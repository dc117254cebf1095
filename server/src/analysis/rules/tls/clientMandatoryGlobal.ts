/**
 * catalogue | rule
 * TLS061    | tls-client-mandatory-global
 *
 * main.cf smtp_tls_security_level is encrypt, fingerprint, verify, secure or dane-only while
 * mail goes straight to the Internet (relayhost empty, default_transport smtp): MX hosts without
 * working TLS then get mail deferred. Mandatory levels belong in smtp_tls_policy_maps.
 */
import { CLIENT_MANDATORY_LEVELS, lower, setting } from '../../tls/context';
import { fix, replaceValue } from '../../tls/edits';
import { FindingSet } from '../../tls/report';
import type { Rule } from '../../types';

export const tlsClientMandatoryGlobal: Rule = {
  id: 'tls-client-mandatory-global',
  defaultSeverity: 'warning',
  description: 'A mandatory smtp_tls_security_level (encrypt, verify, ...) for all of the Internet (no relayhost): mail to MX hosts without working TLS is deferred.',
  check({ model }) {
    const found = new FindingSet(model);
    const s = setting(model, 'smtp_tls_security_level');
    const level = lower(s.value);
    if (s.source !== 'main' || !CLIENT_MANDATORY_LEVELS.includes(level)) return [];
    if (setting(model, 'relayhost').value !== '' || lower(setting(model, 'default_transport').value) !== 'smtp') return [];
    found.addAt(s, {
      message:
        `smtp_tls_security_level = ${level} applies to every destination on the Internet (relayhost is empty). Many MX hosts have no working TLS, and mail to them will be deferred. ` +
        `Use 'may' (or 'dane') globally and mandatory levels per destination in smtp_tls_policy_maps.`,
      fixes: fix('Set smtp_tls_security_level = may', [replaceValue(s, 'may')], false, true),
    });
    return found.list();
  },
};
