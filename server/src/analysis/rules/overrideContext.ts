import { isBuiltin } from '../../data/parameters';
import { forEachRef } from '../../parser/expression';
import type { ServiceModel } from '../../model/config';
import { overrideSettings, type Setting } from '../settings';
import type { Finding, Rule } from '../types';

/** Settings only tlsmgr(8) reads: the session cache databases and the entropy source. */
const TLSMGR_ONLY = /^((smtpd|smtp|lmtp)_tls_session_cache_database|tls_random_(source|bytes|exchange_name|prng_update_period|reseed_period))$/;

const CLIENTS = new Set(['smtp', 'lmtp']);
const SERVERS = new Set(['smtpd', 'postscreen']);

/** Why the override cannot act on this service, or undefined. */
function misplaced(s: Setting, service: ServiceModel): string | undefined {
  const cmd = service.command;
  if (TLSMGR_ONLY.test(s.name) && cmd !== 'tlsmgr' && s.value.trim() !== '') {
    return `${s.name} is read by tlsmgr(8), which serves every service from main.cf's value; as -o on the ${service.name} service it changes nothing. Set it in main.cf.`;
  }
  if (s.name.startsWith('smtpd_') && CLIENTS.has(cmd)) {
    return `${s.name} is an SMTP server setting, but the ${service.name} service runs the ${cmd} client, which never reads it. Put it on the smtpd service it is meant for (or use the matching ${cmd}_ parameter).`;
  }
  if (/^(smtp|lmtp)_tls_/.test(s.name) && SERVERS.has(cmd)) {
    return `${s.name} is an SMTP client setting, but the ${service.name} service runs ${cmd}, which never reads it. Put it on the smtp transport it is meant for (or use the matching smtpd_ parameter).`;
  }
  return undefined;
}

/** A `-o` override that the service's program never reads. */
export const overrideContext: Rule = {
  id: 'override-context',
  defaultSeverity: 'warning',
  description: 'A `-o` override that cannot act where it is: a server (`smtpd_*`) setting on an smtp/lmtp client transport, a client TLS setting on smtpd, tlsmgr-level settings (session cache database, `tls_random_*`) on a service.',
  check(ctx) {
    const { model } = ctx;
    const out: Finding[] = [];
    for (const s of overrideSettings(model)) {
      const service = s.service!;
      if (!s.effective) continue;
      const why = misplaced(s, service);
      if (!why) continue;
      // Another -o of the service may use it as $name: then it does act, through that value.
      // (Looked at only for a misplaced one: for every one, a service with n overrides cost n * n.)
      let referenced = false;
      for (const o of service.overrides.values()) forEachRef(o.expr.nodes, (r) => (referenced ||= r.name === s.name));
      if (referenced) continue;
      // The same setting for the other side often was what was meant (smtp_ for smtpd_).
      const counterpart = s.name.startsWith('smtpd_') ? `${service.command}_${s.name.slice(6)}` : s.name.replace(/^(smtp|lmtp)_/, 'smtpd_');
      const fixable = counterpart !== s.name && isBuiltin(counterpart, model.target) && !service.overrides.has(counterpart) && !TLSMGR_ONLY.test(s.name);
      out.push({
        file: 'master',
        start: s.nameStart,
        end: s.nameEnd,
        message: why,
        fixes: fixable ? [{ title: `Change to ${counterpart}`, edits: [{ file: 'master', start: s.nameStart, end: s.nameEnd, newText: counterpart }], safe: false, preferred: true }] : undefined,
      });
    }
    return out;
  },
};
