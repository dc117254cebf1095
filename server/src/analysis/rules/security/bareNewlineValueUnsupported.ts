/**
 * Catalogue SEC061 (2.5): smtpd_forbid_bare_newline = normalize/reject/note on a release where
 * it is still a yes/no boolean (3.5.23, 3.6.13, 3.7.9, 3.8.4), or `note` before 3.9. `info` while
 * the release is only assumed.
 */
import { roleSeverity, targetName } from '../../security/context';
import { bareNewlineSupport } from '../../security/smuggling';
import type { Rule, SeverityName } from '../../types';
import { at, writtenSettings } from './common';

export const bareNewlineValueUnsupported: Rule = {
  id: 'bare-newline-value-unsupported',
  defaultSeverity: 'error',
  description: 'A smtpd_forbid_bare_newline value the release does not know (normalize/reject on the first backports, note before 3.9).',
  check(ctx) {
    const { model } = ctx;
    const support = bareNewlineSupport(model.target);
    if (support === 'none' || support === 'full') return [];
    const base: SeverityName = model.targetAssumed ? 'info' : 'error';
    return writtenSettings(model, 'smtpd_forbid_bare_newline').flatMap((w) => {
      const v = w.value.toLowerCase();
      const bad = support === 'boolean' ? ['normalize', 'reject', 'note'].includes(v) : v === 'note';
      const severity = roleSeverity(ctx, 'SEC061', base);
      if (!bad || !severity) return [];
      const known = support === 'boolean' ? 'only yes or no' : 'yes, no, normalize or reject (note needs 3.9)';
      return [at(w.valueLoc, `Postfix ${targetName(model)} accepts ${known} for smtpd_forbid_bare_newline, not '${w.value}': the value is invalid there and smtpd is likely to stop with a configuration error. Use yes, or upgrade.`, severity)];
    });
  },
};
