/**
 * catalogue | rule
 * TLS110    | tls-certificate-chain (file check)
 *
 * The server's certificate chain: only the server certificate with no intermediate (unless it
 * is self-signed), or certificates out of order (each must be followed by its issuer), for the
 * legacy certificate files and for each key's chain in smtpd_tls_chain_files. A chain file that
 * starts with a certificate instead of a key is refused by Postfix outright (error).
 */
import type { X509Certificate } from 'node:crypto';
import { PemReader, serverCredentials } from '../../tls/certFiles';
import { selfSigned, type PemObject } from '../../tls/pem';
import { FindingSet } from '../../tls/report';
import type { Rule } from '../../types';

/** What is wrong with a chain that starts with the server certificate, or undefined. */
export function chainProblem(certs: X509Certificate[], where: string): string | undefined {
  if (certs.length === 0) return undefined;
  if (certs.length === 1) {
    if (selfSigned(certs[0])) return undefined;
    return (
      `${where} holds only the server certificate, without the intermediate certificates that link it to a trusted root. Clients that verify ` +
      `(verify/secure peers, DANE with trust-anchor records, MTA-STS) cannot build the chain. Append the intermediates after the server certificate` +
      ` (unless the issuer is a root that every verifying client already trusts).`
    );
  }
  for (let i = 0; i + 1 < certs.length; i++) {
    if (certs[i].checkIssued(certs[i + 1])) continue;
    return (
      `${where} lists its certificates out of order: certificate ${i + 2} did not issue certificate ${i + 1}. The server certificate must come first, ` +
      `each one followed by the certificate that issued it, or verifying clients cannot build the chain.`
    );
  }
  return undefined;
}

function certsOf(objects: PemObject[]): X509Certificate[] | undefined {
  const certs: X509Certificate[] = [];
  for (const o of objects) {
    if (o.kind !== 'cert') continue;
    if (!o.cert) return undefined;
    certs.push(o.cert);
  }
  return certs;
}

export const tlsCertificateChain: Rule = {
  id: 'tls-certificate-chain',
  defaultSeverity: 'warning',
  description: 'The server certificate chain has no intermediates, is out of order, or a chain file does not start with its key (read from disk in trusted workspaces and by postfix-lint).',
  check({ model, settings }) {
    const found = new FindingSet(model);
    const reader = new PemReader(settings);
    if (!reader.enabled) return [];
    const { pairs, chains } = serverCredentials(model);
    for (const { cert } of pairs) {
      const objects = reader.read(cert.path);
      const certs = objects && certsOf(objects);
      const problem = certs && chainProblem(certs, cert.path);
      if (problem) found.add(cert.site, { message: problem });
    }
    for (const chain of chains) {
      const all: PemObject[] = [];
      let complete = true;
      for (const path of chain.paths) {
        const objs = reader.read(path);
        if (objs) all.push(...objs.filter((o) => o.kind === 'key' || o.kind === 'cert'));
        else complete = false;
      }
      if (!complete || all.length === 0) continue;
      if (all[0].kind !== 'key') {
        found.add(chain.site, {
          severity: 'error',
          message: `${chain.paths[0]} starts with a certificate, but smtpd_tls_chain_files needs each private key first, followed by its certificate and chain: Postfix refuses the file and runs without TLS.`,
        });
        continue;
      }
      const groups: PemObject[][] = [];
      for (const o of all) (o.kind === 'key' ? groups.push([]) : groups[groups.length - 1].push(o));
      for (const group of groups) {
        const certs = certsOf(group);
        const problem = certs && chainProblem(certs, `The chain in ${chain.setting.name}`);
        if (problem) {
          found.add(chain.site, { message: problem });
          break;
        }
      }
    }
    return found.list();
  },
};
