/**
 * Catalogue SEC010 (2.1): restrictions removed in Postfix 3.9 (warned about since 2.0-2.2):
 * check_relay_domains, reject_maps_rbl, permit_naked_ip_address. An error on 3.9 and later,
 * a warning before, `info` while the release is only assumed.
 */
import { atLeast } from '../../../data/versions';
import { dedupe, targetName } from '../../security/context';
import { valueWords } from '../../security/words';
import type { Finding, Rule, SeverityName } from '../../types';
import { allSteps, at, fix } from './common';

const REPLACEMENT: Record<string, { why: string; instead: (dnsbls: string[]) => string | undefined }> = {
  check_relay_domains: {
    why: 'it also trusted clients by their host name in relay_domains',
    instead: () => 'reject_unauth_destination',
  },
  reject_maps_rbl: {
    why: 'it took its DNSBL domains from maps_rbl_domains',
    instead: (d) => (d.length > 0 ? d.map((x) => `reject_rbl_client ${x}`).join(', ') : undefined),
  },
  permit_naked_ip_address: {
    why: 'it let any client relay by sending a bare IP address as its HELO name',
    instead: () => 'permit_mynetworks',
  },
};

export const removedRestriction: Rule = {
  id: 'removed-restriction',
  defaultSeverity: 'warning',
  description: 'check_relay_domains, reject_maps_rbl or permit_naked_ip_address: removed in Postfix 3.9.',
  check({ model }) {
    const out: Finding[] = [];
    const severity: SeverityName = model.targetAssumed ? 'info' : atLeast(model.target, '3.9') ? 'error' : 'warning';
    for (const v of allSteps(model)) {
      const r = REPLACEMENT[v.step.name];
      const loc = v.step.word.loc;
      if (!r || !loc) continue;
      const instead = r.instead(valueWords(model, 'maps_rbl_domains', v.receiver.service).words.map((w) => w.text));
      const gone = atLeast(model.target, '3.9') ? 'Postfix 3.9 removed it, so smtpd rejects mail with a configuration error' : 'Postfix 3.9 removes it';
      const message = `${v.step.word.text} is obsolete (${r.why}); ${gone} (judged for Postfix ${targetName(model)}). ${instead ? `Use ${instead}.` : 'Use reject_rbl_client with each DNSBL domain.'}`;
      const fixes = instead && v.step.word.exact ? fix(`Replace with ${instead}`, [{ file: loc.file, start: loc.start, end: loc.end, newText: instead }]) : [];
      out.push(at(loc, message, severity, fixes));
    }
    return dedupe(out);
  },
};
