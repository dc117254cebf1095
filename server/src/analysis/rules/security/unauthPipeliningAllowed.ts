/**
 * Catalogue SEC064 (2.5): the port-25 receiver lets clients break the pipelining rules
 * (smtpd_forbid_unauth_pipelining = no: set on 3.9+, a warning; the default of the backports, a
 * hint). Submission services are not judged: the stock master.cf sets `no` there on purpose.
 * Also the name smtpd_reject_unauth_pipelining, which is not a parameter (RELEASE_NOTES-3.9 typo).
 */
import { dedupe, defaultAnchor, port25Receivers, roleSeverity, targetName } from '../../security/context';
import { deleteMainParameter, removeServiceOverride, setMainParameter, setServiceOverride } from '../../security/edits';
import { smugglingValue, unauthPipeliningSupport } from '../../security/smuggling';
import { settingAt } from '../../security/words';
import type { Finding, Rule, SeverityName } from '../../types';
import { at, fix, labelFirst, writtenSettings } from './common';

export const unauthPipeliningAllowed: Rule = {
  id: 'unauth-pipelining-allowed',
  defaultSeverity: 'warning',
  description: 'smtpd_forbid_unauth_pipelining = no on the port-25 receiver, or the misspelt smtpd_reject_unauth_pipelining.',
  check(ctx) {
    const { model } = ctx;
    const out: Finding[] = [];
    for (const w of writtenSettings(model, 'smtpd_reject_unauth_pipelining')) {
      const rename = w.service
        ? w.service.overrides.has('smtpd_forbid_unauth_pipelining') ? [] : fix('Rename to smtpd_forbid_unauth_pipelining', [{ file: 'master', start: w.loc.start, end: w.loc.start + 'smtpd_reject_unauth_pipelining'.length, newText: 'smtpd_forbid_unauth_pipelining' }])
        : model.effective.has('smtpd_forbid_unauth_pipelining') ? [] : fix('Rename to smtpd_forbid_unauth_pipelining', [{ file: 'main', start: w.loc.start, end: w.loc.start + 'smtpd_reject_unauth_pipelining'.length, newText: 'smtpd_forbid_unauth_pipelining' }]);
      out.push(at(w.loc, 'smtpd_reject_unauth_pipelining is not a Postfix parameter (the 3.9 release notes misspell it), so this setting does nothing. The parameter is smtpd_forbid_unauth_pipelining.', 'warning', rename));
    }
    const support = unauthPipeliningSupport(model.target);
    if (support === 'none') return dedupe(out);
    for (const r of port25Receivers(ctx)) {
      const v = smugglingValue(model, 'smtpd_forbid_unauth_pipelining', r.service);
      if (v.value !== 'no') continue;
      const base: SeverityName = model.targetAssumed ? 'info' : support === 'full' ? 'warning' : 'hint';
      const severity = roleSeverity(ctx, 'SEC064', base);
      if (!severity) continue;
      const loc = settingAt(model, 'smtpd_forbid_unauth_pipelining', r.service) ?? defaultAnchor(model, r.service);
      const inService = r.service?.overrides.has('smtpd_forbid_unauth_pipelining');
      const edit =
        support === 'full'
          ? inService ? removeServiceOverride(model, r.service!, 'smtpd_forbid_unauth_pipelining') : deleteMainParameter(model, 'smtpd_forbid_unauth_pipelining')
          : inService ? setServiceOverride(model, r.service!, 'smtpd_forbid_unauth_pipelining', 'yes') : setMainParameter(model, 'smtpd_forbid_unauth_pipelining', 'yes');
      const message = `${labelFirst(r)} lets clients send commands ahead of the server's replies without PIPELINING support (smtpd_forbid_unauth_pipelining = no${v.explicit ? '' : `, the default of Postfix ${targetName(model)}`}); clients that do this are nearly always spam software. ${support === 'full' ? 'Remove the setting (3.9 and later default to yes).' : 'Set it to yes.'}`;
      out.push(at(loc, message, severity, fix(support === 'full' ? 'Remove the setting' : 'Set smtpd_forbid_unauth_pipelining = yes', [edit])));
    }
    return dedupe(out);
  },
};
