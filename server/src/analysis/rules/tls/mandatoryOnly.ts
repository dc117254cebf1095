/**
 * catalogue | rule
 * TLS005    | tls-mandatory-only-hardened
 *
 * `*_tls_mandatory_protocols` or `*_tls_mandatory_ciphers` is set, its opportunistic
 * counterpart is not, and every server or client that reads the setting runs opportunistic TLS
 * (level may): the mandatory lists only apply at encrypt and above, so the hardening does
 * nothing. A client with a TLS policy table is left alone (per-destination levels may use it).
 * Judged only with master.cf: without it we cannot tell which services read the lists.
 */
import type { ConfigModel, ServiceModel } from '../../../model/config';
import {
  clientContexts,
  clientTls,
  CLIENT_MANDATORY_LEVELS,
  explicitSettings,
  prefixedNames,
  serverContexts,
  serverTls,
  setting,
  type ExplicitSetting,
} from '../../tls/context';
import { fix, setIn } from '../../tls/edits';
import { FindingSet } from '../../tls/report';
import type { Rule } from '../../types';

const MANDATORY = /^(smtpd|smtp|lmtp)_tls_mandatory_(protocols|ciphers)$/;
const MANDATORY_NAMES = prefixedNames(['tls_mandatory_protocols', 'tls_mandatory_ciphers'], ['smtpd', 'smtp', 'lmtp']);

/** The levels of the servers or clients that read this explicit setting, or undefined when one has a policy table. */
function levelsUsing(model: ConfigModel, s: ExplicitSetting, prefix: string): string[] | undefined {
  const uses = (service: ServiceModel | undefined) => {
    const e = setting(model, s.name, service);
    return s.source === 'main' ? e.source === 'main' : service === s.service;
  };
  if (prefix === 'smtpd') {
    return serverContexts(model)
      .filter((c) => uses(c.service))
      .map((c) => {
        const tls = serverTls(model, c.service);
        return tls.mandatory ? 'encrypt' : tls.level;
      });
  }
  const levels: string[] = [];
  for (const c of clientContexts(model, prefix as 'smtp' | 'lmtp')) {
    if (!uses(c.service)) continue;
    if (setting(model, `${prefix}_tls_policy_maps`, c.service).value !== '') return undefined;
    levels.push(clientTls(model, c).level);
  }
  return levels;
}

export const tlsMandatoryOnly: Rule = {
  id: 'tls-mandatory-only-hardened',
  defaultSeverity: 'warning',
  description: 'Only `*_tls_mandatory_protocols`/`_ciphers` were hardened, but every service reading them runs opportunistic TLS (level may), where they do not apply.',
  check({ model }) {
    const found = new FindingSet(model);
    // Which services read main.cf's lists (submission at encrypt?) is only known with master.cf.
    if (!model.master) return [];
    for (const s of explicitSettings(model, MANDATORY_NAMES)) {
      const [, prefix, kind] = MANDATORY.exec(s.name)!;
      const counterpart = `${prefix}_tls_${kind}`;
      const other = setting(model, counterpart, s.service);
      if (other.source !== 'default' || other.unknown) continue;
      const levels = levelsUsing(model, s, prefix);
      if (!levels || levels.length === 0) continue;
      const mandatory = prefix === 'smtpd' ? ['encrypt'] : [...CLIENT_MANDATORY_LEVELS, 'dane'];
      if (levels.some((l) => mandatory.includes(l)) || !levels.includes('may')) continue;
      const who = s.service ? `the ${s.service.name} ${prefix === 'smtpd' ? 'service' : 'transport'} runs` : prefix === 'smtpd' ? 'every SMTP server that reads it runs' : `the ${prefix.toUpperCase()} client runs`;
      const meant = prefix === 'smtpd' ? ' (for example -o smtpd_tls_security_level=encrypt on submission)' : ' (smtp_tls_security_level = encrypt, or per destination in smtp_tls_policy_maps)';
      found.addAt(s, {
        message:
          `${s.name} only applies when TLS is mandatory, but ${who} opportunistic TLS (security level may), so this setting changes nothing and ${counterpart} is still at its default. ` +
          `Set ${counterpart} as well, or require TLS where this was meant to apply${meant}.`,
        fixes: fix(`Also set ${counterpart} = ${s.text}`, [setIn(model, s.service, counterpart, s.text)], false),
      });
    }
    return found.list();
  },
};
