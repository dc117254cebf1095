/**
 * catalogue | rule
 * TLS108    | tls-private-key-file (file check)
 *
 * A server private key (smtpd_tls_key_file and its EC/DSA variants, defaulting to the
 * certificate file, or a key inside smtpd_tls_chain_files) that is protected by a passphrase
 * (Postfix cannot ask for it: TLS fails) or readable by others (error) or its group (warning).
 * Needs file access (settings.readFile, settings.statFile); unknown files give no finding.
 */
import { PemReader, serverCredentials } from '../../tls/certFiles';
import { FindingSet, type Site } from '../../tls/report';
import type { Rule } from '../../types';

export const tlsPrivateKeyFile: Rule = {
  id: 'tls-private-key-file',
  defaultSeverity: 'error',
  description: 'The server private key file is passphrase-protected, or readable by group or others (read from disk in trusted workspaces and by postfix-lint).',
  check({ model, settings }) {
    const found = new FindingSet(model);
    const reader = new PemReader(settings);
    if (!reader.enabled) return [];
    const { pairs, chains } = serverCredentials(model);
    const files: { path: string; site: Site }[] = [
      ...pairs.map((p) => ({ path: p.key.path, site: p.key.site })),
      ...chains.flatMap((c) => c.paths.map((path) => ({ path, site: c.site }))),
    ];
    for (const { path, site } of files) {
      const keys = reader.read(path)?.filter((o) => o.kind === 'key');
      if (!keys || keys.length === 0) continue;
      if (keys.some((k) => k.kind === 'key' && k.encrypted)) {
        found.add(site, {
          message:
            `The private key in ${path} is protected by a passphrase. Postfix cannot ask for one, so the server cannot load the key and TLS fails. ` +
            `Store the key without a passphrase (for example openssl pkey -in OLD -out NEW) and protect it with file permissions instead (chmod 600, owned by root).`,
        });
        continue;
      }
      const st = settings.statFile?.(path);
      if (!st) continue;
      const mode = (st.mode & 0o777).toString(8).padStart(3, '0');
      const world = (st.mode & 0o004) !== 0;
      if (!world && (st.mode & 0o040) === 0) continue;
      found.add(site, {
        severity: world ? 'error' : 'warning',
        message:
          `The private key in ${path} is readable by ${world ? 'every user' : 'its group'} (mode ${mode}). Postfix reads keys as root before it drops privileges, so nobody else needs access, ` +
          `and a key that leaks lets others impersonate this server. Run chmod 600 ${path} and make root its owner.`,
      });
    }
    return found.list();
  },
};
