/**
 * catalogue | rule
 * TLS109    | tls-key-cert-mismatch (file check)
 *
 * A server certificate whose public key is not the one of its private key: the first
 * certificate of a legacy cert file against the first key of its key file (anywhere in the file
 * when both are one file), and in smtpd_tls_chain_files each key against the certificate that
 * follows it. smtpd then disables TLS. Passphrase-protected keys are tls-private-key-file's.
 */
import { atLeast } from '../../../data/versions';
import { PemReader, serverCredentials } from '../../tls/certFiles';
import type { PemObject } from '../../tls/pem';
import { FindingSet } from '../../tls/report';
import type { Rule } from '../../types';

export const tlsKeyCertMismatch: Rule = {
  id: 'tls-key-cert-mismatch',
  defaultSeverity: 'error',
  description: 'The server certificate does not match its private key; smtpd then turns TLS off (read from disk in trusted workspaces and by postfix-lint).',
  check({ model, settings }) {
    const found = new FindingSet(model);
    const reader = new PemReader(settings);
    if (!reader.enabled) return [];
    const { pairs, chains } = serverCredentials(model);
    const chainAdvice = atLeast(model.target, '3.4') ? '; one smtpd_tls_chain_files file (the key, then its certificate and chain) keeps them together during renewals' : '';
    for (const { cert, key } of pairs) {
      const certObj = reader.read(cert.path)?.find((o) => o.kind === 'cert');
      const keyObj = reader.read(key.path)?.find((o) => o.kind === 'key');
      if (!certObj || certObj.kind !== 'cert' || !keyObj || keyObj.kind !== 'key' || !certObj.spki || !keyObj.spki) continue;
      if (certObj.spki.equals(keyObj.spki)) continue;
      const separate = key.site.start !== cert.site.start || key.site.file !== cert.site.file;
      found.add(cert.site, {
        message:
          `The certificate in ${cert.path} (${cert.setting.name}) does not match the private key in ${key.path}: smtpd logs the mismatch and runs without TLS. ` +
          `Point both settings at files that belong together${chainAdvice}.`,
        related: separate ? [{ ...key.site, message: 'the private key is named here' }] : [],
      });
    }
    for (const chain of chains) {
      const objects: { o: PemObject; path: string }[] = [];
      let complete = true;
      for (const path of chain.paths) {
        const objs = reader.read(path);
        if (!objs) complete = false;
        else objects.push(...objs.map((o) => ({ o, path })));
      }
      if (!complete) continue;
      let keyNumber = 0;
      for (let i = 0; i < objects.length; i++) {
        const { o, path } = objects[i];
        if (o.kind !== 'key') continue;
        keyNumber++;
        const next = objects[i + 1]?.o;
        if (o.encrypted || !o.spki || !next || next.kind !== 'cert' || !next.spki || next.spki.equals(o.spki)) continue;
        found.add(chain.site, {
          message: `Key number ${keyNumber} (in ${path}) does not match the certificate that follows it: smtpd fails to load the chain and runs without TLS. Each key must be followed by its own certificate.`,
        });
        break;
      }
    }
    return found.list();
  },
};
