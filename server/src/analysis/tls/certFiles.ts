/**
 * The server's certificate and key files, as smtpd would load them for main.cf and for each
 * smtpd service that overrides them: smtpd_tls_chain_files (3.4+, which wins over the rest), or
 * the legacy RSA, ECDSA and DSA certificate/key pairs (a key file defaults to its certificate
 * file). Files are read only through the analysis settings; an unreadable file is unknown.
 */
import { atLeast } from '../../data/versions';
import type { ConfigModel, ServiceModel } from '../../model/config';
import type { AnalysisSettings } from '../types';
import { lower, setting, type Setting } from './context';
import { readPem, type PemObject } from './pem';
import { settingSite, type Site } from './report';

export const MAX_PEM_BYTES = 1024 * 1024;

export interface FileRef {
  path: string;
  setting: Setting;
  site: Site;
}

export interface LegacyPair {
  kind: 'RSA' | 'ECDSA' | 'DSA';
  cert: FileRef;
  key: FileRef;
}

export interface ChainRef {
  setting: Setting;
  site: Site;
  paths: string[];
}

const PAIRS = [
  ['RSA', 'smtpd_tls_cert_file', 'smtpd_tls_key_file'],
  ['ECDSA', 'smtpd_tls_eccert_file', 'smtpd_tls_eckey_file'],
  ['DSA', 'smtpd_tls_dcert_file', 'smtpd_tls_dkey_file'],
] as const;
const NAMES = new Set<string>(['smtpd_tls_chain_files', ...PAIRS.flatMap(([, c, k]) => [c, k])]);

export function serverCredentials(model: ConfigModel): { pairs: LegacyPair[]; chains: ChainRef[] } {
  const pairs: LegacyPair[] = [];
  const chains: ChainRef[] = [];
  const seen = new Set<string>();
  const scopes: (ServiceModel | undefined)[] = [undefined];
  for (const s of model.services) {
    if (s.service.valid && s.command === 'smtpd' && [...s.overrides.keys()].some((n) => NAMES.has(n))) scopes.push(s);
  }
  for (const scope of scopes) {
    const chain = atLeast(model.target, '3.4') ? setting(model, 'smtpd_tls_chain_files', scope) : undefined;
    // With no main.cf we cannot tell whether chain files replace the legacy pairs.
    if (chain?.unknown && chain.value === '') continue;
    if (chain && chain.value !== '') {
      const site = settingSite(model, chain)!;
      const k = `chain:${site.file}:${site.start}`;
      if (!seen.has(k)) (seen.add(k), chains.push({ setting: chain, site, paths: chain.value.split(/[\s,]+/).filter((p) => p !== '') }));
      continue;
    }
    for (const [kind, certName, keyName] of PAIRS) {
      const cert = setting(model, certName, scope);
      const certSite = settingSite(model, cert);
      if (!certSite || cert.value === '' || lower(cert.value) === 'none') continue;
      const key = setting(model, keyName, scope);
      if (key.unknown) continue;
      const keySite = settingSite(model, key) ?? certSite;
      const k = `pair:${certSite.file}:${certSite.start}:${keySite.file}:${keySite.start}`;
      if (seen.has(k)) continue;
      seen.add(k);
      pairs.push({ kind, cert: { path: cert.value, setting: cert, site: certSite }, key: { path: key.value || cert.value, setting: key, site: keySite } });
    }
  }
  return { pairs, chains };
}

/** Reads and parses PEM files once per analysis; undefined for files that cannot be read. */
export class PemReader {
  private readonly cache = new Map<string, PemObject[] | undefined>();

  constructor(private readonly settings: AnalysisSettings) {}

  get enabled(): boolean {
    return this.settings.readFile !== undefined;
  }

  read(path: string): PemObject[] | undefined {
    if (!this.settings.readFile || !path.startsWith('/')) return undefined;
    if (!this.cache.has(path)) {
      let objects: PemObject[] | undefined;
      try {
        const data = this.settings.readFile(path, MAX_PEM_BYTES);
        objects = data ? readPem(data) : undefined;
      } catch {
        objects = undefined;
      }
      this.cache.set(path, objects);
    }
    return this.cache.get(path);
  }
}
