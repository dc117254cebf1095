/**
 * catalogue | rule
 * TLS081    | tls-config-file
 *
 * On releases with tls_config_file (3.9, and 3.8.1, 3.7.6, 3.6.10, 3.5.20) and TLS in use, the
 * file is unset or `default`: the system openssl.cnf applies, and an over-strict distribution
 * policy can break opportunistic TLS and push mail to plaintext. Postfix recommends `none`
 * with OpenSSL 1.1.1b or later. A hint; the fix is not safe (older OpenSSL disables TLS).
 */
import { clientContexts, clientTls, lower, serverContexts, serverTls, setting } from '../../tls/context';
import { fix, setMain, replaceValue } from '../../tls/edits';
import { hasFeature } from '../../tls/releases';
import { FindingSet, mainFileSite, settingSite } from '../../tls/report';
import type { Rule } from '../../types';

export const tlsConfigFile: Rule = {
  id: 'tls-config-file',
  defaultSeverity: 'hint',
  description: 'tls_config_file is unset or default (3.9+): an over-strict system openssl.cnf can break opportunistic TLS.',
  check({ model }) {
    const found = new FindingSet(model);
    if (!hasFeature(model.target, '3.9', ['3.5.20', '3.6.10', '3.7.6', '3.8.1'])) return [];
    if (!model.main) return [];
    const s = setting(model, 'tls_config_file');
    if (!['', 'default'].includes(lower(s.value))) return [];
    const server = serverContexts(model).map((c) => serverTls(model, c.service)).find((t) => t.enabled);
    const client = clientContexts(model).map((c) => clientTls(model, c)).find((t) => t.level !== 'none');
    if (!server && !client) return [];
    const cause = [server?.levelSetting, client?.levelSetting].find((c) => c?.source === 'main');
    const site = settingSite(model, s) ?? (cause && settingSite(model, cause)) ?? mainFileSite();
    found.add(site, {
      message:
        `tls_config_file is ${s.source === 'default' ? 'not set' : `'${s.value}'`}, so Postfix's TLS follows the system-wide OpenSSL configuration; an over-strict distribution policy ` +
        `there can break opportunistic TLS and push mail to plaintext. Postfix recommends tls_config_file = none when built with OpenSSL 1.1.1b or later.`,
      fixes: fix('Set tls_config_file = none', [s.source === 'main' ? replaceValue(s, 'none') : setMain(model, 'tls_config_file', 'none')], false, true),
    });
    return found.list();
  },
};
