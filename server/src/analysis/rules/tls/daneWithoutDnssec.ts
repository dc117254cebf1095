/**
 * catalogue | rule
 * TLS062    | tls-dane-without-dnssec
 *
 * A client at level dane or dane-only whose DNS lookups are not DNSSEC-validated
 * (`*_dns_support_level` not dnssec), or that does not look hosts up in DNS at all
 * (`*_host_lookup` without dns). DANE is then silently off, or dane-only defers everything.
 */
import { clientContexts, clientTls, lower, setting, words } from '../../tls/context';
import { fix, replaceValue, setIn } from '../../tls/edits';
import { FindingSet, mainSite, relatedTo, settingSite } from '../../tls/report';
import type { Rule } from '../../types';

export const tlsDaneWithoutDnssec: Rule = {
  id: 'tls-dane-without-dnssec',
  defaultSeverity: 'error',
  description: 'DANE (level dane/dane-only) without DNSSEC-validated lookups (smtp_dns_support_level = dnssec) or without DNS host lookups.',
  check({ model }) {
    const found = new FindingSet(model);
    for (const ctx of clientContexts(model)) {
      const tls = clientTls(model, ctx);
      if (tls.level !== 'dane' && tls.level !== 'dane-only') continue;
      const level = tls.levelSetting;
      const site = settingSite(model, level) ?? mainSite(model, level);
      const dnsName = `${ctx.prefix}_dns_support_level`;
      const dns = setting(model, dnsName, ctx.service);
      const lookup = setting(model, `${ctx.prefix}_host_lookup`, ctx.service);
      if (dns.unknown || lookup.unknown) continue;
      const effect = tls.level === 'dane' ? 'DANE is silently off (the level acts like may)' : 'every delivery is deferred';
      if (lower(dns.value) !== 'dnssec') {
        const inPlace = dns.source === 'override' || (dns.source === 'main' && level.source === 'main');
        found.add(site, {
          message:
            `${level.name} = ${tls.level} needs DNSSEC-validated DNS lookups, but ${dnsName} ${dns.source === 'default' ? 'is not set' : `= ${dns.value || '(empty)'}`}: ${effect}. ` +
            `Set ${dnsName} = dnssec and run a local validating resolver.`,
          related: relatedTo(model, dns, 'DNS lookups are set here'),
          fixes: fix(`Set ${dnsName} = dnssec`, [inPlace ? replaceValue(dns, 'dnssec') : setIn(model, level.service, dnsName, 'dnssec')], false, true),
        });
      } else if (!words(lower(lookup.value)).includes('dns')) {
        found.add(site, {
          message: `${level.name} = ${tls.level} needs DNS lookups of the MX hosts, but ${lookup.name} = ${lookup.value || '(empty)'} leaves DNS out: ${effect}. Include dns in ${lookup.name}.`,
          related: relatedTo(model, lookup, 'host lookups are set here'),
        });
      }
    }
    return found.list();
  },
};
