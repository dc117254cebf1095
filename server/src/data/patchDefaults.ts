/**
 * Defaults that changed in patch releases of older lines, which the per-release history
 * (taken at each X.Y.0 tag) cannot show. Facts: ../shared/design/tls-rules.md section 1 (the
 * July 2015 releases that dropped SSLv3 and export-grade ciphers from the defaults).
 */
const JULY_2015 = ['2.9.14', '2.10.8', '2.11.6', '3.0.2'];

const at = (value: string): [string, string][] => JULY_2015.map((v) => [v, value]);

export const PATCH_DEFAULTS: Readonly<Record<string, readonly [string, string][]>> = {
  smtpd_tls_protocols: at('!SSLv2, !SSLv3'),
  smtpd_tls_mandatory_protocols: at('!SSLv2, !SSLv3'),
  smtp_tls_protocols: at('!SSLv2, !SSLv3'),
  smtp_tls_mandatory_protocols: at('!SSLv2, !SSLv3'),
  lmtp_tls_protocols: at('!SSLv2, !SSLv3'),
  lmtp_tls_mandatory_protocols: at('!SSLv2, !SSLv3'),
  smtpd_tls_ciphers: at('medium'),
  smtp_tls_ciphers: at('medium'),
  lmtp_tls_ciphers: at('medium'),
};

export function patchDefaults(name: string): readonly [string, string][] {
  return Object.prototype.hasOwnProperty.call(PATCH_DEFAULTS, name) ? PATCH_DEFAULTS[name] : [];
}
