/** Catalogue SEC065 (2.5): a release without smtpd_forbid_unauth_pipelining whose port-25 receiver has no reject_unauth_pipelining in smtpd_data_restrictions. */
import { forEachStep, parseList } from '../../restrictions/parse';
import { dedupe, defaultAnchor, port25Receivers, roleSeverity } from '../../security/context';
import { insertListWord, setMainParameter } from '../../security/edits';
import { unauthPipeliningSupport } from '../../security/smuggling';
import { settingAt } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at, fix, labelFirst } from './common';

export const dataRestrictionsPipelining: Rule = {
  id: 'data-restrictions-pipelining',
  defaultSeverity: 'hint',
  description: 'Before smtpd_forbid_unauth_pipelining existed: no reject_unauth_pipelining in smtpd_data_restrictions on port 25.',
  check(ctx) {
    const { model } = ctx;
    if (unauthPipeliningSupport(model.target) !== 'none') return [];
    const severity = roleSeverity(ctx, 'SEC065', 'hint');
    if (!severity) return [];
    const out: Finding[] = [];
    for (const r of port25Receivers(ctx)) {
      const list = parseList(model, 'smtpd_data_restrictions', r.service);
      let has = false;
      forEachStep(list.steps, (s) => (has ||= s.name === 'reject_unauth_pipelining'));
      if (has) continue;
      const words = list.steps.flatMap((s) => (s.arg && !s.implicit ? [s.word, s.arg] : [s.word]));
      const written = settingAt(model, 'smtpd_data_restrictions', r.service);
      const edit = list.source === 'main' && words.length > 0 ? insertListWord(model, words, words.length, 'reject_unauth_pipelining') : list.source === 'override' ? undefined : setMainParameter(model, 'smtpd_data_restrictions', 'reject_unauth_pipelining');
      out.push(at(written ?? defaultAnchor(model, r.service), `${labelFirst(r)} does not refuse clients that send commands ahead of its replies without PIPELINING support, a cheap filter against bulk mail software. Add reject_unauth_pipelining to smtpd_data_restrictions.`, severity, fix('Add reject_unauth_pipelining to smtpd_data_restrictions', [edit])));
    }
    return dedupe(out);
  },
};
