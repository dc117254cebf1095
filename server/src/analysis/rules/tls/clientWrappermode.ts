/**
 * catalogue | rule
 * TLS063    | tls-client-wrappermode-level
 *
 * A client in wrapper mode (`*_tls_wrappermode = yes`, 3.0+, for implicit-TLS submission to a
 * relay on port 465) at a level below encrypt: Postfix requires encrypt or stronger there.
 */
import { atLeast } from '../../../data/versions';
import { clientContexts, clientTls, CLIENT_MANDATORY_LEVELS, isYes, setting } from '../../tls/context';
import { fix, setIn } from '../../tls/edits';
import { FindingSet, settingSite } from '../../tls/report';
import type { Rule } from '../../types';

export const tlsClientWrappermode: Rule = {
  id: 'tls-client-wrappermode-level',
  defaultSeverity: 'warning',
  description: 'smtp_tls_wrappermode = yes (implicit TLS to a relay) with a security level below encrypt.',
  check({ model }) {
    const found = new FindingSet(model);
    if (!atLeast(model.target, '3.0')) return [];
    for (const ctx of clientContexts(model)) {
      const wrapper = setting(model, `${ctx.prefix}_tls_wrappermode`, ctx.service);
      const site = settingSite(model, wrapper);
      if (!site || !isYes(wrapper.value)) continue;
      const tls = clientTls(model, ctx);
      if ([...CLIENT_MANDATORY_LEVELS, 'dane', 'unknown'].includes(tls.level)) continue;
      const name = `${ctx.prefix}_tls_security_level`;
      found.add(site, {
        message: `${wrapper.name} = yes (implicit TLS, as for port 465) needs ${name} = encrypt or stronger, but the level is ${tls.level}. Set ${name} = encrypt for this transport.`,
        fixes: fix(`Set ${name} = encrypt`, [setIn(model, wrapper.service, name, 'encrypt')], false, true),
      });
    }
    return found.list();
  },
};
