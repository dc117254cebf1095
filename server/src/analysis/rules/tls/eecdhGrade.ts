/**
 * catalogue | rule
 * TLS020    | tls-eecdh-grade (`none` on 2.6-3.5: ECDHE off)
 * TLS021    | tls-eecdh-grade (`strong`/`ultra` on 3.2-3.5; any value from 3.6, where it is ignored)
 *
 * One parameter, one fix (delete the line; on 2.6-2.7 set `strong` instead of `none`).
 */
import { atLeast } from '../../../data/versions';
import { explicitSettings, lower, prefixedNames } from '../../tls/context';
import { deleteSetting, fix, replaceValue } from '../../tls/edits';
import { FindingSet } from '../../tls/report';
import type { Rule } from '../../types';

const GRADES = prefixedNames(['tls_eecdh_grade'], ['smtpd', 'tlsproxy', 'postscreen']);

export const tlsEecdhGrade: Rule = {
  id: 'tls-eecdh-grade',
  defaultSeverity: 'warning',
  description: 'smtpd_tls_eecdh_grade: `none` turns ECDHE off (2.6-3.5), `strong`/`ultra` pin one curve (3.2-3.5), and any value is ignored from 3.6.',
  check({ model }) {
    const found = new FindingSet(model);
    const t = model.target;
    if (!atLeast(t, '2.6')) return [];
    for (const s of explicitSettings(model, GRADES)) {
      const v = lower(s.value);
      const remove = deleteSetting(model, s);
      if (atLeast(t, '3.6')) {
        const warned = atLeast(t, '3.9');
        found.addAt(s, {
          severity: 'info',
          tags: warned ? ['unnecessary', 'deprecated'] : ['unnecessary'],
          message: `${s.name} is ignored since Postfix 3.6: the curves are always negotiated automatically (tls_eecdh_auto_curves).${warned ? ' postconf 3.9 and later warn about it.' : ''} Delete the line.`,
          fixes: fix(`Delete ${s.name}`, [remove], true, true),
        });
      } else if (v === 'none') {
        const old = !atLeast(t, '2.8');
        found.addAt(s, {
          message: `${s.name} = none turns ECDHE off, so TLS 1.2 and older sessions lose their main forward-secret key exchange. ${old ? "Set 'strong' (Postfix 2.6 and 2.7 default to none)." : `Delete the line (the default is '${atLeast(t, '3.2') ? 'auto' : 'strong'}').`}`,
          fixes: old ? fix(`Set ${s.name} to strong`, [replaceValue(s, 'strong')], false, true) : fix(`Delete ${s.name}`, [remove], false, true),
        });
      } else if ((v === 'strong' || v === 'ultra') && atLeast(t, '3.2')) {
        found.addAt(s, {
          message:
            `${s.name} = ${v} pins a single curve. From Postfix 3.2 with OpenSSL 1.0.2 or later the default 'auto' negotiates the best curve both sides support ` +
            `(tls_eecdh_auto_curves); an explicit grade is deprecated. Delete the line.`,
          fixes: fix(`Delete ${s.name}`, [remove], false, true),
        });
      }
    }
    return found.list();
  },
};
