/**
 * Catalogue SEC043 (2.4): show_user_unknown_table_name = yes (the default) names the internal
 * recipient table in "User unknown" replies. Reported where mail is received from outside.
 */
import { defaultAnchor, dedupe, port25Receivers } from '../../security/context';
import { setMainParameter } from '../../security/edits';
import { isYes, settingAt, valueText } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at, fix } from './common';

export const unknownTableNameShown: Rule = {
  id: 'unknown-table-name-shown',
  defaultSeverity: 'hint',
  description: 'show_user_unknown_table_name = yes (the default) names internal tables in "User unknown" replies.',
  check(ctx) {
    const { model } = ctx;
    const out: Finding[] = [];
    for (const r of port25Receivers(ctx)) {
      if (!isYes(valueText(model, 'show_user_unknown_table_name', r.service))) continue;
      const written = settingAt(model, 'show_user_unknown_table_name', r.service);
      out.push(
        at(written ?? defaultAnchor(model), `"User unknown" replies of ${r.label} name the table that was searched (show_user_unknown_table_name = yes${written ? '' : ', the default'}), telling outsiders about the internal setup. Set show_user_unknown_table_name = no.`, undefined, fix('Set show_user_unknown_table_name = no', [setMainParameter(model, 'show_user_unknown_table_name', 'no')], false, true)),
      );
    }
    return dedupe(out);
  },
};
