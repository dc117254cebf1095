import type { ParamDocs } from './types';

/**
 * Our own reference text for Postfix TLS parameters (part 1 of the TLS set:
 * lmtp_*, openssl_path, postscreen_*, requiretls_* and smtp_* up to smtp_tls_verify_cert_match).
 * Written in our own words; recommendations follow /work/shared/design/tls-rules.md.
 */
export const docs: ParamDocs = {
  lmtp_enforce_tls: {
    summary: 'Deprecated boolean from the pre-2.3 TLS interface: when yes, the LMTP client insists on TLS for every delivery. Postfix 3.9 and later warn when it is set; it is replaced by lmtp_tls_security_level.',
    sensible: 'Leave it unset and express the policy with lmtp_tls_security_level instead.',
    recommendation: 'Remove it. Translate yes to lmtp_tls_security_level = encrypt (or verify when lmtp_tls_enforce_peername was also yes) and no to may. The old boolean is ignored as soon as lmtp_tls_security_level has a value, so keeping both only confuses readers.',
    pitfalls: [
      'Ignored whenever lmtp_tls_security_level is non-empty, so a yes here can silently have no effect.',
      'Postfix 3.9 and later log a deprecation warning for it.',
    ],
    related: ['lmtp_tls_security_level', 'lmtp_use_tls', 'lmtp_tls_enforce_peername'],
  },
  lmtp_log_tls_feature_status: {
    summary: 'Controls whether the LMTP client adds TLS feature details to its delivery log records, such as the TLS security level that was applied, whether that level was downgraded by policy, and the REQUIRETLS status of the message.',
    sensible: 'Keep it enabled; the extra fields are short and useful for audits.',
    recommendation: 'Leave it on. The logged level and downgrade information is the easiest way to prove that a delivery used the protection you configured, and to spot destinations where policy fell back to weaker TLS. Log parsers may need updating for the extra fields.',
    pitfalls: [
      'Log analysis tools written for older releases may not recognise the added fields.',
    ],
    related: ['lmtp_tls_security_level', 'lmtp_requiretls_policy', 'lmtp_tls_loglevel'],
  },
  lmtp_requiretls_policy: {
    summary: 'Lookup tables that decide, per next-hop destination, how strictly the LMTP client honours a REQUIRETLS request (RFC 8689) carried by a message. The result is one of the keywords listed below.',
    sensible: 'opportunistic+starttls or opportunistic for internal message stores reached over LMTP; enforce only for LMTP servers that announce REQUIRETLS and can be authenticated.',
    values: {
      enforce: 'apply REQUIRETLS fully: deliver only over an authenticated TLS connection to a server that announces REQUIRETLS, otherwise return the message',
      'opportunistic+starttls': 'relax REQUIRETLS for this destination but still require an encrypted (STARTTLS) connection',
      opportunistic: 'relax REQUIRETLS for this destination and deliver even if its requirements cannot be met',
      disable: 'do not apply REQUIRETLS handling for this destination',
    },
    recommendation: 'LMTP usually delivers to an internal message store that neither announces REQUIRETLS nor offers an authenticated certificate, so a relaxed result is normal here; if LMTP crosses a network, prefer opportunistic+starttls so the hop stays encrypted. Never relax the SMTP side for external destinations.',
    pitfalls: [
      'Relaxing a destination means messages that asked for REQUIRETLS may leave unprotected; document why.',
      'REQUIRETLS requires an authenticated peer (DANE or MTA-STS in practice), so enforce will bounce mail to most domains that publish neither.',
    ],
    related: ['lmtp_log_tls_feature_status', 'requiretls_enable', 'requiretls_redact_dsn', 'lmtp_tls_security_level'],
  },
  lmtp_sasl_tls_security_options: {
    summary: 'The SASL mechanism restrictions the LMTP client applies when it authenticates to a server inside a TLS-encrypted session. Outside TLS, lmtp_sasl_security_options applies instead.',
    sensible: 'noanonymous: inside TLS the password is already protected, so plaintext mechanisms are acceptable.',
    values: {
      noplaintext: 'refuse mechanisms that send the password in the clear (PLAIN, LOGIN)',
      noactive: 'refuse mechanisms open to active, non-dictionary attacks',
      nodictionary: 'refuse mechanisms open to passive dictionary attacks',
      noanonymous: 'refuse mechanisms that allow anonymous login',
      forward_secrecy: 'require mechanisms that provide forward secrecy between sessions',
      mutual_auth: 'require mechanisms that authenticate both client and server',
    },
    recommendation: 'Use noanonymous. The TLS layer protects PLAIN and LOGIN in transit, and many relay providers offer only those mechanisms, so adding noplaintext here tends to break authentication without real gain. Make sure the session is actually encrypted by using encrypt or a stronger level toward the relay.',
    pitfalls: [
      'These options only filter mechanisms offered by the server; if nothing is left, authentication fails.',
      'Only takes effect when TLS was negotiated; with opportunistic TLS a downgrade sends AUTH under lmtp_sasl_security_options.',
    ],
    related: ['lmtp_sasl_security_options', 'lmtp_sasl_tls_verified_security_options', 'lmtp_sasl_auth_enable', 'lmtp_tls_security_level'],
  },
  lmtp_sasl_tls_verified_security_options: {
    summary: 'The SASL mechanism restrictions the LMTP client applies when the TLS session also has a verified server certificate. It inherits lmtp_sasl_tls_security_options by default.',
    sensible: 'Leave it inheriting lmtp_sasl_tls_security_options (noanonymous).',
    values: {
      noplaintext: 'refuse mechanisms that send the password in the clear (PLAIN, LOGIN)',
      noactive: 'refuse mechanisms open to active, non-dictionary attacks',
      nodictionary: 'refuse mechanisms open to passive dictionary attacks',
      noanonymous: 'refuse mechanisms that allow anonymous login',
      forward_secrecy: 'require mechanisms that provide forward secrecy between sessions',
      mutual_auth: 'require mechanisms that authenticate both client and server',
    },
    recommendation: 'Keep it equal to lmtp_sasl_tls_security_options. Verification of the server is what really protects the password from a man in the middle, so the practical recommendation is to use a verifying TLS level (secure, verify or dane) for relays that receive credentials, not to tune this list.',
    pitfalls: [
      'Only relevant when the server certificate was actually verified, which requires a verifying security level for that destination.',
    ],
    related: ['lmtp_sasl_tls_security_options', 'lmtp_sasl_security_options', 'lmtp_tls_security_level'],
  },
  lmtp_starttls_timeout: {
    summary: 'Time limit for the LMTP client read and write operations during the TLS handshake and the TLS shutdown, after STARTTLS was accepted.',
    sensible: 'A few minutes; the default is fine in practice.',
    recommendation: 'Keep the default. Very short limits cause spurious handshake failures with slow or distant servers, and with opportunistic TLS a failed handshake can end in a plaintext retry. There is no security gain from shortening it.',
    pitfalls: [
      'Too small a value shows up as handshake timeouts that look like TLS incompatibilities.',
    ],
    related: ['lmtp_tls_security_level', 'lmtp_tls_loglevel'],
  },
  lmtp_tls_CAfile: {
    summary: 'A PEM file with trusted CA certificates that the LMTP client uses to verify server certificates at the verify and secure levels. The file is read before the process enters its chroot jail.',
    sensible: 'The system CA bundle (for example /etc/ssl/certs/ca-certificates.crt) or a file holding only a private CA.',
    recommendation: 'Set it only when you use verify or secure for some destinations; at may and encrypt it does not change the outcome, and DANE uses TLSA records instead. Prefer a narrow private CA for internal relays, or a per-destination tafile= in lmtp_tls_policy_maps.',
    pitfalls: [
      'Relative or unreadable paths cause verification failures that look like untrusted certificates.',
      'lmtp_tls_trust_anchor_file, when set, replaces these CAs for verification.',
    ],
    related: ['lmtp_tls_CApath', 'lmtp_tls_trust_anchor_file', 'lmtp_tls_security_level', 'lmtp_tls_scert_verifydepth', 'tls_append_default_CA'],
  },
  lmtp_tls_CApath: {
    summary: 'A directory of hashed CA certificates that the LMTP client consults when verifying server certificates. Unlike the CA file, it is read at run time.',
    sensible: 'Empty, or a rehashed certificate directory that is also reachable inside the chroot jail.',
    recommendation: 'Prefer lmtp_tls_CAfile. Because the directory is searched at run time, it must exist inside the chroot jail when the lmtp service runs chrooted, which is a common cause of mysterious verification failures. Use it only with verify or secure destinations.',
    pitfalls: [
      'After adding certificates, rehash the directory (openssl rehash or c_rehash) or lookups fail.',
      'Must be accessible from within the chroot jail when the service is chrooted.',
    ],
    related: ['lmtp_tls_CAfile', 'lmtp_tls_trust_anchor_file', 'lmtp_tls_security_level', 'tls_append_default_CA'],
  },
  lmtp_tls_block_early_mail_reply: {
    summary: 'When enabled, the LMTP client checks for a server that sends protocol replies before the client asked for them right after the TLS handshake, a sign of the CVE-2009-3555 plaintext injection attack, and treats it as an error.',
    sensible: 'Either value works; enabling it is a cheap extra check.',
    recommendation: 'Enabling it is harmless with well-behaved servers and adds a check against command injection. The underlying renegotiation flaw has long been fixed in TLS libraries, so the practical benefit today is small; do not rely on it instead of keeping OpenSSL current.',
    pitfalls: [
      'Some broken servers that pipeline replies too early may fail delivery once this is on.',
    ],
    related: ['lmtp_tls_security_level', 'lmtp_tls_loglevel'],
  },
  lmtp_tls_cert_file: {
    summary: 'A PEM file with the RSA certificate (and intermediates) the LMTP client presents when a server asks for a client certificate. The matching key is given by lmtp_tls_key_file.',
    sensible: 'Empty, unless a specific server requires client certificates; on Postfix 3.4 and later prefer lmtp_tls_chain_files.',
    recommendation: 'Leave it empty unless a relay authenticates you by certificate; presenting a certificate to arbitrary servers gains nothing. When one is needed, use lmtp_tls_chain_files on 3.4 and later so key and certificate cannot get out of step during renewal. The private key must be unencrypted and readable only by root.',
    pitfalls: [
      'Ignored when lmtp_tls_chain_files is set.',
      'Certificate order matters: the client certificate first, then intermediates.',
    ],
    related: ['lmtp_tls_key_file', 'lmtp_tls_chain_files', 'lmtp_tls_eccert_file', 'lmtp_tls_dcert_file'],
  },
  lmtp_tls_chain_files: {
    summary: 'One or more PEM files, each holding a private key followed by its certificate chain, that the LMTP client uses as client credentials. It replaces the separate certificate and key parameters from Postfix 3.4 on.',
    sensible: 'Empty unless a server requires a client certificate; otherwise one file per key algorithm, key first, then leaf, then intermediates.',
    recommendation: 'When a client certificate is required, use this parameter rather than the legacy cert/key pairs: keeping key and chain in one file avoids a mismatch window during rollover. Protect the file as a private key (root only, mode 600 or 400). Leave empty otherwise.',
    pitfalls: [
      'When set, lmtp_tls_cert_file, lmtp_tls_eccert_file and lmtp_tls_dcert_file and their key files are not used.',
      'Inside each file, the key must come before the certificates it belongs to.',
      'Not available before Postfix 3.4.',
    ],
    related: ['lmtp_tls_cert_file', 'lmtp_tls_key_file', 'lmtp_tls_eccert_file', 'lmtp_tls_eckey_file'],
  },
  lmtp_tls_ciphers: {
    summary: 'The minimum cipher grade the LMTP client offers for opportunistic TLS (the may and dane levels when TLS is not mandatory). The grades map to the tls_*_cipherlist definitions.',
    sensible: 'medium.',
    values: {
      high: 'only suites from the high grade list (tls_high_cipherlist)',
      medium: 'high and medium suites (tls_medium_cipherlist); the normal choice',
      low: 'historically added weak 56-bit suites; treated as medium from Postfix 3.8',
      export: 'historically added 40-bit export suites; treated as medium from Postfix 3.8',
      null: 'only suites with no encryption at all (authentication only); never for real traffic',
    },
    recommendation: 'Use medium. With opportunistic TLS, a stricter grade does not stop weak peers; it only makes the handshake fail and the mail go out in plaintext, which is worse. Never use export or low: before Postfix 3.8 they enabled breakable suites. Raise the grade per destination through the policy table when needed.',
    pitfalls: [
      'low and export are silently treated as medium from 3.8, but on older releases they enable weak suites.',
      'Mandatory levels use lmtp_tls_mandatory_ciphers, not this parameter.',
    ],
    related: ['lmtp_tls_mandatory_ciphers', 'lmtp_tls_exclude_ciphers', 'lmtp_tls_protocols', 'lmtp_tls_policy_maps', 'tls_medium_cipherlist', 'tls_high_cipherlist'],
  },
  lmtp_tls_connection_reuse: {
    summary: 'When enabled, the LMTP client hands TLS to the tlsproxy(8) service so that established TLS connections can be kept in the connection cache and reused for later deliveries to the same destination.',
    sensible: 'no, or yes on busy relays that send many messages to the same destinations.',
    recommendation: 'This is a performance option and is neutral for security: the peer is authenticated during the first handshake and the cached connection keeps that protection. Enable it when handshake cost matters, and confirm that the tlsproxy service is present in master.cf.',
    pitfalls: [
      'Requires a working tlsproxy entry in master.cf.',
      'Reused connections perform no new handshake, which affects TLSRPT accounting.',
    ],
    related: ['lmtp_tls_policy_maps', 'lmtp_tlsrpt_skip_reused_handshakes', 'lmtp_tls_session_cache_database', 'smtp_connection_cache_on_demand', 'tlsproxy_service_name'],
  },
  lmtp_tls_dcert_file: {
    summary: 'A PEM file with a DSA client certificate for the LMTP client, used only if a server requests a client certificate.',
    sensible: 'Empty.',
    recommendation: 'Leave it empty. DSA is obsolete, modern TLS versions and libraries no longer use it, and TLS 1.3 has no DSA signatures. If a client certificate is required, use an RSA or ECDSA chain through lmtp_tls_chain_files.',
    pitfalls: [
      'A DSA-only client credential will not be usable with TLS 1.3 peers.',
    ],
    related: ['lmtp_tls_dkey_file', 'lmtp_tls_chain_files', 'lmtp_tls_cert_file'],
  },
  lmtp_tls_dkey_file: {
    summary: 'The private key file that belongs to lmtp_tls_dcert_file (the DSA client certificate). By default it points at the certificate file, so both may live in one file.',
    sensible: 'Empty, together with an empty DSA certificate setting.',
    recommendation: 'Leave it empty; DSA credentials are obsolete. If you inherited a DSA setup, replace it with RSA or ECDSA credentials in lmtp_tls_chain_files. The private key must be unencrypted and readable only by root.',
    pitfalls: [
      'A key that does not match the certificate disables that credential.',
    ],
    related: ['lmtp_tls_dcert_file', 'lmtp_tls_chain_files'],
  },
  lmtp_tls_eccert_file: {
    summary: 'A PEM file with an ECDSA client certificate (and intermediates) for the LMTP client, used when a server asks for a client certificate.',
    sensible: 'Empty unless an ECDSA client certificate is required; on 3.4 and later use lmtp_tls_chain_files instead.',
    recommendation: 'Leave empty unless a server demands client certificates. When one is needed, ECDSA is a good choice, but configure it through lmtp_tls_chain_files to avoid key and certificate getting out of step. The private key must be unencrypted and readable only by root.',
    pitfalls: [
      'Ignored when lmtp_tls_chain_files is set.',
    ],
    related: ['lmtp_tls_eckey_file', 'lmtp_tls_chain_files', 'lmtp_tls_cert_file'],
  },
  lmtp_tls_eckey_file: {
    summary: 'The private key file for the ECDSA client certificate in lmtp_tls_eccert_file. Key and certificate may share one file.',
    sensible: 'Empty, or the key file that matches the ECDSA certificate.',
    recommendation: 'Only set it together with lmtp_tls_eccert_file, and prefer lmtp_tls_chain_files on 3.4 and later. The private key must be unencrypted and readable only by root.',
    pitfalls: [
      'A key that does not match the certificate disables that credential.',
    ],
    related: ['lmtp_tls_eccert_file', 'lmtp_tls_chain_files'],
  },
  lmtp_tls_enable_rpk: {
    summary: 'When enabled, the LMTP client asks servers to send an RFC 7250 raw public key instead of an X.509 certificate. This only makes sense when servers are authenticated by public-key fingerprint.',
    sensible: 'no, unless you pin peers by public-key fingerprint.',
    recommendation: 'Keep it off unless every destination that uses it is authenticated with public-key fingerprints at the fingerprint level. A raw key carries no names or CA signatures, so it cannot satisfy verify, secure or certificate-based checks.',
    pitfalls: [
      'Certificate fingerprints cannot match a raw public key; use public-key fingerprints.',
      'Servers must support raw public keys too, otherwise they send a normal certificate.',
    ],
    related: ['lmtp_tls_fingerprint_cert_match', 'lmtp_tls_fingerprint_digest', 'lmtp_tls_security_level', 'lmtp_tls_policy_maps'],
  },
  lmtp_tls_enforce_peername: {
    summary: 'Deprecated companion of lmtp_enforce_tls: when mandatory TLS is on, yes also requires the server certificate name to be verified. Postfix 3.11 and later warn about it; use lmtp_tls_security_level instead.',
    sensible: 'Leave it unset and choose verify, secure or encrypt in lmtp_tls_security_level.',
    recommendation: 'Remove it. The old pair maps onto levels: enforce plus peername verification becomes verify (or secure), enforce without it becomes encrypt. The level parameter says this directly and takes precedence anyway.',
    pitfalls: [
      'Has no effect when lmtp_tls_security_level is set.',
      'Postfix 3.11 and later log a deprecation warning.',
    ],
    related: ['lmtp_tls_security_level', 'lmtp_enforce_tls', 'lmtp_use_tls'],
  },
  lmtp_tls_enforce_sts_mx_patterns: {
    summary: 'When an MTA-STS policy plugin supplies the policy MX patterns (via the TLSRPT attributes in its policy table reply), the LMTP client connects only to MX hosts whose names match a pattern and verifies the certificate against that MX host name.',
    sensible: 'yes.',
    recommendation: 'Keep it on. Without it Postfix uses the old behaviour: any MX from DNS is tried and the certificate only has to match one of the policy patterns, which is looser than RFC 8461 intends. The setting has no effect unless an STS plugin in the policy table provides the pattern attributes.',
    pitfalls: [
      'Needs an MTA-STS plugin that sends the TLSRPT-style policy attributes; otherwise nothing changes.',
      'MX hosts missing from a stale remote STS policy will be skipped.',
    ],
    related: ['lmtp_tls_policy_maps', 'lmtp_tls_security_level', 'lmtp_tlsrpt_enable'],
  },
  lmtp_tls_exclude_ciphers: {
    summary: 'OpenSSL cipher names or cipher types that the LMTP client removes from its cipher list at every TLS level, opportunistic and mandatory.',
    sensible: 'Empty; exclude something only to work around a specific, known problem.',
    recommendation: 'Leave it empty. The default grades already exclude the weak suites, and hand-made exclusions tend to age badly. Never exclude forward-secrecy key exchange (kEECDH, EECDH, kDHE, EDH and similar): that removes FS from TLS 1.2 connections.',
    pitfalls: [
      'Applies to opportunistic TLS too, so an aggressive list can cause plaintext fallback.',
      'Excluding ECDHE or DHE key exchange silently weakens forward secrecy.',
    ],
    related: ['lmtp_tls_mandatory_exclude_ciphers', 'lmtp_tls_ciphers', 'lmtp_tls_mandatory_ciphers'],
  },
  lmtp_tls_fingerprint_cert_match: {
    summary: 'The list of certificate or public-key fingerprints the LMTP client accepts at the fingerprint security level. The digest algorithm comes from lmtp_tls_fingerprint_digest.',
    sensible: 'Empty globally; give per-destination fingerprints with match= in lmtp_tls_policy_maps.',
    recommendation: 'Pin peers per destination in the policy table rather than globally, and use SHA-256 public-key fingerprints, which survive certificate renewal with the same key. Keep at least two fingerprints during planned key changes so delivery does not stop.',
    pitfalls: [
      'After a peer changes its key, delivery defers until the list is updated.',
      'Fingerprints must be computed with the digest set in lmtp_tls_fingerprint_digest.',
    ],
    related: ['lmtp_tls_fingerprint_digest', 'lmtp_tls_security_level', 'lmtp_tls_policy_maps', 'lmtp_tls_enable_rpk'],
  },
  lmtp_tls_fingerprint_digest: {
    summary: 'The message digest the LMTP client uses to compute certificate and public-key fingerprints for the fingerprint security level. Any OpenSSL digest name is accepted.',
    sensible: 'sha256.',
    values: {
      sha256: 'SHA-256; current best practice',
      sha1: 'SHA-1; legacy, avoid for new configurations',
      md5: 'MD5; legacy default before compatibility level 3.6, avoid',
    },
    recommendation: 'Use sha256. MD5 and SHA-1 are deprecated hash functions and have no place in new pinning setups. When switching, recompute every configured fingerprint, because old values stop matching.',
    pitfalls: [
      'Changing the digest invalidates all existing fingerprints in configuration and policy tables.',
      'With compatibility_level below 3.6 the built-in default is still md5.',
    ],
    related: ['lmtp_tls_fingerprint_cert_match', 'lmtp_tls_security_level', 'compatibility_level'],
  },
  lmtp_tls_force_insecure_host_tlsa_lookup: {
    summary: 'When enabled, the LMTP client looks up DANE TLSA records for a server even when the address records for its name come from a zone that is not DNSSEC-signed. Normally such lookups are skipped as pointless.',
    sensible: 'no.',
    recommendation: 'Leave it off. DANE depends on a validated chain from the DNS; if the host address lookup is insecure, TLSA data below it cannot normally be trusted, and the extra queries only add latency. It is a niche setting for unusual DNS layouts.',
    pitfalls: [
      'Only relevant at the dane and dane-only levels.',
    ],
    related: ['lmtp_tls_security_level', 'lmtp_tls_policy_maps', 'smtp_dns_support_level'],
  },
  lmtp_tls_key_file: {
    summary: 'The private key file for the RSA client certificate in lmtp_tls_cert_file. By default it is the same file as the certificate.',
    sensible: 'Empty unless a client certificate is configured; prefer lmtp_tls_chain_files.',
    recommendation: 'Only set it together with lmtp_tls_cert_file, and prefer a single chain file on 3.4 and later. The private key must be unencrypted and readable only by root. World-readable client keys let anyone impersonate your server to the relay.',
    pitfalls: [
      'A key that does not match the certificate disables that credential.',
      'Passphrase-protected keys cannot be used.',
    ],
    related: ['lmtp_tls_cert_file', 'lmtp_tls_chain_files'],
  },
  lmtp_tls_loglevel: {
    summary: 'How much TLS detail the LMTP client writes to the mail log.',
    sensible: '1.',
    values: {
      '0': 'no TLS activity logging',
      '1': 'a summary line per handshake plus certificate problems that matter',
      '2': 'adds progress information during the handshake',
      '3': 'adds a hex and ASCII dump of the handshake',
      '4': 'adds a dump of the complete session after STARTTLS (very verbose)',
    },
    recommendation: 'Use 1: it records protocol, cipher and verification status for each connection without flooding logs. Levels 2 and above are for short debugging sessions only; 3 and 4 dump protocol data, and 4 can expose message content. For one problematic peer, raise the level only for that peer with lmtp_tls_loglevel_maps (3.12).',
    pitfalls: [
      'Level 4 logs the decrypted session, a privacy problem.',
      'High levels produce very large logs on busy systems.',
    ],
    related: ['lmtp_tls_loglevel_maps', 'lmtp_tls_trace_size_limit', 'lmtp_tls_note_starttls_offer'],
  },
  lmtp_tls_loglevel_maps: {
    summary: 'Optional lookup tables (new in the 3.12 development line) that choose a different TLS log level for particular remote peers, so the LMTP client can debug one destination while keeping the global lmtp_tls_loglevel low. By default it follows smtp_tls_loglevel_maps.',
    sensible: 'Empty; add a single entry for a peer while investigating a problem.',
    recommendation: 'Keep it empty in normal operation and remove entries once debugging is done. Targeted raising is far safer than raising lmtp_tls_loglevel globally, but high levels still write protocol dumps that may contain sensitive data.',
    pitfalls: [
      'Detailed logging left enabled for a busy peer can grow logs quickly.',
      'Not available in stable releases before 3.12.',
    ],
    related: ['lmtp_tls_loglevel', 'lmtp_tls_trace_size_limit', 'smtp_tls_loglevel_maps'],
  },
  lmtp_tls_mandatory_ciphers: {
    summary: 'The minimum cipher grade the LMTP client uses when TLS is mandatory: the encrypt, fingerprint, verify, secure and dane-only levels, and DANE connections with usable TLSA records.',
    sensible: 'medium; high is reasonable for a few known, modern peers.',
    values: {
      high: 'only suites from the high grade list (tls_high_cipherlist)',
      medium: 'high and medium suites (tls_medium_cipherlist); the normal choice',
      low: 'historically added weak 56-bit suites; treated as medium from Postfix 3.8',
      export: 'historically added 40-bit export suites; treated as medium from Postfix 3.8',
      null: 'only suites with no encryption at all (authentication only); never for real traffic',
    },
    recommendation: 'Keep medium globally; it already excludes broken suites. high can be used per destination for known modern peers. Never use export or low, which enabled breakable suites before Postfix 3.8. Remember that TLS 1.3 suites are not controlled by these grades.',
    pitfalls: [
      'Only applies at mandatory levels; opportunistic TLS uses the non-mandatory parameter.',
      'Raising it globally can defer mail to older but otherwise fine servers.',
    ],
    related: ['lmtp_tls_ciphers', 'lmtp_tls_mandatory_exclude_ciphers', 'lmtp_tls_mandatory_protocols', 'lmtp_tls_policy_maps'],
  },
  lmtp_tls_mandatory_exclude_ciphers: {
    summary: 'Additional OpenSSL cipher names or types that the LMTP client excludes only at mandatory TLS levels, on top of lmtp_tls_exclude_ciphers.',
    sensible: 'Empty.',
    recommendation: 'Leave it empty unless a particular peer forces a workaround; then prefer the exclude= attribute in the policy table for that destination. Never exclude the forward-secrecy key exchanges (kEECDH, kDHE and aliases).',
    pitfalls: [
      'Only acts at encrypt and stronger levels, so it does not harden opportunistic TLS.',
      'Excluding ECDHE or DHE key exchange weakens forward secrecy.',
    ],
    related: ['lmtp_tls_exclude_ciphers', 'lmtp_tls_mandatory_ciphers', 'lmtp_tls_policy_maps'],
  },
  lmtp_tls_mandatory_protocols: {
    summary: 'The TLS protocol versions the LMTP client accepts when TLS is mandatory (encrypt and stronger, and DANE connections). From Postfix 3.6 a range like >=TLSv1.2 can be written; older releases need an exclusion list.',
    sensible: '>=TLSv1.2 on 3.6 and later (or !SSLv2, !SSLv3, !TLSv1, !TLSv1.1 before 3.6) for known peers; never anything that enables SSLv2 or SSLv3.',
    recommendation: 'For mandatory destinations you know, >=TLSv1.2 follows RFC 8996. Sources differ for DANE: general guidance wants TLS 1.2 or later everywhere, but Postfix advises keeping the default floor so that older DANE servers stay reachable. Following Postfix, when you use dane raise the floor per destination with protocols= in lmtp_tls_policy_maps rather than globally.',
    pitfalls: [
      'Only used at mandatory levels; it does nothing for may.',
      'Exclusion lists with gaps (for example !TLSv1.1 while TLSv1 stays on) can disable every newer version.',
      'Do not disable TLSv1.3.',
      'No whitespace between >= and the version.',
    ],
    related: ['lmtp_tls_protocols', 'lmtp_tls_mandatory_ciphers', 'lmtp_tls_security_level', 'lmtp_tls_policy_maps'],
  },
  lmtp_tls_note_starttls_offer: {
    summary: 'When enabled, the LMTP client logs the name of a server that offers STARTTLS in cases where TLS is not enabled for that server, which helps to find destinations where TLS could be turned on.',
    sensible: 'no; with the may level it rarely adds anything.',
    recommendation: 'It is informational only. Rather than collecting such log lines, enable opportunistic TLS with lmtp_tls_security_level = may (or dane), which uses STARTTLS wherever it is offered.',
    pitfalls: [
      'Only logs when TLS is off for the destination; with may it stays silent.',
    ],
    related: ['lmtp_tls_security_level', 'lmtp_tls_loglevel'],
  },
  lmtp_tls_per_site: {
    summary: 'Deprecated lookup table from the pre-2.3 TLS interface that set TLS actions (NONE, MAY, MUST, MUST_NOPEERMATCH) per host or domain. Postfix 3.9 and later warn about it; it is replaced by lmtp_tls_policy_maps.',
    sensible: 'Unset.',
    recommendation: 'Migrate the entries to lmtp_tls_policy_maps, which supports all security levels and per-destination attributes, and delete this parameter. The table formats differ, so convert each entry by hand.',
    pitfalls: [
      'There is no mechanical conversion: the lookup keys and result keywords are different from the policy table.',
      'Postfix 3.9 and later log a deprecation warning.',
    ],
    related: ['lmtp_tls_policy_maps', 'lmtp_tls_security_level'],
  },
  lmtp_tls_policy_maps: {
    summary: 'Lookup tables that set the TLS security level and options per next-hop destination for the LMTP client. Results are a level keyword plus optional attributes such as ciphers=, protocols=, match=, exclude= and tafile=.',
    sensible: 'An indexed file (hash or lmdb) listing only destinations that need something other than the global level, or a socketmap to an MTA-STS resolver.',
    recommendation: 'Use it for mandatory TLS: keep lmtp_tls_security_level at may or dane globally and list specific partners with encrypt, verify, secure or dane-only here. This protects those routes without breaking delivery to the rest of the Internet.',
    pitfalls: [
      'The key is the next-hop destination (for example [relay.example.com]:587 when that is the relay), not necessarily the recipient domain.',
      'Remember to run postmap after editing indexed tables.',
      'A policy entry overrides the global level and its mandatory parameters for that destination.',
    ],
    related: ['lmtp_tls_security_level', 'lmtp_tls_per_site', 'lmtp_tls_mandatory_protocols', 'lmtp_tls_mandatory_ciphers', 'lmtp_tls_fingerprint_cert_match'],
  },
  lmtp_tls_protocols: {
    summary: 'The TLS protocol versions the LMTP client allows for opportunistic TLS (may, and dane when no usable TLSA records are found). From 3.6 it accepts bounds like >=TLSv1.',
    sensible: 'The default (>=TLSv1 on 3.6 and later, !SSLv2, !SSLv3 on older releases).',
    recommendation: 'Sources disagree: external profiles (Mozilla, NCSC-NL) ask for TLS 1.2 or later everywhere, but Postfix advises against tightening opportunistic TLS, because a peer that only speaks an older version then gets plaintext instead. This follows Postfix: keep the default, which already excludes SSL, and never enable SSLv2 or SSLv3.',
    pitfalls: [
      'An empty value enables every protocol the library allows, including SSLv3 on old libraries.',
      'Gaps in exclusion lists can disable newer versions; do not exclude TLSv1.3.',
      'Range syntax (>=) needs Postfix 3.6 or later.',
    ],
    related: ['lmtp_tls_mandatory_protocols', 'lmtp_tls_ciphers', 'lmtp_tls_security_level'],
  },
  lmtp_tls_scert_verifydepth: {
    summary: 'The maximum length of the certificate chain the LMTP client will follow when verifying a server certificate.',
    sensible: 'The default (9) suits public CAs; a small value such as 2 fits a private CA with one intermediate.',
    recommendation: 'Keep the default. A value that is too small makes valid chains fail verification; there is little security gain from trimming it because trust is decided by the configured CAs.',
    pitfalls: [
      'Too small a value rejects valid chains from CAs that use several intermediate certificates.',
    ],
    related: ['lmtp_tls_CAfile', 'lmtp_tls_CApath', 'lmtp_tls_trust_anchor_file', 'lmtp_tls_security_level'],
  },
  lmtp_tls_secure_cert_match: {
    summary: 'How the LMTP client matches the server certificate name at the secure level: the strategies and names listed here decide which names are acceptable.',
    sensible: 'The default next-hop based matching.',
    values: {
      nexthop: 'the certificate must match the next-hop domain (recipient domain or configured relay name)',
      'dot-nexthop': 'the certificate may match any subdomain of the next-hop domain',
      hostname: 'the certificate must match the server host name, for example the MX name from DNS',
      '<domain name>': 'any other word is a fixed name that the certificate must match',
    },
    recommendation: 'Keep the next-hop based strategies. They protect against forged MX records, because the acceptable names come from the destination you chose, not from DNS. Only add hostname when the MX lookup itself is trustworthy, and set per-destination names with match= in the policy table.',
    pitfalls: [
      'Matching on hostname at the secure level reintroduces trust in unauthenticated MX lookups.',
      'Many large providers use certificates that do not name the recipient domain, so secure often needs an explicit match= list per destination.',
    ],
    related: ['lmtp_tls_verify_cert_match', 'lmtp_tls_security_level', 'lmtp_tls_policy_maps'],
  },
  lmtp_tls_security_level: {
    summary: 'The default TLS policy of the LMTP client. Unlike the SMTP client it stays empty by default, which means no TLS unless the legacy booleans say otherwise.',
    sensible: 'Empty or none for LMTP over a UNIX socket or loopback; encrypt or verify when LMTP crosses a network.',
    values: {
      '(empty)': 'use the legacy lmtp_use_tls / lmtp_enforce_tls booleans; with those unset, TLS is off',
      none: 'never use TLS',
      may: 'opportunistic TLS: use STARTTLS when offered, without authentication, and fall back to plaintext',
      encrypt: 'mandatory TLS without certificate checks; defer if TLS is unavailable',
      dane: 'opportunistic DANE: authenticate with DNSSEC-validated TLSA records where present, otherwise behave like may',
      'dane-only': 'mandatory DANE: deliver only to servers with usable TLSA records',
      fingerprint: 'mandatory TLS; the server certificate or key must match a configured fingerprint',
      verify: 'mandatory TLS with a CA-verified certificate; names come from DNS, so forged MX records are not detected',
      secure: 'mandatory TLS with a CA-verified certificate matched against the next-hop name; resists MX forgery',
    },
    recommendation: 'Local LMTP delivery (for example to a message store on the same host over a UNIX socket) does not need TLS. When LMTP travels over a network, use encrypt, or verify with a private CA, so that message content is protected; use per-destination entries in lmtp_tls_policy_maps where several stores exist.',
    pitfalls: [
      'The mandatory protocol and cipher parameters only apply at encrypt and stronger levels.',
      'dane needs DNSSEC validation (smtp_dns_support_level = dnssec) to have any effect.',
    ],
    related: ['lmtp_tls_policy_maps', 'lmtp_tls_mandatory_protocols', 'lmtp_tls_mandatory_ciphers', 'lmtp_use_tls', 'lmtp_enforce_tls', 'lmtp_tls_wrappermode'],
  },
  lmtp_tls_servername: {
    summary: 'Which name the LMTP client sends in the TLS Server Name Indication (SNI) extension. Empty means no SNI, except that DANE connections always send the TLSA base domain.',
    sensible: 'Empty for ordinary MX delivery; hostname when a relay or hosted service needs SNI to pick its certificate.',
    values: {
      hostname: 'send the host name of the server being connected to (for example the MX name)',
      nexthop: 'send the next-hop domain name',
      '<literal name>': 'send this fixed name',
    },
    recommendation: 'Set it only when a peer needs SNI to present the right certificate (common with cloud-hosted relays); otherwise leave it empty. Per destination, use servername= in the policy table. SNI is sent in cleartext, so it should not carry names you consider confidential.',
    pitfalls: [
      'Some servers return a default certificate without SNI, which then fails verify or secure checks.',
      'The chosen name is visible on the network.',
    ],
    related: ['lmtp_tls_policy_maps', 'lmtp_tls_security_level', 'lmtp_tls_verify_cert_match'],
  },
  lmtp_tls_session_cache_database: {
    summary: 'The database in which the tlsmgr(8) service keeps TLS sessions of the LMTP client so that repeated connections to the same server can resume instead of doing a full handshake.',
    sensible: 'btree:${data_directory}/lmtp_scache, or lmdb: where Berkeley DB is unavailable.',
    recommendation: 'Enable it whenever outbound TLS is used; it lowers CPU load and latency and does not weaken security. Use a table type that supports enumeration, such as btree or lmdb, and set it in main.cf only, because tlsmgr reads it there.',
    pitfalls: [
      'dbm and types without sequence support do not work for this cache.',
      'A master.cf -o override on the client service has no effect, since tlsmgr owns the cache.',
    ],
    related: ['lmtp_tls_session_cache_timeout', 'lmtp_tls_connection_reuse', 'tlsmgr_service_name'],
  },
  lmtp_tls_session_cache_timeout: {
    summary: 'How long sessions of the LMTP client stay valid in the TLS session cache before they expire.',
    sensible: 'About an hour (the default).',
    recommendation: 'Keep the default. Longer lifetimes slightly increase the window in which resumed sessions rely on old key material, while shorter ones only cost handshakes. Set it in main.cf; per-service overrides are not seen by tlsmgr.',
    pitfalls: [
      'Changes in master.cf -o are ignored; tlsmgr reads main.cf.',
      'Postfix caps very large values.',
    ],
    related: ['lmtp_tls_session_cache_database'],
  },
  lmtp_tls_trace_size_limit: {
    summary: 'An upper bound, in bytes, on the TLS trace data recorded for one LMTP client session by the TLS tracing support that appeared in the 3.12 development line.',
    sensible: 'The default; lower it if traces are kept for many sessions.',
    recommendation: 'Keep a finite limit. TLS traces contain protocol data and can grow large; a cap protects disk space and limits how much sensitive material ends up on disk. Enable tracing only while debugging and remove old trace files afterwards.',
    pitfalls: [
      'Only meaningful when TLS tracing is turned on.',
      'Not available in stable releases before 3.12.',
    ],
    related: ['lmtp_tls_loglevel', 'lmtp_tls_loglevel_maps', 'tls_trace_rate_limit'],
  },
  lmtp_tls_trust_anchor_file: {
    summary: 'PEM files with trust-anchor certificates or public keys for the LMTP client. When set, server chains must lead to one of these anchors and the CAs from the CA file and CA directory are no longer trusted.',
    sensible: 'Empty globally; per destination use tafile= in lmtp_tls_policy_maps.',
    recommendation: 'Use trust anchors to pin a private or partner CA for specific destinations instead of trusting the whole public CA set; set them per destination with tafile= rather than globally, so unrelated verify or secure destinations keep working.',
    pitfalls: [
      'A global setting replaces the configured CA roots for every verifying destination.',
      'Not available before Postfix 2.11.',
    ],
    related: ['lmtp_tls_CAfile', 'lmtp_tls_CApath', 'lmtp_tls_policy_maps', 'lmtp_tls_security_level'],
  },
  lmtp_tls_verify_cert_match: {
    summary: 'How the LMTP client matches the server certificate name at the verify level, where acceptable names may come from (unauthenticated) DNS lookups.',
    sensible: 'The default hostname matching.',
    values: {
      nexthop: 'the certificate must match the next-hop domain (recipient domain or configured relay name)',
      'dot-nexthop': 'the certificate may match any subdomain of the next-hop domain',
      hostname: 'the certificate must match the server host name, for example the MX name from DNS',
      '<domain name>': 'any other word is a fixed name that the certificate must match',
    },
    recommendation: 'Keep the default for verify. If you need protection against forged MX records, use the secure level (with lmtp_tls_secure_cert_match) or DANE rather than tuning this list.',
    pitfalls: [
      'verify trusts MX records as returned by DNS, so an attacker who can forge DNS can redirect mail to a host with a valid certificate for its own name.',
    ],
    related: ['lmtp_tls_secure_cert_match', 'lmtp_tls_security_level', 'lmtp_tls_policy_maps'],
  },
  lmtp_tls_wrappermode: {
    summary: 'When enabled, the LMTP client speaks TLS immediately on connect (implicit TLS, as on port 465) instead of using STARTTLS.',
    sensible: 'no, except on a dedicated transport that talks to an implicit-TLS service.',
    recommendation: 'Only enable it per transport in master.cf, and combine it with lmtp_tls_security_level = encrypt or stronger, because implicit TLS makes no sense without mandatory TLS. Never enable it globally.',
    pitfalls: [
      'Requires lmtp_tls_security_level of encrypt or stronger; lower levels are not suitable.',
      'Turning it on globally breaks all STARTTLS destinations.',
    ],
    related: ['lmtp_tls_security_level', 'lmtp_tls_policy_maps'],
  },
  lmtp_tlsrpt_enable: {
    summary: 'When enabled, the LMTP client sends the outcome of each TLS handshake to a local TLSRPT collector (RFC 8460), which builds reports for domains that request them. For LMTP this is a source-only parameter without its own documentation.',
    sensible: 'no, unless a TLSRPT collector is installed and Postfix was built with TLSRPT support.',
    recommendation: 'TLSRPT reporting helps remote domains notice broken TLS or policy setups, so enabling it is good practice on outbound Internet relays with a collector in place. For LMTP delivery it has little value.',
    pitfalls: [
      'Needs lmtp_tlsrpt_socket_name to point at the collector socket.',
      'Needs a Postfix build with TLSRPT library support.',
    ],
    related: ['lmtp_tlsrpt_socket_name', 'lmtp_tlsrpt_skip_reused_handshakes', 'lmtp_tls_policy_maps'],
  },
  lmtp_tlsrpt_skip_reused_handshakes: {
    summary: 'Whether the LMTP client leaves out of TLSRPT reporting those connections that reuse an earlier TLS session or connection and so carry no new handshake information. Undocumented for LMTP (source only).',
    sensible: 'The default for your release.',
    recommendation: 'Keep the default. The choice only affects report statistics, not the protection of mail.',
    pitfalls: [
      'Reporting details for LMTP are not documented; treat this as an internal knob.',
    ],
    related: ['lmtp_tlsrpt_enable', 'lmtp_tls_connection_reuse'],
  },
  lmtp_tlsrpt_socket_name: {
    summary: 'The socket where the local TLSRPT collector listens; the LMTP client sends handshake results there when lmtp_tlsrpt_enable is on. Undocumented for LMTP (source only).',
    sensible: 'The socket path of your installed TLSRPT collector.',
    recommendation: 'Point it at a collector socket owned by a trusted local service, with permissions that prevent other users from impersonating the collector.',
    pitfalls: [
      'Empty or wrong paths disable reporting even when lmtp_tlsrpt_enable is yes.',
    ],
    related: ['lmtp_tlsrpt_enable', 'lmtp_tlsrpt_skip_reused_handshakes'],
  },
  lmtp_use_tls: {
    summary: 'Deprecated boolean from the pre-2.3 interface: when yes, the LMTP client uses TLS opportunistically. Postfix 3.9 and later warn about it; use lmtp_tls_security_level instead.',
    sensible: 'Unset.',
    recommendation: 'Remove it and set lmtp_tls_security_level = may (for yes) or none (for no). The level parameter takes precedence whenever it has a value, so the boolean is at best redundant.',
    pitfalls: [
      'Ignored whenever lmtp_tls_security_level is non-empty.',
      'Postfix 3.9 and later log a deprecation warning.',
    ],
    related: ['lmtp_tls_security_level', 'lmtp_enforce_tls'],
  },
  openssl_path: {
    summary: 'The openssl command that the postfix tls subcommands (Postfix 3.1 and later) run to create keys, certificates and TLSA digests. A bare name is searched in the command path.',
    sensible: 'openssl, or the full path of the system openssl binary.',
    recommendation: 'Point it at the trusted system openssl binary, ideally with an absolute path. The postfix tls commands run with administrator rights and write key material, so the command must not be replaceable by other users.',
    pitfalls: [
      'A different openssl than the one Postfix links against may produce keys or formats the daemons cannot use.',
      'Only the postfix tls helper uses it; the mail daemons do not.',
    ],
    related: ['smtpd_tls_chain_files', 'smtp_tls_chain_files'],
  },
  postscreen_enforce_tls: {
    summary: 'Deprecated boolean: when yes, postscreen requires clients to start TLS before it accepts mail commands. It is replaced by postscreen_tls_security_level, and Postfix 3.9 and later warn about it. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests.',
    sensible: 'Unset.',
    recommendation: 'Remove it and use postscreen_tls_security_level (normally inherited from smtpd_tls_security_level = may). Requiring TLS from every client on a public MX violates RFC 3207 and loses mail from senders without TLS.',
    pitfalls: [
      'Ignored whenever postscreen_tls_security_level has a value.',
      'Postfix 3.9 and later log a deprecation warning.',
    ],
    related: ['postscreen_tls_security_level', 'postscreen_use_tls', 'smtpd_enforce_tls', 'smtpd_tls_security_level'],
  },
  postscreen_starttls_timeout: {
    summary: 'Time limit for the TLS handshake after a client sends STARTTLS to postscreen. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests. New in the 3.12 development line; by default it follows smtpd_starttls_timeout.',
    sensible: 'Inherit the smtpd value.',
    recommendation: 'Keep it inherited. Shortening it gains nothing and can make slow legitimate senders fail the handshake, after which they may retry without TLS.',
    pitfalls: [
      'Too short a limit shows up as handshake timeouts in the log.',
    ],
    related: ['smtpd_starttls_timeout', 'postscreen_tls_security_level'],
  },
  postscreen_tls_CAfile: {
    summary: 'A PEM file with CA certificates used to verify client certificates and announced to clients when a certificate is requested. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests. New in the 3.12 development line; by default it follows smtpd_tls_CAfile.',
    sensible: 'Inherit the smtpd value, or leave empty.',
    recommendation: 'Leave it inherited or empty. postscreen does not make access decisions based on client certificates, so trusting extra CAs here has no benefit and only enlarges what is sent to clients.',
    pitfalls: [
      'Pointing it at a large public CA bundle makes certificate requests very large.',
    ],
    related: ['smtpd_tls_CAfile', 'postscreen_tls_CApath', 'tlsproxy_tls_CAfile'],
  },
  postscreen_tls_CApath: {
    summary: 'A directory of hashed CA certificates used when verifying client certificates. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests. New in the 3.12 development line; by default it follows smtpd_tls_CApath.',
    sensible: 'Inherit the smtpd value, or leave empty.',
    recommendation: 'Leave it inherited or empty; postscreen has no use for verified client certificates. If used, the directory must be rehashed and reachable from inside a chroot jail.',
    pitfalls: [
      'The directory is searched at run time, so chroot layouts matter.',
    ],
    related: ['smtpd_tls_CApath', 'postscreen_tls_CAfile', 'tlsproxy_tls_CApath'],
  },
  postscreen_tls_always_issue_session_ids: {
    summary: 'Whether a TLS session ID is issued to clients even when no server-side session cache is configured. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests. New in the 3.12 development line; by default it follows smtpd_tls_always_issue_session_ids.',
    sensible: 'Inherit the smtpd value.',
    recommendation: 'Keep it inherited. It only affects session resumption behaviour with some clients and has no meaningful effect on security.',
    pitfalls: [
      'Turning it off can make some clients log resumption failures, without any security gain.',
    ],
    related: ['smtpd_tls_always_issue_session_ids', 'tlsproxy_tls_always_issue_session_ids'],
  },
  postscreen_tls_ask_ccert: {
    summary: 'Whether clients are asked to present a certificate during the handshake. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests. New in the 3.12 development line; by default it follows smtpd_tls_ask_ccert.',
    sensible: 'no (inherited from smtpd_tls_ask_ccert).',
    recommendation: 'Keep it off. postscreen does not use client certificates, and some sending MTAs fail the handshake when asked for one, which pushes them to plaintext or delays mail.',
    pitfalls: [
      'Asking for certificates on port 25 can break delivery from a few older MTAs.',
    ],
    related: ['smtpd_tls_ask_ccert', 'postscreen_tls_req_ccert', 'tlsproxy_tls_ask_ccert'],
  },
  postscreen_tls_ccert_verifydepth: {
    summary: 'The maximum certificate chain length followed when verifying a client certificate. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests. New in the 3.12 development line; by default it follows smtpd_tls_ccert_verifydepth.',
    sensible: 'Inherit the smtpd value.',
    recommendation: 'Keep it inherited; it only matters when client certificates are requested, which postscreen does not need.',
    pitfalls: [
      'Irrelevant unless client certificates are requested.',
    ],
    related: ['smtpd_tls_ccert_verifydepth', 'postscreen_tls_ask_ccert', 'tlsproxy_tls_ccert_verifydepth'],
  },
  postscreen_tls_cert_file: {
    summary: 'The PEM file with the RSA server certificate and its intermediates presented to clients. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests. New in the 3.12 development line; by default it follows smtpd_tls_cert_file.',
    sensible: 'Inherit the smtpd value so postscreen presents the same certificate as smtpd.',
    recommendation: 'Keep it inherited, so clients see one consistent certificate whether postscreen or smtpd answers STARTTLS. On 3.4 and later prefer chain files, which avoid key and certificate mismatches during renewal.',
    pitfalls: [
      'Ignored when postscreen_tls_chain_files is set.',
      'A certificate that differs from the smtpd one confuses clients that pin or verify it.',
    ],
    related: ['smtpd_tls_cert_file', 'postscreen_tls_key_file', 'postscreen_tls_chain_files', 'tlsproxy_tls_cert_file'],
  },
  postscreen_tls_chain_files: {
    summary: 'PEM files, each with a private key followed by its certificate chain, used as server credentials. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests. New in the 3.12 development line; by default it follows smtpd_tls_chain_files.',
    sensible: 'Inherit smtpd_tls_chain_files.',
    recommendation: 'Keep it inherited so both postscreen and smtpd present the same chain. Chain files are the preferred way to configure server credentials because key and certificates stay together. The key must be unencrypted and readable only by root.',
    pitfalls: [
      'When set, the legacy certificate and key parameters are not used.',
      'Within a file the key must precede its certificates.',
    ],
    related: ['smtpd_tls_chain_files', 'postscreen_tls_cert_file', 'tlsproxy_tls_chain_files'],
  },
  postscreen_tls_ciphers: {
    summary: 'The minimum cipher grade offered for opportunistic STARTTLS. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests. New in the 3.12 development line; by default it follows smtpd_tls_ciphers.',
    sensible: 'medium (inherited).',
    values: {
      high: 'only suites from the high grade list',
      medium: 'high and medium suites; the normal choice',
      low: 'historically added weak suites; treated as medium from Postfix 3.8',
      export: 'historically added 40-bit export suites; treated as medium from Postfix 3.8',
      null: 'only suites without encryption; never for real traffic',
    },
    recommendation: 'Keep medium. On an MX, a stricter grade does not keep weak clients out; it makes their handshake fail and they send in plaintext instead. Never use export or low, which enabled breakable suites before Postfix 3.8.',
    pitfalls: [
      'low and export are treated as medium from 3.8 but are weak on older releases.',
    ],
    related: ['smtpd_tls_ciphers', 'postscreen_tls_mandatory_ciphers', 'tlsproxy_tls_ciphers'],
  },
  postscreen_tls_dcert_file: {
    summary: 'A PEM file with a DSA server certificate. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests. New in the 3.12 development line; by default it follows smtpd_tls_dcert_file.',
    sensible: 'Empty (inherited).',
    recommendation: 'Leave it empty. DSA is obsolete and unusable with TLS 1.3; use RSA and/or ECDSA credentials, preferably through chain files.',
    pitfalls: [
      'DSA credentials are not used by modern clients.',
    ],
    related: ['smtpd_tls_dcert_file', 'postscreen_tls_dkey_file', 'postscreen_tls_chain_files'],
  },
  postscreen_tls_dh1024_param_file: {
    summary: 'A file with custom finite-field Diffie-Hellman parameters for DHE cipher suites. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests. New in the 3.12 development line; by default it follows smtpd_tls_dh1024_param_file.',
    sensible: 'Leave it unset.',
    recommendation: 'Do not set it. From Postfix 3.7 with OpenSSL 3 the library chooses standard groups, and from 3.9 Postfix asks administrators not to specify the smtpd counterpart at all. Some scanners (internet.nl) prefer specific RFC 7919 groups; this guide follows Postfix and leaves the default.',
    pitfalls: [
      'smtpd_tls_dh1024_param_file, which this inherits, is deprecated from 3.9 and postconf warns when it is set.',
      'A file with a prime below 2048 bits weakens DHE.',
    ],
    related: ['smtpd_tls_dh1024_param_file', 'tls_ffdhe_auto_groups', 'tlsproxy_tls_dh1024_param_file'],
  },
  postscreen_tls_dh512_param_file: {
    summary: 'A file with export-grade (512-bit) DH parameters, mirroring smtpd_tls_dh512_param_file. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests. New in the 3.12 development line; by default it follows smtpd_tls_dh512_param_file.',
    sensible: 'Leave it unset.',
    recommendation: 'Do not set it. The smtpd counterpart has been ignored since Postfix 3.6, so this setting has no effect; it only suggests export-grade cryptography to readers.',
    pitfalls: [
      'No effect: export DH parameters are not used from 3.6 on.',
    ],
    related: ['smtpd_tls_dh512_param_file', 'postscreen_tls_dh1024_param_file'],
  },
  postscreen_tls_dkey_file: {
    summary: 'The private key for the DSA server certificate. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests. New in the 3.12 development line; by default it follows smtpd_tls_dkey_file.',
    sensible: 'Empty (inherited).',
    recommendation: 'Leave it empty together with the DSA certificate; DSA is obsolete. The key must be unencrypted and readable only by root.',
    pitfalls: [
      'A key that does not match its certificate disables that credential.',
    ],
    related: ['smtpd_tls_dkey_file', 'postscreen_tls_dcert_file'],
  },
  postscreen_tls_eccert_file: {
    summary: 'A PEM file with an ECDSA server certificate and its intermediates. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests. New in the 3.12 development line; by default it follows smtpd_tls_eccert_file.',
    sensible: 'Inherit the smtpd value.',
    recommendation: 'Keep it inherited. Offering an ECDSA certificate next to an RSA one is fine; on 3.4 and later configure both through chain files instead.',
    pitfalls: [
      'Ignored when postscreen_tls_chain_files is set.',
    ],
    related: ['smtpd_tls_eccert_file', 'postscreen_tls_eckey_file', 'postscreen_tls_chain_files'],
  },
  postscreen_tls_eckey_file: {
    summary: 'The private key for the ECDSA server certificate. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests. New in the 3.12 development line; by default it follows smtpd_tls_eckey_file.',
    sensible: 'Inherit the smtpd value.',
    recommendation: 'Keep it inherited and matching the ECDSA certificate. The key must be unencrypted and readable only by root.',
    pitfalls: [
      'A key that does not match its certificate disables that credential.',
    ],
    related: ['smtpd_tls_eckey_file', 'postscreen_tls_eccert_file'],
  },
  postscreen_tls_eecdh_grade: {
    summary: 'The old ECDHE curve grade setting, mirroring smtpd_tls_eecdh_grade. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests. New in the 3.12 development line; by default it follows smtpd_tls_eecdh_grade.',
    sensible: 'Leave it unset.',
    recommendation: 'Do not set it. smtpd_tls_eecdh_grade has been ignored since Postfix 3.6; curve choice is automatic and controlled by tls_eecdh_auto_curves, which should also stay at its default.',
    pitfalls: [
      'smtpd_tls_eecdh_grade and the tls_eecdh_strong_curve / tls_eecdh_ultra_curve settings are ignored from Postfix 3.6 on.',
      'Copied guides still suggest ultra; it does nothing on current releases.',
    ],
    related: ['smtpd_tls_eecdh_grade', 'tls_eecdh_auto_curves', 'tls_eecdh_strong_curve', 'tls_eecdh_ultra_curve'],
  },
  postscreen_tls_enable_rpk: {
    summary: 'Whether a raw public key (RFC 7250) is sent instead of a certificate to clients that ask for one. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests. New in the 3.12 development line; by default it follows smtpd_tls_enable_rpk.',
    sensible: 'Inherit the smtpd value.',
    recommendation: 'Keep it inherited. It only helps clients that authenticate your server by public-key fingerprint; others keep receiving the certificate.',
    pitfalls: [
      'Clients that receive a raw key must pin it by public-key fingerprint.',
    ],
    related: ['smtpd_tls_enable_rpk', 'tlsproxy_tls_enable_rpk'],
  },
  postscreen_tls_exclude_ciphers: {
    summary: 'OpenSSL cipher names or types excluded from the server cipher list at every level. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests. New in the 3.12 development line; by default it follows smtpd_tls_exclude_ciphers.',
    sensible: 'Empty (inherited).',
    recommendation: 'Leave it empty. The default grades already remove weak suites. Never exclude forward-secrecy key exchange (kEECDH, kDHE and aliases).',
    pitfalls: [
      'Excluding ECDHE or DHE weakens forward secrecy.',
    ],
    related: ['smtpd_tls_exclude_ciphers', 'postscreen_tls_mandatory_exclude_ciphers', 'tlsproxy_tls_exclude_ciphers'],
  },
  postscreen_tls_fingerprint_digest: {
    summary: 'The digest used to compute client certificate fingerprints. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests. New in the 3.12 development line; by default it follows smtpd_tls_fingerprint_digest.',
    sensible: 'sha256 (inherited).',
    values: {
      sha256: 'SHA-256; best practice',
      sha1: 'SHA-1; legacy',
      md5: 'MD5; legacy, avoid',
    },
    recommendation: 'Keep it inherited and use sha256; MD5 and SHA-1 are deprecated.',
    pitfalls: [
      'Changing the digest invalidates existing fingerprint tables.',
    ],
    related: ['smtpd_tls_fingerprint_digest', 'tlsproxy_tls_fingerprint_digest'],
  },
  postscreen_tls_key_file: {
    summary: 'The private key for the RSA server certificate. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests. New in the 3.12 development line; by default it follows smtpd_tls_key_file.',
    sensible: 'Inherit the smtpd value.',
    recommendation: 'Keep it inherited and matching the certificate. The key must be unencrypted and readable only by root.',
    pitfalls: [
      'A mismatching key disables TLS for that certificate.',
    ],
    related: ['smtpd_tls_key_file', 'postscreen_tls_cert_file', 'postscreen_tls_chain_files'],
  },
  postscreen_tls_loglevel: {
    summary: 'How much TLS detail is logged for sessions handled by postscreen. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests. New in the 3.12 development line; by default it follows smtpd_tls_loglevel.',
    sensible: '1 at most (inherited).',
    values: {
      '0': 'no TLS activity logging',
      '1': 'a summary line per handshake',
      '2': 'adds handshake progress',
      '3': 'adds a dump of the handshake',
      '4': 'adds a dump of the whole session',
    },
    recommendation: 'Keep it at 0 or 1. Levels 2 and up are for short debugging only, and 3 or 4 dump protocol data. On a busy MX, postscreen sees many connections, so verbose levels flood the log.',
    pitfalls: [
      'Level 4 dumps session content after STARTTLS.',
    ],
    related: ['smtpd_tls_loglevel', 'postscreen_tls_loglevel_maps', 'tlsproxy_tls_loglevel'],
  },
  postscreen_tls_loglevel_maps: {
    summary: 'Lookup tables that select a different TLS log level for particular clients. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests. New in the 3.12 development line; by default it follows smtpd_tls_loglevel_maps.',
    sensible: 'Empty (inherited).',
    recommendation: 'Keep it empty except while investigating one client; targeted logging is safer than raising the global level.',
    pitfalls: [
      'Remember to remove debug entries afterwards.',
    ],
    related: ['smtpd_tls_loglevel_maps', 'postscreen_tls_loglevel'],
  },
  postscreen_tls_mandatory_ciphers: {
    summary: 'The minimum cipher grade when TLS is mandatory (encrypt level). It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests. New in the 3.12 development line; by default it follows smtpd_tls_mandatory_ciphers.',
    sensible: 'medium (inherited).',
    values: {
      high: 'only suites from the high grade list',
      medium: 'high and medium suites; the normal choice',
      low: 'historically added weak suites; treated as medium from Postfix 3.8',
      export: 'historically added 40-bit export suites; treated as medium from Postfix 3.8',
      null: 'only suites without encryption; never for real traffic',
    },
    recommendation: 'Keep it inherited. It only applies at the encrypt level, which must not be used for a public MX, so in practice it rarely matters for postscreen.',
    pitfalls: [
      'Only acts at the encrypt level or above.',
    ],
    related: ['smtpd_tls_mandatory_ciphers', 'postscreen_tls_ciphers'],
  },
  postscreen_tls_mandatory_exclude_ciphers: {
    summary: 'Extra cipher exclusions used only when TLS is mandatory. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests. New in the 3.12 development line; by default it follows smtpd_tls_mandatory_exclude_ciphers.',
    sensible: 'Empty (inherited).',
    recommendation: 'Leave it empty; never exclude forward-secrecy key exchange.',
    pitfalls: [
      'Only acts at the encrypt level or above.',
    ],
    related: ['smtpd_tls_mandatory_exclude_ciphers', 'postscreen_tls_exclude_ciphers'],
  },
  postscreen_tls_mandatory_protocols: {
    summary: 'The TLS versions accepted when TLS is mandatory (encrypt level). It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests. New in the 3.12 development line; by default it follows smtpd_tls_mandatory_protocols.',
    sensible: 'Inherit the smtpd value.',
    recommendation: 'Keep it inherited. It only matters at the encrypt level, which is not appropriate for a public MX; the right place for >=TLSv1.2 is the submission service.',
    pitfalls: [
      'Only acts at the encrypt level or above; it does not harden opportunistic STARTTLS.',
    ],
    related: ['smtpd_tls_mandatory_protocols', 'postscreen_tls_protocols'],
  },
  postscreen_tls_protocols: {
    summary: 'The TLS versions offered for opportunistic STARTTLS. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests. New in the 3.12 development line; by default it follows smtpd_tls_protocols.',
    sensible: 'Inherit the smtpd value (the default excludes SSLv2 and SSLv3).',
    recommendation: 'Sources disagree: Mozilla and NCSC-NL want TLS 1.2 or later, while Postfix advises not to tighten opportunistic TLS because refused clients fall back to plaintext. Follow Postfix: keep the default and never enable SSLv2 or SSLv3.',
    pitfalls: [
      'An empty value enables every protocol the library allows.',
      'Do not exclude TLSv1.3.',
    ],
    related: ['smtpd_tls_protocols', 'postscreen_tls_mandatory_protocols', 'tlsproxy_tls_protocols'],
  },
  postscreen_tls_req_ccert: {
    summary: 'Whether clients must present a verified certificate. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests. New in the 3.12 development line; by default it follows smtpd_tls_req_ccert.',
    sensible: 'no (inherited).',
    recommendation: 'Keep it off. It only takes effect with mandatory TLS, and requiring client certificates on a public MX would reject nearly all legitimate senders.',
    pitfalls: [
      'Has no effect unless TLS is mandatory.',
    ],
    related: ['smtpd_tls_req_ccert', 'postscreen_tls_ask_ccert'],
  },
  postscreen_tls_security_level: {
    summary: 'The TLS policy for the SMTP dialogue that postscreen conducts itself; by default it follows smtpd_tls_security_level. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests.',
    sensible: 'Inherit smtpd_tls_security_level, normally may.',
    values: {
      '(empty)': 'follow the legacy postscreen_use_tls / postscreen_enforce_tls booleans',
      none: 'do not offer STARTTLS',
      may: 'offer STARTTLS but accept plaintext',
      encrypt: 'require TLS before mail transactions; unsuitable for a public MX',
    },
    recommendation: 'Use may (inherited): offer STARTTLS but do not require it. A public MX must not require TLS (RFC 3207), so encrypt is wrong here, and none withholds encryption from senders that could use it.',
    pitfalls: [
      'When the after-greeting tests are off, postscreen hands clients to smtpd, whose own settings then govern STARTTLS.',
      'The tlsproxy service must exist in master.cf for STARTTLS to work.',
    ],
    related: ['smtpd_tls_security_level', 'postscreen_use_tls', 'postscreen_enforce_tls', 'tlsproxy_tls_security_level'],
  },
  postscreen_tls_trace_size_limit: {
    summary: 'An upper bound, in bytes, on the TLS trace data recorded for one session when TLS tracing is enabled. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests. New in the 3.12 development line; by default it follows smtpd_tls_trace_size_limit.',
    sensible: 'Inherit the smtpd value.',
    recommendation: 'Keep a finite limit and only trace while debugging; traces hold protocol data and can fill disks on a busy MX.',
    pitfalls: [
      'Only meaningful when TLS tracing is on.',
    ],
    related: ['smtpd_tls_trace_size_limit', 'postscreen_tls_loglevel', 'tls_trace_rate_limit'],
  },
  postscreen_use_tls: {
    summary: 'Deprecated boolean: when yes, postscreen offers STARTTLS. It is replaced by postscreen_tls_security_level, and Postfix 3.9 and later warn about it. It applies to the STARTTLS service that postscreen(8) offers, with the help of tlsproxy(8), while it talks to a client itself during its after-greeting tests.',
    sensible: 'Unset.',
    recommendation: 'Remove it and rely on postscreen_tls_security_level (inherited from smtpd_tls_security_level = may).',
    pitfalls: [
      'Ignored whenever postscreen_tls_security_level has a value.',
      'Postfix 3.9 and later log a deprecation warning.',
    ],
    related: ['postscreen_tls_security_level', 'postscreen_enforce_tls', 'smtpd_use_tls'],
  },
  requiretls_enable: {
    summary: 'Global switch for REQUIRETLS (RFC 8689) support in Postfix 3.11 and later: announcing the extension in the SMTP server, accepting messages that request it, and honouring the request when relaying.',
    sensible: 'yes.',
    recommendation: 'Keep it on: it lets you receive mail from senders that insist on REQUIRETLS, which you would otherwise refuse. For a perimeter MTA that forwards to internal systems without REQUIRETLS, relax those hops with smtp_requiretls_policy or lmtp_requiretls_policy rather than switching the feature off.',
    pitfalls: [
      'REQUIRETLS delivery needs authenticated TLS (DANE or MTA-STS) on every hop; messages requesting it may bounce where that is missing.',
    ],
    related: ['smtp_requiretls_policy', 'lmtp_requiretls_policy', 'requiretls_esmtp_header', 'requiretls_redact_dsn'],
  },
  requiretls_esmtp_header: {
    summary: 'When enabled, the SMTP server records a REQUIRETLS request in the message itself with a Require-TLS-ESMTP: yes header, so the request is not lost when the message passes through a content filter or other path that cannot carry the ESMTP option.',
    sensible: 'yes.',
    recommendation: 'Keep it on so that REQUIRETLS requests survive reinjection through content filters. If you run a before-queue proxy filter (smtpd_proxy_filter), use a patched 3.11 release, because an early implementation of this header allowed SMTP smuggling in that setup.',
    pitfalls: [
      'A bug introduced in 3.11 allowed SMTP smuggling through smtpd_proxy_filter when this header was added; run a fixed patch release.',
    ],
    related: ['requiretls_enable', 'smtp_requiretls_policy', 'requiretls_redact_dsn'],
  },
  requiretls_redact_dsn: {
    summary: 'When enabled, delivery status notifications about a message that requested REQUIRETLS leave out the original message content, because the notification itself may travel without the protection the sender asked for.',
    sensible: 'yes.',
    recommendation: 'Keep it on. A bounce is typically sent without REQUIRETLS guarantees, so including the protected content would defeat the purpose of the sender request. Turning it off only makes sense in closed environments where all notification paths are trusted.',
    pitfalls: [
      'Senders see less detail in bounces for such messages; this is intended.',
    ],
    related: ['requiretls_enable', 'requiretls_esmtp_header', 'smtp_requiretls_policy'],
  },
  smtp_enforce_tls: {
    summary: 'Deprecated boolean from the pre-2.3 TLS interface: when yes, the SMTP client insists on TLS for every delivery. Postfix 3.9 and later warn when it is set; it is replaced by smtp_tls_security_level.',
    sensible: 'Leave it unset and express the policy with smtp_tls_security_level instead.',
    recommendation: 'Remove it. Translate yes to smtp_tls_security_level = encrypt (or verify when smtp_tls_enforce_peername was also yes) and no to may. The old boolean is ignored as soon as smtp_tls_security_level has a value, so keeping both only confuses readers.',
    pitfalls: [
      'Ignored whenever smtp_tls_security_level is non-empty, so a yes here can silently have no effect.',
      'Postfix 3.9 and later log a deprecation warning for it.',
    ],
    related: ['smtp_tls_security_level', 'smtp_use_tls', 'smtp_tls_enforce_peername'],
  },
  smtp_log_tls_feature_status: {
    summary: 'Controls whether the SMTP client adds TLS feature details to its delivery log records, such as the TLS security level that was applied, whether that level was downgraded by policy, and the REQUIRETLS status of the message.',
    sensible: 'Keep it enabled; the extra fields are short and useful for audits.',
    recommendation: 'Leave it on. The logged level and downgrade information is the easiest way to prove that a delivery used the protection you configured, and to spot destinations where policy fell back to weaker TLS. Log parsers may need updating for the extra fields.',
    pitfalls: [
      'Log analysis tools written for older releases may not recognise the added fields.',
    ],
    related: ['smtp_tls_security_level', 'smtp_requiretls_policy', 'smtp_tls_loglevel'],
  },
  smtp_requiretls_policy: {
    summary: 'Lookup tables that decide, per next-hop destination, how strictly the SMTP client honours a REQUIRETLS request (RFC 8689) carried by a message. The result is one of the keywords listed below.',
    sensible: 'Keep the built-in default, which relaxes REQUIRETLS for your own domain and a few local or address-based next hops and enforces it elsewhere.',
    values: {
      enforce: 'apply REQUIRETLS fully: deliver only over an authenticated TLS connection to a server that announces REQUIRETLS, otherwise return the message',
      'opportunistic+starttls': 'relax REQUIRETLS for this destination but still require an encrypted (STARTTLS) connection',
      opportunistic: 'relax REQUIRETLS for this destination and deliver even if its requirements cannot be met',
      disable: 'do not apply REQUIRETLS handling for this destination',
    },
    recommendation: 'Keep enforce as the fallback for external destinations, because senders use REQUIRETLS precisely to forbid weak delivery. Relax only named internal hops (message stores, content filters) that cannot announce REQUIRETLS, preferably to opportunistic+starttls so the hop stays encrypted.',
    pitfalls: [
      'Relaxing a destination means messages that asked for REQUIRETLS may leave unprotected; document why.',
      'REQUIRETLS requires an authenticated peer (DANE or MTA-STS in practice), so enforce will bounce mail to most domains that publish neither.',
    ],
    related: ['smtp_log_tls_feature_status', 'requiretls_enable', 'requiretls_redact_dsn', 'smtp_tls_security_level'],
  },
  smtp_sasl_tls_security_options: {
    summary: 'The SASL mechanism restrictions the SMTP client applies when it authenticates to a server inside a TLS-encrypted session. Outside TLS, smtp_sasl_security_options applies instead.',
    sensible: 'noanonymous: inside TLS the password is already protected, so plaintext mechanisms are acceptable.',
    values: {
      noplaintext: 'refuse mechanisms that send the password in the clear (PLAIN, LOGIN)',
      noactive: 'refuse mechanisms open to active, non-dictionary attacks',
      nodictionary: 'refuse mechanisms open to passive dictionary attacks',
      noanonymous: 'refuse mechanisms that allow anonymous login',
      forward_secrecy: 'require mechanisms that provide forward secrecy between sessions',
      mutual_auth: 'require mechanisms that authenticate both client and server',
    },
    recommendation: 'Use noanonymous. The TLS layer protects PLAIN and LOGIN in transit, and many relay providers offer only those mechanisms, so adding noplaintext here tends to break authentication without real gain. Make sure the session is actually encrypted by using encrypt or a stronger level toward the relay.',
    pitfalls: [
      'These options only filter mechanisms offered by the server; if nothing is left, authentication fails.',
      'Only takes effect when TLS was negotiated; with opportunistic TLS a downgrade sends AUTH under smtp_sasl_security_options.',
    ],
    related: ['smtp_sasl_security_options', 'smtp_sasl_tls_verified_security_options', 'smtp_sasl_auth_enable', 'smtp_tls_security_level'],
  },
  smtp_sasl_tls_verified_security_options: {
    summary: 'The SASL mechanism restrictions the SMTP client applies when the TLS session also has a verified server certificate. It inherits smtp_sasl_tls_security_options by default.',
    sensible: 'Leave it inheriting smtp_sasl_tls_security_options (noanonymous).',
    values: {
      noplaintext: 'refuse mechanisms that send the password in the clear (PLAIN, LOGIN)',
      noactive: 'refuse mechanisms open to active, non-dictionary attacks',
      nodictionary: 'refuse mechanisms open to passive dictionary attacks',
      noanonymous: 'refuse mechanisms that allow anonymous login',
      forward_secrecy: 'require mechanisms that provide forward secrecy between sessions',
      mutual_auth: 'require mechanisms that authenticate both client and server',
    },
    recommendation: 'Keep it equal to smtp_sasl_tls_security_options. Verification of the server is what really protects the password from a man in the middle, so the practical recommendation is to use a verifying TLS level (secure, verify or dane) for relays that receive credentials, not to tune this list.',
    pitfalls: [
      'Only relevant when the server certificate was actually verified, which requires a verifying security level for that destination.',
    ],
    related: ['smtp_sasl_tls_security_options', 'smtp_sasl_security_options', 'smtp_tls_security_level'],
  },
  smtp_starttls_timeout: {
    summary: 'Time limit for the SMTP client read and write operations during the TLS handshake and the TLS shutdown, after STARTTLS was accepted.',
    sensible: 'A few minutes; the default is fine in practice.',
    recommendation: 'Keep the default. Very short limits cause spurious handshake failures with slow or distant servers, and with opportunistic TLS a failed handshake can end in a plaintext retry. There is no security gain from shortening it.',
    pitfalls: [
      'Too small a value shows up as handshake timeouts that look like TLS incompatibilities.',
    ],
    related: ['smtp_tls_security_level', 'smtp_tls_loglevel'],
  },
  smtp_tls_CAfile: {
    summary: 'A PEM file with trusted CA certificates that the SMTP client uses to verify server certificates at the verify and secure levels. The file is read before the process enters its chroot jail.',
    sensible: 'The system CA bundle (for example /etc/ssl/certs/ca-certificates.crt) or a file holding only a private CA.',
    recommendation: 'Set it only when you use verify or secure for some destinations; at may and encrypt it does not change the outcome, and DANE uses TLSA records instead. Prefer a narrow private CA for internal relays, or a per-destination tafile= in smtp_tls_policy_maps.',
    pitfalls: [
      'Relative or unreadable paths cause verification failures that look like untrusted certificates.',
      'smtp_tls_trust_anchor_file, when set, replaces these CAs for verification.',
    ],
    related: ['smtp_tls_CApath', 'smtp_tls_trust_anchor_file', 'smtp_tls_security_level', 'smtp_tls_scert_verifydepth', 'tls_append_default_CA'],
  },
  smtp_tls_CApath: {
    summary: 'A directory of hashed CA certificates that the SMTP client consults when verifying server certificates. Unlike the CA file, it is read at run time.',
    sensible: 'Empty, or a rehashed certificate directory that is also reachable inside the chroot jail.',
    recommendation: 'Prefer smtp_tls_CAfile. Because the directory is searched at run time, it must exist inside the chroot jail when the smtp service runs chrooted, which is a common cause of mysterious verification failures. Use it only with verify or secure destinations.',
    pitfalls: [
      'After adding certificates, rehash the directory (openssl rehash or c_rehash) or lookups fail.',
      'Must be accessible from within the chroot jail when the service is chrooted.',
    ],
    related: ['smtp_tls_CAfile', 'smtp_tls_trust_anchor_file', 'smtp_tls_security_level', 'tls_append_default_CA'],
  },
  smtp_tls_block_early_mail_reply: {
    summary: 'When enabled, the SMTP client checks for a server that sends protocol replies before the client asked for them right after the TLS handshake, a sign of the CVE-2009-3555 plaintext injection attack, and treats it as an error.',
    sensible: 'Either value works; enabling it is a cheap extra check.',
    recommendation: 'Enabling it is harmless with well-behaved servers and adds a check against command injection. The underlying renegotiation flaw has long been fixed in TLS libraries, so the practical benefit today is small; do not rely on it instead of keeping OpenSSL current.',
    pitfalls: [
      'Some broken servers that pipeline replies too early may fail delivery once this is on.',
    ],
    related: ['smtp_tls_security_level', 'smtp_tls_loglevel'],
  },
  smtp_tls_cert_file: {
    summary: 'A PEM file with the RSA certificate (and intermediates) the SMTP client presents when a server asks for a client certificate. The matching key is given by smtp_tls_key_file.',
    sensible: 'Empty, unless a specific server requires client certificates; on Postfix 3.4 and later prefer smtp_tls_chain_files.',
    recommendation: 'Leave it empty unless a relay authenticates you by certificate; presenting a certificate to arbitrary servers gains nothing. When one is needed, use smtp_tls_chain_files on 3.4 and later so key and certificate cannot get out of step during renewal. The private key must be unencrypted and readable only by root.',
    pitfalls: [
      'Ignored when smtp_tls_chain_files is set.',
      'Certificate order matters: the client certificate first, then intermediates.',
    ],
    related: ['smtp_tls_key_file', 'smtp_tls_chain_files', 'smtp_tls_eccert_file', 'smtp_tls_dcert_file'],
  },
  smtp_tls_chain_files: {
    summary: 'One or more PEM files, each holding a private key followed by its certificate chain, that the SMTP client uses as client credentials. It replaces the separate certificate and key parameters from Postfix 3.4 on.',
    sensible: 'Empty unless a server requires a client certificate; otherwise one file per key algorithm, key first, then leaf, then intermediates.',
    recommendation: 'When a client certificate is required, use this parameter rather than the legacy cert/key pairs: keeping key and chain in one file avoids a mismatch window during rollover. Protect the file as a private key (root only, mode 600 or 400). Leave empty otherwise.',
    pitfalls: [
      'When set, smtp_tls_cert_file, smtp_tls_eccert_file and smtp_tls_dcert_file and their key files are not used.',
      'Inside each file, the key must come before the certificates it belongs to.',
      'Not available before Postfix 3.4.',
    ],
    related: ['smtp_tls_cert_file', 'smtp_tls_key_file', 'smtp_tls_eccert_file', 'smtp_tls_eckey_file'],
  },
  smtp_tls_cipherlist: {
    summary: 'Removed parameter from the Postfix 2.2 TLS interface that held a raw OpenSSL cipher list for the SMTP client. It was dropped in 2.3; use smtp_tls_mandatory_ciphers (and the cipher grade definitions) instead.',
    sensible: 'Do not set it.',
    recommendation: 'Delete it. Current releases do not know the name and report it as unused, so the cipher restriction it expresses is not applied. Express cipher needs through smtp_tls_ciphers and smtp_tls_mandatory_ciphers grades.',
    pitfalls: [
      'postconf reports it as an unused parameter; the setting has no effect.',
    ],
    related: ['smtp_tls_mandatory_ciphers', 'smtp_tls_ciphers', 'tls_medium_cipherlist', 'tls_high_cipherlist'],
  },
  smtp_tls_ciphers: {
    summary: 'The minimum cipher grade the SMTP client offers for opportunistic TLS (the may and dane levels when TLS is not mandatory). The grades map to the tls_*_cipherlist definitions.',
    sensible: 'medium.',
    values: {
      high: 'only suites from the high grade list (tls_high_cipherlist)',
      medium: 'high and medium suites (tls_medium_cipherlist); the normal choice',
      low: 'historically added weak 56-bit suites; treated as medium from Postfix 3.8',
      export: 'historically added 40-bit export suites; treated as medium from Postfix 3.8',
      null: 'only suites with no encryption at all (authentication only); never for real traffic',
    },
    recommendation: 'Use medium. With opportunistic TLS, a stricter grade does not stop weak peers; it only makes the handshake fail and the mail go out in plaintext, which is worse. Never use export or low: before Postfix 3.8 they enabled breakable suites. Raise the grade per destination through the policy table when needed.',
    pitfalls: [
      'low and export are silently treated as medium from 3.8, but on older releases they enable weak suites.',
      'Mandatory levels use smtp_tls_mandatory_ciphers, not this parameter.',
    ],
    related: ['smtp_tls_mandatory_ciphers', 'smtp_tls_exclude_ciphers', 'smtp_tls_protocols', 'smtp_tls_policy_maps', 'tls_medium_cipherlist', 'tls_high_cipherlist'],
  },
  smtp_tls_connection_reuse: {
    summary: 'When enabled, the SMTP client hands TLS to the tlsproxy(8) service so that established TLS connections can be kept in the connection cache and reused for later deliveries to the same destination.',
    sensible: 'no, or yes on busy relays that send many messages to the same destinations.',
    recommendation: 'This is a performance option and is neutral for security: the peer is authenticated during the first handshake and the cached connection keeps that protection. Enable it when handshake cost matters, and confirm that the tlsproxy service is present in master.cf.',
    pitfalls: [
      'Requires a working tlsproxy entry in master.cf.',
      'Reused connections perform no new handshake, which affects TLSRPT accounting.',
    ],
    related: ['smtp_tls_policy_maps', 'smtp_tlsrpt_skip_reused_handshakes', 'smtp_tls_session_cache_database', 'smtp_connection_cache_on_demand', 'tlsproxy_service_name'],
  },
  smtp_tls_dane_insecure_mx_policy: {
    summary: 'Decides what the SMTP client does at the dane level when the MX records were found by a lookup that was not DNSSEC-validated, but an MX host itself has validated TLSA records.',
    sensible: 'dane.',
    values: {
      may: 'ignore the TLSA records and use opportunistic TLS',
      encrypt: 'require TLS but do not authenticate with the TLSA records',
      dane: 'use the TLSA records for authentication as with a validated MX lookup',
    },
    recommendation: 'Use dane: when the host publishes validated TLSA records, using them gives real authentication at no extra cost. The weaker choices only help with hosts whose TLSA records are broken.',
    pitfalls: [
      'Only matters at the dane level with DNSSEC validation enabled.',
      'An attacker who can forge the unsigned MX lookup can still choose which MX host is used.',
    ],
    related: ['smtp_tls_security_level', 'smtp_dns_support_level', 'smtp_tls_policy_maps', 'smtp_tls_force_insecure_host_tlsa_lookup'],
  },
  smtp_tls_dcert_file: {
    summary: 'A PEM file with a DSA client certificate for the SMTP client, used only if a server requests a client certificate.',
    sensible: 'Empty.',
    recommendation: 'Leave it empty. DSA is obsolete, modern TLS versions and libraries no longer use it, and TLS 1.3 has no DSA signatures. If a client certificate is required, use an RSA or ECDSA chain through smtp_tls_chain_files.',
    pitfalls: [
      'A DSA-only client credential will not be usable with TLS 1.3 peers.',
    ],
    related: ['smtp_tls_dkey_file', 'smtp_tls_chain_files', 'smtp_tls_cert_file'],
  },
  smtp_tls_dkey_file: {
    summary: 'The private key file that belongs to smtp_tls_dcert_file (the DSA client certificate). By default it points at the certificate file, so both may live in one file.',
    sensible: 'Empty, together with an empty DSA certificate setting.',
    recommendation: 'Leave it empty; DSA credentials are obsolete. If you inherited a DSA setup, replace it with RSA or ECDSA credentials in smtp_tls_chain_files. The private key must be unencrypted and readable only by root.',
    pitfalls: [
      'A key that does not match the certificate disables that credential.',
    ],
    related: ['smtp_tls_dcert_file', 'smtp_tls_chain_files'],
  },
  smtp_tls_eccert_file: {
    summary: 'A PEM file with an ECDSA client certificate (and intermediates) for the SMTP client, used when a server asks for a client certificate.',
    sensible: 'Empty unless an ECDSA client certificate is required; on 3.4 and later use smtp_tls_chain_files instead.',
    recommendation: 'Leave empty unless a server demands client certificates. When one is needed, ECDSA is a good choice, but configure it through smtp_tls_chain_files to avoid key and certificate getting out of step. The private key must be unencrypted and readable only by root.',
    pitfalls: [
      'Ignored when smtp_tls_chain_files is set.',
    ],
    related: ['smtp_tls_eckey_file', 'smtp_tls_chain_files', 'smtp_tls_cert_file'],
  },
  smtp_tls_eckey_file: {
    summary: 'The private key file for the ECDSA client certificate in smtp_tls_eccert_file. Key and certificate may share one file.',
    sensible: 'Empty, or the key file that matches the ECDSA certificate.',
    recommendation: 'Only set it together with smtp_tls_eccert_file, and prefer smtp_tls_chain_files on 3.4 and later. The private key must be unencrypted and readable only by root.',
    pitfalls: [
      'A key that does not match the certificate disables that credential.',
    ],
    related: ['smtp_tls_eccert_file', 'smtp_tls_chain_files'],
  },
  smtp_tls_enable_rpk: {
    summary: 'When enabled, the SMTP client asks servers to send an RFC 7250 raw public key instead of an X.509 certificate. This only makes sense when servers are authenticated by public-key fingerprint.',
    sensible: 'no, unless you pin peers by public-key fingerprint.',
    recommendation: 'Keep it off unless every destination that uses it is authenticated with public-key fingerprints at the fingerprint level. A raw key carries no names or CA signatures, so it cannot satisfy verify, secure or certificate-based checks.',
    pitfalls: [
      'Certificate fingerprints cannot match a raw public key; use public-key fingerprints.',
      'Servers must support raw public keys too, otherwise they send a normal certificate.',
    ],
    related: ['smtp_tls_fingerprint_cert_match', 'smtp_tls_fingerprint_digest', 'smtp_tls_security_level', 'smtp_tls_policy_maps'],
  },
  smtp_tls_enforce_peername: {
    summary: 'Deprecated companion of smtp_enforce_tls: when mandatory TLS is on, yes also requires the server certificate name to be verified. Postfix 3.11 and later warn about it; use smtp_tls_security_level instead.',
    sensible: 'Leave it unset and choose verify, secure or encrypt in smtp_tls_security_level.',
    recommendation: 'Remove it. The old pair maps onto levels: enforce plus peername verification becomes verify (or secure), enforce without it becomes encrypt. The level parameter says this directly and takes precedence anyway.',
    pitfalls: [
      'Has no effect when smtp_tls_security_level is set.',
      'Postfix 3.11 and later log a deprecation warning.',
    ],
    related: ['smtp_tls_security_level', 'smtp_enforce_tls', 'smtp_use_tls'],
  },
  smtp_tls_enforce_sts_mx_patterns: {
    summary: 'When an MTA-STS policy plugin supplies the policy MX patterns (via the TLSRPT attributes in its policy table reply), the SMTP client connects only to MX hosts whose names match a pattern and verifies the certificate against that MX host name.',
    sensible: 'yes.',
    recommendation: 'Keep it on. Without it Postfix uses the old behaviour: any MX from DNS is tried and the certificate only has to match one of the policy patterns, which is looser than RFC 8461 intends. The setting has no effect unless an STS plugin in the policy table provides the pattern attributes.',
    pitfalls: [
      'Needs an MTA-STS plugin that sends the TLSRPT-style policy attributes; otherwise nothing changes.',
      'MX hosts missing from a stale remote STS policy will be skipped.',
    ],
    related: ['smtp_tls_policy_maps', 'smtp_tls_security_level', 'smtp_tlsrpt_enable'],
  },
  smtp_tls_exclude_ciphers: {
    summary: 'OpenSSL cipher names or cipher types that the SMTP client removes from its cipher list at every TLS level, opportunistic and mandatory.',
    sensible: 'Empty; exclude something only to work around a specific, known problem.',
    recommendation: 'Leave it empty. The default grades already exclude the weak suites, and hand-made exclusions tend to age badly. Never exclude forward-secrecy key exchange (kEECDH, EECDH, kDHE, EDH and similar): that removes FS from TLS 1.2 connections.',
    pitfalls: [
      'Applies to opportunistic TLS too, so an aggressive list can cause plaintext fallback.',
      'Excluding ECDHE or DHE key exchange silently weakens forward secrecy.',
    ],
    related: ['smtp_tls_mandatory_exclude_ciphers', 'smtp_tls_ciphers', 'smtp_tls_mandatory_ciphers'],
  },
  smtp_tls_fingerprint_cert_match: {
    summary: 'The list of certificate or public-key fingerprints the SMTP client accepts at the fingerprint security level. The digest algorithm comes from smtp_tls_fingerprint_digest.',
    sensible: 'Empty globally; give per-destination fingerprints with match= in smtp_tls_policy_maps.',
    recommendation: 'Pin peers per destination in the policy table rather than globally, and use SHA-256 public-key fingerprints, which survive certificate renewal with the same key. Keep at least two fingerprints during planned key changes so delivery does not stop.',
    pitfalls: [
      'After a peer changes its key, delivery defers until the list is updated.',
      'Fingerprints must be computed with the digest set in smtp_tls_fingerprint_digest.',
    ],
    related: ['smtp_tls_fingerprint_digest', 'smtp_tls_security_level', 'smtp_tls_policy_maps', 'smtp_tls_enable_rpk'],
  },
  smtp_tls_fingerprint_digest: {
    summary: 'The message digest the SMTP client uses to compute certificate and public-key fingerprints for the fingerprint security level. Any OpenSSL digest name is accepted.',
    sensible: 'sha256.',
    values: {
      sha256: 'SHA-256; current best practice',
      sha1: 'SHA-1; legacy, avoid for new configurations',
      md5: 'MD5; legacy default before compatibility level 3.6, avoid',
    },
    recommendation: 'Use sha256. MD5 and SHA-1 are deprecated hash functions and have no place in new pinning setups. When switching, recompute every configured fingerprint, because old values stop matching.',
    pitfalls: [
      'Changing the digest invalidates all existing fingerprints in configuration and policy tables.',
      'With compatibility_level below 3.6 the built-in default is still md5.',
    ],
    related: ['smtp_tls_fingerprint_cert_match', 'smtp_tls_security_level', 'compatibility_level'],
  },
  smtp_tls_force_insecure_host_tlsa_lookup: {
    summary: 'When enabled, the SMTP client looks up DANE TLSA records for a server even when the address records for its name come from a zone that is not DNSSEC-signed. Normally such lookups are skipped as pointless.',
    sensible: 'no.',
    recommendation: 'Leave it off. DANE depends on a validated chain from the DNS; if the host address lookup is insecure, TLSA data below it cannot normally be trusted, and the extra queries only add latency. It is a niche setting for unusual DNS layouts.',
    pitfalls: [
      'Only relevant at the dane and dane-only levels.',
    ],
    related: ['smtp_tls_security_level', 'smtp_tls_policy_maps', 'smtp_dns_support_level'],
  },
  smtp_tls_key_file: {
    summary: 'The private key file for the RSA client certificate in smtp_tls_cert_file. By default it is the same file as the certificate.',
    sensible: 'Empty unless a client certificate is configured; prefer smtp_tls_chain_files.',
    recommendation: 'Only set it together with smtp_tls_cert_file, and prefer a single chain file on 3.4 and later. The private key must be unencrypted and readable only by root. World-readable client keys let anyone impersonate your server to the relay.',
    pitfalls: [
      'A key that does not match the certificate disables that credential.',
      'Passphrase-protected keys cannot be used.',
    ],
    related: ['smtp_tls_cert_file', 'smtp_tls_chain_files'],
  },
  smtp_tls_loglevel: {
    summary: 'How much TLS detail the SMTP client writes to the mail log.',
    sensible: '1.',
    values: {
      '0': 'no TLS activity logging',
      '1': 'a summary line per handshake plus certificate problems that matter',
      '2': 'adds progress information during the handshake',
      '3': 'adds a hex and ASCII dump of the handshake',
      '4': 'adds a dump of the complete session after STARTTLS (very verbose)',
    },
    recommendation: 'Use 1: it records protocol, cipher and verification status for each connection without flooding logs. Levels 2 and above are for short debugging sessions only; 3 and 4 dump protocol data, and 4 can expose message content. For one problematic peer, raise the level only for that peer with smtp_tls_loglevel_maps (3.12).',
    pitfalls: [
      'Level 4 logs the decrypted session, a privacy problem.',
      'High levels produce very large logs on busy systems.',
    ],
    related: ['smtp_tls_loglevel_maps', 'smtp_tls_trace_size_limit', 'smtp_tls_note_starttls_offer'],
  },
  smtp_tls_loglevel_maps: {
    summary: 'Optional lookup tables (new in the 3.12 development line) that choose a different TLS log level for particular remote peers, so the SMTP client can debug one destination while keeping the global smtp_tls_loglevel low.',
    sensible: 'Empty; add a single entry for a peer while investigating a problem.',
    recommendation: 'Keep it empty in normal operation and remove entries once debugging is done. Targeted raising is far safer than raising smtp_tls_loglevel globally, but high levels still write protocol dumps that may contain sensitive data.',
    pitfalls: [
      'Detailed logging left enabled for a busy peer can grow logs quickly.',
      'Not available in stable releases before 3.12.',
    ],
    related: ['smtp_tls_loglevel', 'smtp_tls_trace_size_limit'],
  },
  smtp_tls_mandatory_ciphers: {
    summary: 'The minimum cipher grade the SMTP client uses when TLS is mandatory: the encrypt, fingerprint, verify, secure and dane-only levels, and DANE connections with usable TLSA records.',
    sensible: 'medium; high is reasonable for a few known, modern peers.',
    values: {
      high: 'only suites from the high grade list (tls_high_cipherlist)',
      medium: 'high and medium suites (tls_medium_cipherlist); the normal choice',
      low: 'historically added weak 56-bit suites; treated as medium from Postfix 3.8',
      export: 'historically added 40-bit export suites; treated as medium from Postfix 3.8',
      null: 'only suites with no encryption at all (authentication only); never for real traffic',
    },
    recommendation: 'Keep medium globally; it already excludes broken suites. high can be used per destination for known modern peers. Never use export or low, which enabled breakable suites before Postfix 3.8. Remember that TLS 1.3 suites are not controlled by these grades.',
    pitfalls: [
      'Only applies at mandatory levels; opportunistic TLS uses the non-mandatory parameter.',
      'Raising it globally can defer mail to older but otherwise fine servers.',
    ],
    related: ['smtp_tls_ciphers', 'smtp_tls_mandatory_exclude_ciphers', 'smtp_tls_mandatory_protocols', 'smtp_tls_policy_maps'],
  },
  smtp_tls_mandatory_exclude_ciphers: {
    summary: 'Additional OpenSSL cipher names or types that the SMTP client excludes only at mandatory TLS levels, on top of smtp_tls_exclude_ciphers.',
    sensible: 'Empty.',
    recommendation: 'Leave it empty unless a particular peer forces a workaround; then prefer the exclude= attribute in the policy table for that destination. Never exclude the forward-secrecy key exchanges (kEECDH, kDHE and aliases).',
    pitfalls: [
      'Only acts at encrypt and stronger levels, so it does not harden opportunistic TLS.',
      'Excluding ECDHE or DHE key exchange weakens forward secrecy.',
    ],
    related: ['smtp_tls_exclude_ciphers', 'smtp_tls_mandatory_ciphers', 'smtp_tls_policy_maps'],
  },
  smtp_tls_mandatory_protocols: {
    summary: 'The TLS protocol versions the SMTP client accepts when TLS is mandatory (encrypt and stronger, and DANE connections). From Postfix 3.6 a range like >=TLSv1.2 can be written; older releases need an exclusion list.',
    sensible: '>=TLSv1.2 on 3.6 and later (or !SSLv2, !SSLv3, !TLSv1, !TLSv1.1 before 3.6) for known peers; never anything that enables SSLv2 or SSLv3.',
    recommendation: 'For mandatory destinations you know, >=TLSv1.2 follows RFC 8996. Sources differ for DANE: general guidance wants TLS 1.2 or later everywhere, but Postfix advises keeping the default floor so that older DANE servers stay reachable. Following Postfix, when you use dane raise the floor per destination with protocols= in smtp_tls_policy_maps rather than globally.',
    pitfalls: [
      'Only used at mandatory levels; it does nothing for may.',
      'Exclusion lists with gaps (for example !TLSv1.1 while TLSv1 stays on) can disable every newer version.',
      'Do not disable TLSv1.3.',
      'No whitespace between >= and the version.',
    ],
    related: ['smtp_tls_protocols', 'smtp_tls_mandatory_ciphers', 'smtp_tls_security_level', 'smtp_tls_policy_maps'],
  },
  smtp_tls_note_starttls_offer: {
    summary: 'When enabled, the SMTP client logs the name of a server that offers STARTTLS in cases where TLS is not enabled for that server, which helps to find destinations where TLS could be turned on.',
    sensible: 'no; with the may level it rarely adds anything.',
    recommendation: 'It is informational only. Rather than collecting such log lines, enable opportunistic TLS with smtp_tls_security_level = may (or dane), which uses STARTTLS wherever it is offered.',
    pitfalls: [
      'Only logs when TLS is off for the destination; with may it stays silent.',
    ],
    related: ['smtp_tls_security_level', 'smtp_tls_loglevel'],
  },
  smtp_tls_per_site: {
    summary: 'Deprecated lookup table from the pre-2.3 TLS interface that set TLS actions (NONE, MAY, MUST, MUST_NOPEERMATCH) per host or domain. Postfix 3.9 and later warn about it; it is replaced by smtp_tls_policy_maps.',
    sensible: 'Unset.',
    recommendation: 'Migrate the entries to smtp_tls_policy_maps, which supports all security levels and per-destination attributes, and delete this parameter. The table formats differ, so convert each entry by hand.',
    pitfalls: [
      'There is no mechanical conversion: the lookup keys and result keywords are different from the policy table.',
      'Postfix 3.9 and later log a deprecation warning.',
    ],
    related: ['smtp_tls_policy_maps', 'smtp_tls_security_level'],
  },
  smtp_tls_policy_maps: {
    summary: 'Lookup tables that set the TLS security level and options per next-hop destination for the SMTP client. Results are a level keyword plus optional attributes such as ciphers=, protocols=, match=, exclude= and tafile=.',
    sensible: 'An indexed file (hash or lmdb) listing only destinations that need something other than the global level, or a socketmap to an MTA-STS resolver.',
    recommendation: 'Use it for mandatory TLS: keep smtp_tls_security_level at may or dane globally and list specific partners with encrypt, verify, secure or dane-only here. This protects those routes without breaking delivery to the rest of the Internet.',
    pitfalls: [
      'The key is the next-hop destination (for example [relay.example.com]:587 when that is the relay), not necessarily the recipient domain.',
      'Remember to run postmap after editing indexed tables.',
      'A policy entry overrides the global level and its mandatory parameters for that destination.',
    ],
    related: ['smtp_tls_security_level', 'smtp_tls_per_site', 'smtp_tls_mandatory_protocols', 'smtp_tls_mandatory_ciphers', 'smtp_tls_fingerprint_cert_match'],
  },
  smtp_tls_protocols: {
    summary: 'The TLS protocol versions the SMTP client allows for opportunistic TLS (may, and dane when no usable TLSA records are found). From 3.6 it accepts bounds like >=TLSv1.',
    sensible: 'The default (>=TLSv1 on 3.6 and later, !SSLv2, !SSLv3 on older releases).',
    recommendation: 'Sources disagree: external profiles (Mozilla, NCSC-NL) ask for TLS 1.2 or later everywhere, but Postfix advises against tightening opportunistic TLS, because a peer that only speaks an older version then gets plaintext instead. This follows Postfix: keep the default, which already excludes SSL, and never enable SSLv2 or SSLv3.',
    pitfalls: [
      'An empty value enables every protocol the library allows, including SSLv3 on old libraries.',
      'Gaps in exclusion lists can disable newer versions; do not exclude TLSv1.3.',
      'Range syntax (>=) needs Postfix 3.6 or later.',
    ],
    related: ['smtp_tls_mandatory_protocols', 'smtp_tls_ciphers', 'smtp_tls_security_level'],
  },
  smtp_tls_scert_verifydepth: {
    summary: 'The maximum length of the certificate chain the SMTP client will follow when verifying a server certificate.',
    sensible: 'The default (9) suits public CAs; a small value such as 2 fits a private CA with one intermediate.',
    recommendation: 'Keep the default. A value that is too small makes valid chains fail verification; there is little security gain from trimming it because trust is decided by the configured CAs.',
    pitfalls: [
      'Too small a value rejects valid chains from CAs that use several intermediate certificates.',
    ],
    related: ['smtp_tls_CAfile', 'smtp_tls_CApath', 'smtp_tls_trust_anchor_file', 'smtp_tls_security_level'],
  },
  smtp_tls_secure_cert_match: {
    summary: 'How the SMTP client matches the server certificate name at the secure level: the strategies and names listed here decide which names are acceptable.',
    sensible: 'The default next-hop based matching.',
    values: {
      nexthop: 'the certificate must match the next-hop domain (recipient domain or configured relay name)',
      'dot-nexthop': 'the certificate may match any subdomain of the next-hop domain',
      hostname: 'the certificate must match the server host name, for example the MX name from DNS',
      '<domain name>': 'any other word is a fixed name that the certificate must match',
    },
    recommendation: 'Keep the next-hop based strategies. They protect against forged MX records, because the acceptable names come from the destination you chose, not from DNS. Only add hostname when the MX lookup itself is trustworthy, and set per-destination names with match= in the policy table.',
    pitfalls: [
      'Matching on hostname at the secure level reintroduces trust in unauthenticated MX lookups.',
      'Many large providers use certificates that do not name the recipient domain, so secure often needs an explicit match= list per destination.',
    ],
    related: ['smtp_tls_verify_cert_match', 'smtp_tls_security_level', 'smtp_tls_policy_maps'],
  },
  smtp_tls_security_level: {
    summary: 'The default TLS policy of the SMTP client for all destinations not covered by smtp_tls_policy_maps. It was empty (no TLS) before 3.11 and is may at compatibility level 3.11 or later.',
    sensible: 'may, or dane with a local DNSSEC-validating resolver.',
    values: {
      '(empty)': 'use the legacy smtp_use_tls / smtp_enforce_tls booleans; with those unset, TLS is off',
      none: 'never use TLS',
      may: 'opportunistic TLS: use STARTTLS when offered, without authentication, and fall back to plaintext',
      encrypt: 'mandatory TLS without certificate checks; defer if TLS is unavailable',
      dane: 'opportunistic DANE: authenticate with DNSSEC-validated TLSA records where present, otherwise behave like may',
      'dane-only': 'mandatory DANE: deliver only to servers with usable TLSA records',
      fingerprint: 'mandatory TLS; the server certificate or key must match a configured fingerprint',
      verify: 'mandatory TLS with a CA-verified certificate; names come from DNS, so forged MX records are not detected',
      secure: 'mandatory TLS with a CA-verified certificate matched against the next-hop name; resists MX forgery',
    },
    recommendation: 'Use may as the baseline so mail is encrypted whenever the receiver supports it; use dane if you run a validating resolver and set smtp_dns_support_level = dnssec. Do not set mandatory levels globally for Internet delivery: some receiving servers have no working TLS and mail would be deferred. Put encrypt, verify, secure or dane-only on specific destinations in the policy table.',
    pitfalls: [
      'On releases before 3.11 (or compatibility_level below 3.11) an unset value means outbound mail is sent without TLS.',
      'dane without DNSSEC validation silently acts like may; dane-only then defers everything.',
      'The mandatory protocol and cipher parameters only apply at encrypt and stronger levels (and with dane).',
    ],
    related: ['smtp_tls_policy_maps', 'smtp_tls_mandatory_protocols', 'smtp_tls_mandatory_ciphers', 'smtp_tls_protocols', 'smtp_tls_ciphers', 'smtp_use_tls', 'smtp_enforce_tls', 'smtp_dns_support_level', 'compatibility_level'],
  },
  smtp_tls_servername: {
    summary: 'Which name the SMTP client sends in the TLS Server Name Indication (SNI) extension. Empty means no SNI, except that DANE connections always send the TLSA base domain.',
    sensible: 'Empty for ordinary MX delivery; hostname when a relay or hosted service needs SNI to pick its certificate.',
    values: {
      hostname: 'send the host name of the server being connected to (for example the MX name)',
      nexthop: 'send the next-hop domain name',
      '<literal name>': 'send this fixed name',
    },
    recommendation: 'Set it only when a peer needs SNI to present the right certificate (common with cloud-hosted relays); otherwise leave it empty. Per destination, use servername= in the policy table. SNI is sent in cleartext, so it should not carry names you consider confidential.',
    pitfalls: [
      'Some servers return a default certificate without SNI, which then fails verify or secure checks.',
      'The chosen name is visible on the network.',
    ],
    related: ['smtp_tls_policy_maps', 'smtp_tls_security_level', 'smtp_tls_verify_cert_match'],
  },
  smtp_tls_session_cache_database: {
    summary: 'The database in which the tlsmgr(8) service keeps TLS sessions of the SMTP client so that repeated connections to the same server can resume instead of doing a full handshake.',
    sensible: 'btree:${data_directory}/smtp_scache, or lmdb: where Berkeley DB is unavailable.',
    recommendation: 'Enable it whenever outbound TLS is used; it lowers CPU load and latency and does not weaken security. Use a table type that supports enumeration, such as btree or lmdb, and set it in main.cf only, because tlsmgr reads it there.',
    pitfalls: [
      'dbm and types without sequence support do not work for this cache.',
      'A master.cf -o override on the client service has no effect, since tlsmgr owns the cache.',
    ],
    related: ['smtp_tls_session_cache_timeout', 'smtp_tls_connection_reuse', 'tlsmgr_service_name'],
  },
  smtp_tls_session_cache_timeout: {
    summary: 'How long sessions of the SMTP client stay valid in the TLS session cache before they expire.',
    sensible: 'About an hour (the default).',
    recommendation: 'Keep the default. Longer lifetimes slightly increase the window in which resumed sessions rely on old key material, while shorter ones only cost handshakes. Set it in main.cf; per-service overrides are not seen by tlsmgr.',
    pitfalls: [
      'Changes in master.cf -o are ignored; tlsmgr reads main.cf.',
      'Postfix caps very large values.',
    ],
    related: ['smtp_tls_session_cache_database'],
  },
  smtp_tls_trace_size_limit: {
    summary: 'An upper bound, in bytes, on the TLS trace data recorded for one SMTP client session by the TLS tracing support that appeared in the 3.12 development line.',
    sensible: 'The default; lower it if traces are kept for many sessions.',
    recommendation: 'Keep a finite limit. TLS traces contain protocol data and can grow large; a cap protects disk space and limits how much sensitive material ends up on disk. Enable tracing only while debugging and remove old trace files afterwards.',
    pitfalls: [
      'Only meaningful when TLS tracing is turned on.',
      'Not available in stable releases before 3.12.',
    ],
    related: ['smtp_tls_loglevel', 'smtp_tls_loglevel_maps', 'tls_trace_rate_limit'],
  },
  smtp_tls_trust_anchor_file: {
    summary: 'PEM files with trust-anchor certificates or public keys for the SMTP client. When set, server chains must lead to one of these anchors and the CAs from the CA file and CA directory are no longer trusted.',
    sensible: 'Empty globally; per destination use tafile= in smtp_tls_policy_maps.',
    recommendation: 'Use trust anchors to pin a private or partner CA for specific destinations instead of trusting the whole public CA set; set them per destination with tafile= rather than globally, so unrelated verify or secure destinations keep working.',
    pitfalls: [
      'A global setting replaces the configured CA roots for every verifying destination.',
      'Not available before Postfix 2.11.',
    ],
    related: ['smtp_tls_CAfile', 'smtp_tls_CApath', 'smtp_tls_policy_maps', 'smtp_tls_security_level'],
  },
  smtp_tls_verify_cert_match: {
    summary: 'How the SMTP client matches the server certificate name at the verify level, where acceptable names may come from (unauthenticated) DNS lookups.',
    sensible: 'The default hostname matching.',
    values: {
      nexthop: 'the certificate must match the next-hop domain (recipient domain or configured relay name)',
      'dot-nexthop': 'the certificate may match any subdomain of the next-hop domain',
      hostname: 'the certificate must match the server host name, for example the MX name from DNS',
      '<domain name>': 'any other word is a fixed name that the certificate must match',
    },
    recommendation: 'Keep the default for verify. If you need protection against forged MX records, use the secure level (with smtp_tls_secure_cert_match) or DANE rather than tuning this list.',
    pitfalls: [
      'verify trusts MX records as returned by DNS, so an attacker who can forge DNS can redirect mail to a host with a valid certificate for its own name.',
    ],
    related: ['smtp_tls_secure_cert_match', 'smtp_tls_security_level', 'smtp_tls_policy_maps'],
  },
};
