/**
 * Catalogue SEC007 (2.1) [care]: mynetworks trusts a whole private block (10.0.0.0/8,
 * 172.16.0.0/12, 192.168.0.0/16): behind Docker's userland proxy, NAT or a load balancer,
 * outside clients arrive with a private source address and are trusted (reported in several
 * mail container images). The typo 172.0.0.0/8 also covers public space: a warning.
 * Not done: detecting a service that runs behind a proxy without *_upstream_proxy_protocol.
 */
import { dedupe, roleSeverity } from '../../security/context';
import { valueWords } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at, fix } from './common';
import { networkContexts } from './mynetworksInternet';

const BLOCKS = new Set(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16']);

export const mynetworksPrivateRanges: Rule = {
  id: 'mynetworks-private-ranges',
  defaultSeverity: 'hint',
  description: 'mynetworks trusts a whole private address block, which NAT, container proxies or load balancers can hand to outside clients (172.0.0.0/8 also covers public space).',
  check(ctx) {
    const { model } = ctx;
    const out: Finding[] = [];
    for (const service of networkContexts(model)) {
      for (const w of valueWords(model, 'mynetworks', service).words) {
        if (!w.loc) continue;
        if (w.text === '172.0.0.0/8') {
          const severity = roleSeverity(ctx, 'SEC007', 'warning', true);
          if (!severity) continue;
          const fixes = w.exact ? fix('Replace with the private block 172.16.0.0/12', [{ file: w.loc.file, start: w.loc.start, end: w.loc.end, newText: '172.16.0.0/12' }]) : [];
          out.push(at(w.loc, '172.0.0.0/8 is not the private block 172.16.0.0/12: it also trusts the public addresses 172.0.0.0-172.15.255.255 and 172.32.0.0-172.255.255.255, which may then relay through this host. Use 172.16.0.0/12, or better the exact container network.', severity, fixes));
        } else if (BLOCKS.has(w.text)) {
          const severity = roleSeverity(ctx, 'SEC007', 'hint', true);
          if (!severity) continue;
          out.push(at(w.loc, `mynetworks trusts all of ${w.text}. Behind a Docker userland proxy, NAT or a load balancer, outside clients can arrive from a private address and are then trusted: an open relay. Trust only the exact hosts or container networks that send mail; let applications submit with SASL on port 587; behind HAProxy set smtpd_upstream_proxy_protocol = haproxy.`, severity));
        }
      }
    }
    return dedupe(out);
  },
};
