/**
 * Catalogue SEC095 (2.8): an smtpd inet service set up as a content filter's reinjection
 * listener (empty content_filter, receive_override_options, xforward hosts, loopback-only
 * mynetworks) that listens on all addresses and lets clients outside mynetworks deliver: they
 * skip the filter and the checks. Port 25 and submission services are not judged.
 */
import { serviceRole } from '../../../model/services';
import { outsiderAtService } from '../../restrictions/outsider';
import { hasReinjectionOverrides, isLoopbackBound, serviceAnchor } from '../../security/context';
import type { Finding, Rule } from '../../types';
import { at, fix } from './common';

export const afterFilterExposed: Rule = {
  id: 'after-filter-exposed',
  defaultSeverity: 'warning',
  description: 'A content-filter reinjection smtpd listening on all addresses without turning away outsiders: they bypass the filter and the checks.',
  check({ model }) {
    const out: Finding[] = [];
    for (const s of model.services) {
      if (!s.service.valid || s.command !== 'smtpd' || s.type !== 'inet' || serviceRole(s) !== 'other-smtpd') continue;
      if (isLoopbackBound(s) || !hasReinjectionOverrides(model, s)) continue;
      // Protected when its lists turn away clients outside mynetworks (permit_mynetworks, reject).
      if (outsiderAtService(model, s) !== 'accept') continue;
      const anchor = serviceAnchor(s);
      const bound = s.name.includes(':') ? s.name.replace(/^.*:/, '127.0.0.1:') : `127.0.0.1:${s.name}`;
      out.push(
        at(anchor, `'${s.name}' looks like the reinjection listener of a content filter (it turns off filtering or checks), but it listens on every address: anyone who reaches the port can hand in mail that skips the filter and the spam checks. Bind it to loopback, e.g. ${bound} inet n - n - - smtpd.`, undefined, fix(`Listen on ${bound} only`, [{ ...anchor, newText: bound }])),
      );
    }
    return out;
  },
};
