/** Key-exchange group lists (`tls_eecdh_auto_curves`, `tls_ffdhe_auto_groups`). */
import type { Version } from '../../data/versions';
import { hasFeature } from './releases';

/** Group names, with OpenSSL's `?` (ignore if unknown) prefix removed. */
export function groupNames(value: string): string[] {
  return value
    .split(/[\s,:]+/)
    .filter((g) => g.length > 0)
    .map((g) => g.replace(/^\?/, ''));
}

/** True when a curve list includes both X25519 and P-256 (or OpenSSL's DEFAULT list). */
export function hasRequiredCurves(names: string[]): boolean {
  const lower = names.map((n) => n.toLowerCase());
  if (lower.includes('default')) return true;
  return lower.includes('x25519') && ['prime256v1', 'p-256', 'secp256r1'].some((p) => lower.includes(p));
}

/** Emptying both lists to leave group choice to openssl.cnf: 3.10, 3.9.2, 3.8.8, 3.7.13, 3.6.17. */
export function supportsEmptyGroups(target: Version): boolean {
  return hasFeature(target, '3.10', ['3.6.17', '3.7.13', '3.8.8', '3.9.2']);
}
