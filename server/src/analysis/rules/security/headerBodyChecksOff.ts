/**
 * Catalogue SEC067 (2.5) [care]: receive_override_options with no_header_body_checks in main.cf
 * or on a first-hop receiver (port-25 smtpd, submission, pickup): it also switches off the
 * stray CR/LF replacement. Fine on an after-filter reinjection service.
 */
import { serviceRole } from '../../../model/services';
import { isReinjection, roleSeverity } from '../../security/context';
import { splitList } from '../../security/words';
import type { Rule } from '../../types';
import { at, writtenSettings } from './common';

export const headerBodyChecksOff: Rule = {
  id: 'header-body-checks-off',
  defaultSeverity: 'warning',
  description: 'receive_override_options = no_header_body_checks on a first-hop receiver (or in main.cf) also disables stray CR/LF replacement.',
  check(ctx) {
    const { model } = ctx;
    const severity = roleSeverity(ctx, 'SEC067', 'warning', true);
    if (!severity) return [];
    return writtenSettings(model, 'receive_override_options').flatMap((w) => {
      if (!splitList(w.value).some((x) => x.toLowerCase() === 'no_header_body_checks')) return [];
      if (w.service) {
        const role = serviceRole(w.service);
        const firstHop = role === 'mx' || role === 'submission' || role === 'submissions' || w.service.command === 'pickup';
        if (!firstHop || isReinjection(model, w.service)) return [];
      }
      const where = w.service ? `on '${w.service.name}', which receives mail first-hand` : 'in main.cf, where it applies to every service';
      return [at(w.loc, `no_header_body_checks ${where}, skips header and body checks and also the replacement of stray <CR>/<LF>, so smuggled content passes. Set it only on the loopback reinjection service after a content filter, where the first pass already checked the mail.`, severity)];
    });
  },
};
