/**
 * TLS protocol names as they appear in `*_tls_protocols` and `*_tls_mandatory_protocols`,
 * and the two list syntaxes, in our own words.
 */
export interface ProtocolDoc {
  text: string;
  /** Broken or deprecated: never enable it. */
  insecure?: boolean;
  /** First release that knows the name (older ones reject the list). */
  since?: string;
}

export const TLS_PROTOCOLS: Readonly<Record<string, ProtocolDoc>> = {
  SSLv2: { text: 'SSL 2.0: broken for decades and prohibited (RFC 6176); current OpenSSL cannot even offer it.', insecure: true },
  SSLv3: { text: 'SSL 3.0: broken (POODLE) and prohibited (RFC 7568); excluded by default since the July 2015 patch releases.', insecure: true },
  TLSv1: { text: 'TLS 1.0: deprecated by RFC 8996; still the default floor for opportunistic TLS, where the alternative is no encryption at all.' },
  'TLSv1.1': { text: 'TLS 1.1: deprecated by RFC 8996, like TLS 1.0.' },
  'TLSv1.2': { text: 'TLS 1.2: the sensible floor where TLS is mandatory, such as submission.' },
  'TLSv1.3': {
    text: 'TLS 1.3: the current version, with forward secrecy in every handshake. Postfix knows the name from 3.4 (and from the patch releases 3.0.14, 3.1.10, 3.2.7 and 3.3.2).',
    since: '3.4',
  },
};

export const PROTOCOL_SYNTAX = {
  exclusion: 'A name after `!` is excluded; a list of names without `!` enables just those. OpenSSL can only enable a contiguous range, so a gap (such as `!TLSv1.1` alone) silently turns off the newer versions too.',
  range: '`>=VERSION` and `<=VERSION` set the lowest and highest version (Postfix 3.6 and later); older releases do not understand them.',
};

export function protocolDoc(word: string): ProtocolDoc | undefined {
  return Object.prototype.hasOwnProperty.call(TLS_PROTOCOLS, word) ? TLS_PROTOCOLS[word] : undefined;
}
