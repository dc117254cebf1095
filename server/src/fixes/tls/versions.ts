/**
 * The release facts that decide what forward secrecy needs on a given Postfix release
 * (../shared/design/tls-rules.md sections 1 and 3). Where the OpenSSL version matters, the
 * usual build of that era is assumed: OpenSSL 1.0.2 or later from Postfix 3.2, OpenSSL 3
 * with Postfix 3.7 and later.
 */
import { atLeast, compareVersions, type Version } from '../../data/versions';

/**
 * True for releases with the July 2015 TLS defaults (a 2048-bit built-in DH prime, no SSLv2/3,
 * opportunistic cipher grade medium): 2.9.14, 2.10.8, 2.11.6, 3.0.2 and later in their lines.
 * A target written X.Y means the newest patch release of that line.
 */
export function hasJuly2015Defaults(t: Version): boolean {
  const patched: Record<string, number> = { '2.9': 14, '2.10': 8, '2.11': 6, '3.0': 2 };
  const line = `${t[0]}.${t[1]}`;
  if (line in patched) return compareVersions(t, [t[0], t[1], patched[line]]) >= 0;
  return atLeast(t, '3.1');
}

/** Forward secrecy settings exist from 2.3 (security levels); older releases are out of scope. */
export const supportsLevels = (t: Version) => atLeast(t, '2.3');
/** smtpd_tls_protocols, smtp_tls_protocols and the opportunistic cipher grades exist from 2.6. */
export const hasOpportunisticLists = (t: Version) => atLeast(t, '2.6');
/** ECDHE is off unless smtpd_tls_eecdh_grade is set on 2.6 and 2.7. */
export const eecdhOffByDefault = (t: Version) => atLeast(t, '2.6') && !atLeast(t, '2.8');
/** smtpd_tls_eecdh_grade is read from 2.6 to 3.5. */
export const eecdhGradeRead = (t: Version) => atLeast(t, '2.6') && !atLeast(t, '3.6');
/** From 3.2 the default grade `auto` negotiates curves; an explicit grade pins one. */
export const eecdhAutoDefault = (t: Version) => atLeast(t, '3.2');
/** `>=TLSv1.2` range syntax in protocol lists; also OpenSSL 1.1.1 required (X25519 always there). */
export const rangeSyntax = (t: Version) => atLeast(t, '3.6');
/** From 3.8 the export and low grades (and their cipher lists) are treated as medium. */
export const weakGradesIgnored = (t: Version) => atLeast(t, '3.8');
/** From 3.7 (with OpenSSL 3) OpenSSL picks the DH group; a custom DH file is not wanted. */
export const dhFileUnwanted = (t: Version) => atLeast(t, '3.7');
/** From 3.11 (with OpenSSL 3.5) the built-in group list includes the post-quantum hybrid. */
export const groupListsBuiltinBest = (t: Version) => atLeast(t, '3.11');
/** tls_eecdh_auto_curves exists from 3.2, tls_ffdhe_auto_groups from 3.8. */
export const hasCurveList = (t: Version) => atLeast(t, '3.2');
export const hasFfdheList = (t: Version) => atLeast(t, '3.8');
/**
 * Both group lists may be emptied together to hand the choice to OpenSSL's configuration:
 * 3.10, and the patch releases 3.6.17, 3.7.13, 3.8.8 and 3.9.2.
 */
export function groupHandoff(t: Version): boolean {
  const backports: Record<string, number> = { '3.6': 17, '3.7': 13, '3.8': 8, '3.9': 2 };
  const line = `${t[0]}.${t[1]}`;
  if (line in backports) return compareVersions(t, [t[0], t[1], backports[line]]) >= 0;
  return atLeast(t, '3.10');
}
/** From 3.6 the export DH parameter files are ignored. */
export const dh512Ignored = (t: Version) => atLeast(t, '3.6');

/**
 * Built-in defaults of the TLS settings forward secrecy depends on, by release, where the
 * parameter facts are coarser than the patch releases (tls-rules.md section 1).
 */
export function releaseDefault(name: string, t: Version): string | undefined {
  const july = hasJuly2015Defaults(t);
  const modern = atLeast(t, '3.6');
  const early210 = atLeast(t, '2.10') && !july;
  switch (name) {
    case 'smtpd_tls_protocols':
      return modern ? '>=TLSv1' : july ? '!SSLv2, !SSLv3' : '';
    case 'smtp_tls_protocols':
      return modern ? '>=TLSv1' : july ? '!SSLv2, !SSLv3' : '!SSLv2';
    case 'smtpd_tls_mandatory_protocols':
    case 'smtp_tls_mandatory_protocols':
      return modern ? '>=TLSv1' : july ? '!SSLv2, !SSLv3' : early210 ? '!SSLv2' : 'SSLv3, TLSv1';
    case 'smtpd_tls_ciphers':
    case 'smtp_tls_ciphers':
    case 'lmtp_tls_ciphers':
      return july ? 'medium' : 'export';
    case 'smtpd_tls_eecdh_grade':
      return eecdhOffByDefault(t) ? 'none' : eecdhAutoDefault(t) ? 'auto' : 'strong';
    default:
      return undefined;
  }
}
