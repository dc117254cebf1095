/** Catalogue SEC051 (2.4): soft_bounce = yes in main.cf, or on the port-25/postscreen service: a testing safety net left on delays real bounces for days. */
import { serviceRole } from '../../../model/services';
import { deleteMainParameter, removeServiceOverride } from '../../security/edits';
import { isYes } from '../../security/words';
import type { Rule } from '../../types';
import { at, fix, writtenSettings } from './common';

export const softBounceOn: Rule = {
  id: 'soft-bounce-on',
  defaultSeverity: 'warning',
  description: 'soft_bounce = yes left on: every 5xx becomes 4xx and real bounces wait for days.',
  check({ model }) {
    return writtenSettings(model, 'soft_bounce').flatMap((w) => {
      if (!isYes(w.value)) return [];
      if (w.service && !['mx', 'postscreen'].includes(serviceRole(w.service))) return [];
      const edit = w.service ? removeServiceOverride(model, w.service, 'soft_bounce') : deleteMainParameter(model, 'soft_bounce');
      return [
        at(w.loc, 'soft_bounce = yes turns every permanent rejection into a temporary one and keeps undeliverable mail in the queue: senders wait days for bounces they should get at once. It is a safety net for testing; remove it once the configuration is done.', undefined, fix('Remove soft_bounce', [edit])),
      ];
    });
  },
};
