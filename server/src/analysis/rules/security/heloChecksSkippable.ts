/**
 * Catalogue SEC021 (2.2) [care]: HELO checks are in effect on the port-25 receiver but
 * smtpd_helo_required = no, so a client that never sends HELO/EHLO skips them.
 */
import { ALL_LISTS, forEachStep, parseList } from '../../restrictions/parse';
import { dedupe, port25Receivers, roleSeverity } from '../../security/context';
import { setMainParameter, setServiceOverride } from '../../security/edits';
import { isYes, valueText, type Location } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at, fix } from './common';

const HELO = /^(reject_invalid_helo_hostname|reject_non_fqdn_helo_hostname|reject_unknown_helo_hostname|check_helo_(a_|mx_|ns_)?access|reject_invalid_hostname|reject_non_fqdn_hostname|reject_unknown_hostname|reject_rhsbl_helo)$/;

export const heloChecksSkippable: Rule = {
  id: 'helo-checks-skippable',
  defaultSeverity: 'hint',
  description: 'HELO checks on the port-25 receiver while smtpd_helo_required = no: clients that skip HELO skip the checks.',
  check(ctx) {
    const { model } = ctx;
    const severity = roleSeverity(ctx, 'SEC021', 'hint', true);
    if (!severity) return [];
    const out: Finding[] = [];
    for (const r of port25Receivers(ctx)) {
      if (isYes(valueText(model, 'smtpd_helo_required', r.service))) continue;
      let first: { text: string; loc: Location } | undefined;
      for (const list of ALL_LISTS) {
        forEachStep(parseList(model, list, r.service).steps, (s, via) => {
          const loc = s.word.loc ?? via?.word.loc;
          if (!first && loc && HELO.test(s.name)) first = { text: s.word.text, loc };
        });
      }
      if (!first) continue;
      const edit = r.service?.overrides.has('smtpd_helo_required') ? setServiceOverride(model, r.service, 'smtpd_helo_required', 'yes') : setMainParameter(model, 'smtpd_helo_required', 'yes');
      out.push(
        at(first.loc, `${first.text} checks the HELO name, but smtpd_helo_required = no (${r.label}): a client that never sends HELO or EHLO is not checked at all. Set smtpd_helo_required = yes (home-grown senders that skip HELO will then be refused).`, severity, fix('Set smtpd_helo_required = yes', [edit])),
      );
    }
    return dedupe(out);
  },
};
