/**
 * Catalogue SEC072 (2.6): postscreen offers STARTTLS (postscreen_tls_security_level, by default
 * $smtpd_tls_security_level, is may or encrypt; or the older postscreen_use_tls/enforce_tls) but
 * master.cf has no tlsproxy service, which implements it. How exactly it fails was not tested.
 */
import { insertAfterService } from '../../edits';
import { isYes, settingAt, valueText } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at, fix } from './common';
import { hasUnixService, postscreens } from './postscreenCommon';

export const postscreenNoTlsproxy: Rule = {
  id: 'postscreen-no-tlsproxy',
  defaultSeverity: 'warning',
  description: 'postscreen with TLS enabled but no tlsproxy service in master.cf.',
  check({ model }) {
    const out: Finding[] = [];
    for (const p of postscreens(model)) {
      const level = valueText(model, 'postscreen_tls_security_level', p.service).toLowerCase();
      const tls = level === 'may' || level === 'encrypt' || isYes(valueText(model, 'postscreen_use_tls', p.service)) || isYes(valueText(model, 'postscreen_enforce_tls', p.service));
      if (!tls) continue;
      const name = valueText(model, 'tlsproxy_service_name', p.service) || 'tlsproxy';
      if (hasUnixService(model, name, 'tlsproxy')) continue;
      const line = `${name.padEnd(9)} unix  -       -       n       -       0       tlsproxy`;
      const f = p.service.service.fields[7];
      const loc = settingAt(model, 'postscreen_tls_security_level', p.service) ?? { file: 'master' as const, start: f.start, end: f.end };
      out.push(at(loc, `postscreen offers STARTTLS (TLS level ${level || 'from postscreen_use_tls'}), but master.cf has no '${name} unix ... tlsproxy' service, which does postscreen's TLS: clients that start TLS fail. Add '${line.replace(/ +/g, ' ')}'.`, undefined, fix(`Add the ${name} service`, [insertAfterService(model.master!, p.pass ?? p.service, line)])));
    }
    return out;
  },
};
