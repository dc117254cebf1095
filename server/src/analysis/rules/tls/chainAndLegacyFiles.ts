/**
 * catalogue | rule
 * TLS073    | tls-chain-and-legacy-files
 *
 * smtpd_tls_chain_files is set, and so is a legacy certificate (cert, eccert or dcert file) for
 * the same servers: smtpd ignores the legacy files and logs a warning. The fix deletes the
 * legacy certificate line and its key line; it is safe when every server that reads them has
 * chain files (then nothing changes).
 */
import { atLeast } from '../../../data/versions';
import { explicitSettings, serverContexts, setting, type ExplicitSetting } from '../../tls/context';
import { deleteSetting, fix } from '../../tls/edits';
import { FindingSet, relatedTo } from '../../tls/report';
import type { ConfigModel } from '../../../model/config';
import type { Rule } from '../../types';

const KEY_OF: Record<string, string> = { smtpd_tls_cert_file: 'smtpd_tls_key_file', smtpd_tls_eccert_file: 'smtpd_tls_eckey_file', smtpd_tls_dcert_file: 'smtpd_tls_dkey_file' };
const CERTS = Object.keys(KEY_OF);

/** True when every server that reads this line (or main.cf, when no server does) has chain files. */
function ignoredEverywhere(model: ConfigModel, s: ExplicitSetting): boolean {
  const readers = serverContexts(model).filter((c) => {
    const e = setting(model, s.name, c.service);
    return s.source === 'main' ? e.source === 'main' : c.service === s.service;
  });
  if (readers.length === 0) return setting(model, 'smtpd_tls_chain_files', s.service).value !== '';
  return readers.every((c) => setting(model, 'smtpd_tls_chain_files', c.service).value !== '');
}

export const tlsChainAndLegacyFiles: Rule = {
  id: 'tls-chain-and-legacy-files',
  defaultSeverity: 'warning',
  description: 'smtpd_tls_chain_files and a legacy smtpd_tls_cert_file/eccert/dcert file are both set; the legacy files are ignored.',
  check({ model }) {
    const found = new FindingSet(model);
    if (!atLeast(model.target, '3.4')) return [];
    for (const s of explicitSettings(model, CERTS)) {
      if (s.value === '' || !ignoredEverywhere(model, s)) continue;
      const chain = setting(model, 'smtpd_tls_chain_files', s.service);
      const key = setting(model, KEY_OF[s.name], s.service);
      const sameScopeKey = key.source === s.source && key.service === s.service;
      found.addAt(s, {
        tags: ['unnecessary'],
        message: `${s.name} is ignored: smtpd_tls_chain_files is set too, and it takes precedence over the legacy certificate parameters (smtpd logs a warning). Delete the legacy lines.`,
        related: relatedTo(model, chain, 'smtpd_tls_chain_files is set here'),
        fixes: fix(`Delete ${s.name}${sameScopeKey ? ` and ${key.name}` : ''}`, [deleteSetting(model, s), ...(sameScopeKey ? [deleteSetting(model, key)] : [])], true, true),
      });
    }
    return found.list();
  },
};
