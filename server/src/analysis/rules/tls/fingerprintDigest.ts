/**
 * catalogue | rule
 * TLS075    | tls-fingerprint-digest
 *
 * Certificate fingerprints with MD5 or SHA-1: an explicit `*_tls_fingerprint_digest` of md5 or
 * sha1, or the md5 default (before 3.6, or below compatibility_level 3.6) while fingerprints are
 * in use (check_ccert_access or permit_tls_clientcerts for the server, level fingerprint for the
 * client). No automatic fix: the keys of the fingerprint tables must be regenerated too.
 */
import { atLeast } from '../../../data/versions';
import { certMentions } from '../../security/valueScan';
import { clientContexts, clientTls, explicitSettings, lower, prefixedNames, serverContexts, setting } from '../../tls/context';
import { FindingSet, settingSite } from '../../tls/report';
import type { Rule } from '../../types';

const SERVER_USE = /\b(check_ccert_access|permit_tls_clientcerts)\b/;
const WEAK = ['md5', 'sha1'];
const DIGESTS = prefixedNames(['tls_fingerprint_digest'], ['smtpd', 'smtp', 'lmtp']);

export const tlsFingerprintDigest: Rule = {
  id: 'tls-fingerprint-digest',
  defaultSeverity: 'info',
  description: 'Certificate fingerprints with MD5 or SHA-1 (explicitly, or by the default below compatibility_level 3.6 while fingerprints are used).',
  check({ model }) {
    const found = new FindingSet(model);
    if (!atLeast(model.target, '2.5')) return [];
    const advice = 'Set it to sha256 and regenerate the fingerprints in your tables (check_ccert_access, relay_clientcerts, the fingerprint level) at the same time.';
    for (const s of explicitSettings(model, DIGESTS)) {
      if (!WEAK.includes(lower(s.value))) continue;
      found.addAt(s, { message: `${s.name} = ${s.value}: MD5 and SHA-1 fingerprints are deprecated (though still hard to attack here). ${advice}` });
    }
    const defaultNote = 'defaults to md5 before Postfix 3.6 and below compatibility_level 3.6';
    const user = certMentions(model).find((p) => SERVER_USE.test(p.value.text));
    for (const ctx of serverContexts(model)) {
      // Where fingerprints are used first: without such a place the default digest does not matter.
      const override = ctx.service && [...ctx.service.overrides.values()].find((o) => SERVER_USE.test(o.value));
      const site = override ? settingSite(model, setting(model, override.name, ctx.service)) : user && { file: 'main' as const, start: user.start, end: user.end };
      if (!site) continue;
      const s = setting(model, 'smtpd_tls_fingerprint_digest', ctx.service);
      if (s.source !== 'default' || s.unknown || !WEAK.includes(lower(s.value))) continue;
      found.add(site, { message: `Client certificate fingerprints are used here, and smtpd_tls_fingerprint_digest ${defaultNote}. ${advice}` });
    }
    for (const ctx of clientContexts(model)) {
      const tls = clientTls(model, ctx);
      if (tls.level !== 'fingerprint') continue;
      const s = setting(model, `${ctx.prefix}_tls_fingerprint_digest`, ctx.service);
      const site = settingSite(model, tls.levelSetting);
      if (s.source !== 'default' || s.unknown || !WEAK.includes(lower(s.value)) || !site) continue;
      found.add(site, { message: `The fingerprint level matches server certificates by fingerprint, and ${s.name} ${defaultNote}. ${advice}` });
    }
    return found.list();
  },
};
