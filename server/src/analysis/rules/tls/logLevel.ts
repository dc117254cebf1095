/**
 * catalogue | rule
 * TLS090    | tls-loglevel-debug
 *
 * A TLS log level of 2 or more (smtpd_, smtp_, lmtp_, postscreen_, tlsproxy_ tls_loglevel,
 * tlsproxy_client_loglevel): debugging output. 3 and 4 dump handshakes or whole sessions
 * (privacy leak, log flood): warning; 2: info. Level names count as their numbers. The fix sets
 * 1; logging cannot stop mail (safe).
 */
import { explicitSettings, prefixedNames } from '../../tls/context';
import { fix, replaceValue } from '../../tls/edits';
import { FindingSet } from '../../tls/report';
import type { Rule } from '../../types';

const NAMES = [...prefixedNames(['tls_loglevel']), 'tlsproxy_client_loglevel'];
const LEVEL_OF: Record<string, number> = {
  debug: 2, verbose: 2, cache: 2, 'ssl-debug': 2, 'ssl-expert': 3, 'ssl-handshake-packet-dump': 3, 'ssl-developer': 4, 'ssl-session-packet-dump': 4,
};

/** The highest level a TLS log setting (numbers or names, in any case) amounts to. */
export function tlsLogLevel(value: string): number {
  let level = 0;
  for (const w of value.toLowerCase().split(/[\s,]+/)) {
    const n = /^\d+$/.test(w) ? Math.min(Number(w), 4) : (LEVEL_OF[w] ?? 0);
    level = Math.max(level, n);
  }
  return level;
}

export const tlsLoglevelDebug: Rule = {
  id: 'tls-loglevel-debug',
  defaultSeverity: 'warning',
  description: 'TLS debug logging left on (tls_loglevel 2 or more; 3 and 4 dump handshakes or whole sessions).',
  check({ model }) {
    const found = new FindingSet(model);
    for (const s of explicitSettings(model, NAMES)) {
      const level = tlsLogLevel(s.value);
      if (level < 2) continue;
      found.addAt(s, {
        severity: level >= 3 ? 'warning' : 'info',
        message:
          `${s.name} = ${s.value} is a debugging level${level >= 3 ? ` that dumps ${level >= 4 ? 'whole sessions after STARTTLS' : 'TLS handshakes'} into the log (a privacy leak and a log flood)` : ' that makes the log much larger'}. ` +
          `Use 1, and raise it only for one peer with the *_tls_loglevel_maps parameters while debugging.`,
        fixes: fix(`Set ${s.name} to 1`, [replaceValue(s, '1')], true, true),
      });
    }
    return found.list();
  },
};
