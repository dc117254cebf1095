import { atLeast } from '../../data/versions';
import { deleteSetting } from '../edits';
import { valueReferences } from '../references';
import { allSettings } from '../settings';
import { ignoredSince, isIgnoredIn } from '../status';
import type { Finding, Rule } from '../types';

/** A parameter the target release still accepts but no longer uses. */
export const ignoredParameter: Rule = {
  id: 'ignored-parameter',
  defaultSeverity: 'info',
  description: 'A parameter the target release accepts but ignores (e.g. `tls_eecdh_strong_curve`, `smtpd_tls_eecdh_grade` from 3.6): the setting has no effect.',
  // tls-eecdh-grade says the same of smtpd_tls_eecdh_grade, and why.
  yieldsTo: (other) => other.code === 'tls-eecdh-grade',
  check(ctx) {
    const { model } = ctx;
    const out: Finding[] = [];
    for (const s of allSettings(model)) {
      const fact = s.fact;
      if (!fact || !isIgnoredIn(fact, model.target)) continue;
      const since = ignoredSince(fact)!;
      const warns = fact.status === 'deprecated' && atLeast(model.target, '3.9') ? ' postconf 3.9 and later also warn when it is set.' : '';
      out.push({
        file: s.file,
        start: s.start,
        end: s.end,
        message: `Postfix ${since} and later ignore ${s.name}, so this setting has no effect.${warns} Remove it.`,
        tags: ['unnecessary'],
        fixes: [
          {
            title: `Remove ${s.name} (ignored since Postfix ${since})`,
            edits: [deleteSetting(model, s)],
            // Safe unless another value still expands it as $name.
            safe: !valueReferences(model).has(s.name),
            preferred: true,
          },
        ],
      });
    }
    return out;
  },
};
