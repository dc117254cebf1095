/**
 * catalogue | rule
 * TLS025    | tls-dh-params-custom
 *
 * A custom DH parameter file (main.cf or any `-o`) on 3.7-3.8, where Postfix built with
 * OpenSSL 3.0 or later prefers OpenSSL's standard groups (info), or on 3.9 and later, where
 * postconf warns about it (warning). [conflict] internet.nl rates Postfix's own choice lower
 * (see tls-dh-group-internet-nl); we follow Postfix and say so.
 */
import { atLeast } from '../../../data/versions';
import { explicitSettings, lower, prefixedNames } from '../../tls/context';
import { deleteSetting, fix } from '../../tls/edits';
import { FindingSet } from '../../tls/report';
import type { Rule } from '../../types';

export const DH_FILES = prefixedNames(['tls_dh1024_param_file'], ['smtpd', 'tlsproxy', 'postscreen']);

export const tlsDhParamsCustom: Rule = {
  id: 'tls-dh-params-custom',
  defaultSeverity: 'warning',
  description: 'A custom DH parameter file on Postfix 3.7+ (OpenSSL 3 picks standard groups; postconf 3.9+ warns about it).',
  check({ model }) {
    const found = new FindingSet(model);
    if (!atLeast(model.target, '3.7')) return [];
    const warned = atLeast(model.target, '3.9');
    for (const s of explicitSettings(model, DH_FILES)) {
      const v = lower(s.value);
      if (v === '' || v === 'auto') continue;
      found.addAt(s, {
        severity: warned ? 'warning' : 'info',
        tags: warned ? ['deprecated'] : undefined,
        message:
          `${s.name} sets custom DH parameters. ${warned ? 'From Postfix 3.9 postconf warns about this setting' : 'With Postfix 3.7 and 3.8 built with OpenSSL 3.0 or later, custom parameters are no longer recommended'}: ` +
          `OpenSSL then chooses a standard group itself. Delete the line here and in every master.cf override (some scanners such as internet.nl prefer a 3072-bit RFC 7919 group; Postfix's guidance is to leave it to OpenSSL).`,
        fixes: fix(`Delete ${s.name}`, [deleteSetting(model, s)], false, true),
      });
    }
    return found.list();
  },
};
