/**
 * Catalogue SEC060 (2.5): the port-25 receiver accepts a bare <LF> as end of line
 * (smtpd_forbid_bare_newline = no, set or the default of the backports before 3.9), which lets
 * SMTP smuggling through. On releases without the parameter, an `info` to upgrade.
 */
import { dedupe, defaultAnchor, port25Receivers, roleSeverity, targetName } from '../../security/context';
import { setMainParameter, setServiceOverride } from '../../security/edits';
import { bareNewlineSupport, smugglingValue } from '../../security/smuggling';
import { settingAt } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at, fix, labelFirst } from './common';

export const bareNewlineOff: Rule = {
  id: 'bare-newline-off',
  defaultSeverity: 'warning',
  description: 'The port-25 receiver accepts bare <LF> line endings (smtpd_forbid_bare_newline = no): inbound SMTP smuggling.',
  check(ctx) {
    const { model } = ctx;
    const support = bareNewlineSupport(model.target);
    const out: Finding[] = [];
    for (const r of port25Receivers(ctx)) {
      if (support === 'none') {
        const severity = roleSeverity(ctx, 'SEC060', 'info');
        if (severity) out.push(at(defaultAnchor(model, r.service), `Postfix ${targetName(model)} has no smtpd_forbid_bare_newline: ${r.label} accepts bare <LF> line endings, which allows inbound SMTP smuggling. Upgrade to 3.9, or at least 3.5.24, 3.6.14, 3.7.10 or 3.8.5.`, severity));
        continue;
      }
      const v = smugglingValue(model, 'smtpd_forbid_bare_newline', r.service);
      if (v.value !== 'no') continue;
      // A default that depends on the exact release is only as certain as the release.
      const severity = roleSeverity(ctx, 'SEC060', !v.explicit && model.targetAssumed ? 'info' : 'warning');
      if (!severity) continue;
      const value = support === 'boolean' ? 'yes' : 'normalize';
      const loc = settingAt(model, 'smtpd_forbid_bare_newline', r.service) ?? defaultAnchor(model, r.service);
      const note = support === 'boolean' ? ' (on this release yes disconnects such clients)' : ', with smtpd_forbid_bare_newline_exclusions = $mynetworks';
      const message = `${labelFirst(r)} accepts a bare <LF> as end of line (smtpd_forbid_bare_newline = no${v.explicit ? '' : `, the default of Postfix ${targetName(model)}`}), which lets a sender smuggle a second message past this server's checks. Set smtpd_forbid_bare_newline = ${value}${note}.`;
      const edit = r.service?.overrides.has('smtpd_forbid_bare_newline') ? setServiceOverride(model, r.service, 'smtpd_forbid_bare_newline', value) : setMainParameter(model, 'smtpd_forbid_bare_newline', value);
      out.push(at(loc, message, severity, fix(`Set smtpd_forbid_bare_newline = ${value}`, [edit])));
    }
    return dedupe(out);
  },
};
