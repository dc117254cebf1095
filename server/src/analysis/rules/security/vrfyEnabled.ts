/**
 * Catalogue SEC042 (2.4) [care]: the VRFY command is enabled (disable_vrfy_command = no, the
 * default) on an Internet-facing receiver, so outsiders can harvest addresses. The default
 * alone is reported only when the host role is internet-mx.
 */
import { defaultAnchor, dedupe, hostRole, port25Receivers, roleSeverity } from '../../security/context';
import { setMainParameter, setServiceOverride } from '../../security/edits';
import { isYes, settingAt, valueText } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at, fix, labelFirst } from './common';

export const vrfyEnabled: Rule = {
  id: 'vrfy-enabled',
  defaultSeverity: 'hint',
  description: 'VRFY is enabled on the Internet-facing receiver: outsiders can probe for valid addresses.',
  check(ctx) {
    const { model } = ctx;
    const severity = roleSeverity(ctx, 'SEC042', 'hint', true);
    if (!severity) return [];
    const out: Finding[] = [];
    for (const r of port25Receivers(ctx)) {
      if (isYes(valueText(model, 'disable_vrfy_command', r.service))) continue;
      const written = settingAt(model, 'disable_vrfy_command', r.service);
      if (!written && hostRole(ctx) !== 'internet-mx') continue;
      const loc = written ?? defaultAnchor(model, r.service);
      const edit = r.service?.overrides.has('disable_vrfy_command') ? setServiceOverride(model, r.service, 'disable_vrfy_command', 'yes') : setMainParameter(model, 'disable_vrfy_command', 'yes');
      out.push(at(loc, `${labelFirst(r)} answers VRFY (disable_vrfy_command = no${written ? '' : ', the default'}): anyone can ask whether an address exists and harvest valid ones. Set disable_vrfy_command = yes unless internal tools rely on VRFY.`, severity, fix('Set disable_vrfy_command = yes', [edit])));
    }
    return dedupe(out);
  },
};
