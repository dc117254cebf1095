import type { ParamDocs } from './types';

/**
 * Our own reference text for the second half of the TLS-related main.cf
 * parameters (smtp_tls_wrappermode .. tlsproxy_watchdog_timeout).
 * Written in our own words; defaults and versions are shown from the generated table.
 */
export const docs: ParamDocs = {
  smtp_tls_wrappermode: {
    summary: 'Makes the SMTP client start TLS immediately after connecting (implicit TLS, as on port 465) instead of issuing STARTTLS after EHLO. It is meant for relaying to a submissions service, typically through relayhost or a dedicated transport.',
    sensible: 'Leave it off globally; set it only on a transport or with a relayhost that speaks implicit TLS, for example [smtp.example.com]:465.',
    recommendation: 'Use it only on the transport that talks to an implicit-TLS port, and pair it with smtp_tls_security_level = encrypt (or a verifying level such as secure) on that same transport. Without a mandatory level the client cannot behave correctly with a wrapper-mode peer, and an authenticated relay connection deserves certificate verification anyway.',
    pitfalls: [
      'Wrapper mode requires a security level of encrypt or higher; at may or none the connection does not work as intended.',
      'Setting it in main.cf affects every SMTP delivery, so ordinary port-25 MX hosts become unreachable.',
    ],
    related: ['smtp_tls_security_level', 'relayhost', 'smtpd_tls_wrappermode', 'smtp_sasl_auth_enable'],
  },
  smtp_tlsrpt_enable: {
    summary: 'Turns on SMTP TLS Reporting (RFC 8460) in the SMTP client: every outbound TLS handshake produces a success or failure event that is handed to the TLSRPT client library, which forwards it to a local collector that builds daily reports for domains publishing a TLSRPT policy.',
    sensible: 'yes only on systems built with TLSRPT library support and running a TLSRPT collector; otherwise leave it off.',
    recommendation: 'Enable it if you run the TLSRPT collector and reporting infrastructure: reports let receiving domains see DANE or MTA-STS failures caused by their own setup, which improves TLS for everyone. It adds no protection by itself, so there is no security cost in leaving it off when you lack the infrastructure.',
    pitfalls: [
      'Postfix must be compiled with TLSRPT support and smtp_tlsrpt_socket_name must point at a listening collector, or events are lost.',
      'Reports are only meaningful for destinations protected by DANE or an MTA-STS policy plug-in.',
    ],
    related: ['smtp_tlsrpt_socket_name', 'smtp_tlsrpt_skip_reused_handshakes', 'smtp_tls_security_level', 'smtp_tls_policy_maps'],
  },
  smtp_tlsrpt_skip_reused_handshakes: {
    summary: 'Decides whether the SMTP client leaves out TLSRPT events for TLS handshakes that resumed an earlier session, reporting only full handshakes. The default changed between 3.10 and 3.11 (see the hover data).',
    sensible: 'Keep the default of your release unless your report consumer needs a specific counting rule.',
    recommendation: 'Leave it at the release default. It only changes how many successful sessions are counted in TLSRPT summaries and has no influence on the security of the connections themselves.',
    pitfalls: [
      'When reused handshakes are skipped, the success counts in reports are lower than the real number of encrypted deliveries.',
      'Has no effect unless smtp_tlsrpt_enable = yes.',
    ],
    related: ['smtp_tlsrpt_enable', 'smtp_tlsrpt_socket_name', 'smtp_tls_session_cache_database', 'smtp_tls_connection_reuse'],
  },
  smtp_tlsrpt_socket_name: {
    summary: 'Names the local socket on which the TLSRPT collector listens; the SMTP client library sends its TLS handshake events there. A relative name is resolved under the Postfix queue directory, which keeps it reachable from chrooted processes.',
    sensible: 'A path that matches the collector configuration, for example run/tlsrpt/tlsrpt.sock under the queue directory.',
    recommendation: 'Set it to the socket of a collector you actually run, placed in a directory writable only by trusted users. No security hardening depends on it beyond keeping the socket out of reach of untrusted local users.',
    pitfalls: [
      'An empty or wrong value silently drops TLSRPT events while smtp_tlsrpt_enable = yes.',
      'With chrooted smtp services an absolute path outside the queue directory may not be reachable.',
    ],
    related: ['smtp_tlsrpt_enable', 'smtp_tlsrpt_skip_reused_handshakes', 'queue_directory'],
  },
  smtp_use_tls: {
    summary: 'Deprecated boolean from the Postfix 2.2 TLS interface that turned on opportunistic TLS in the SMTP client. It is replaced by smtp_tls_security_level, is ignored whenever that level is set, and postconf warns about it from 3.9 on.',
    sensible: 'Do not set it; use smtp_tls_security_level instead.',
    recommendation: 'Delete it and write smtp_tls_security_level = may (yes) or none (no). Keeping the old boolean next to a security level only confuses readers, because the level silently wins.',
    pitfalls: [
      'Often copied from old guides together with smtp_tls_security_level, where it has no effect.',
      'postconf 3.9 and later prints a deprecation warning for it.',
    ],
    related: ['smtp_tls_security_level', 'smtp_enforce_tls', 'smtpd_use_tls'],
  },
  smtpd_client_new_tls_session_rate_limit: {
    summary: 'Caps how many new TLS sessions (full handshakes, not resumed ones) a single remote client may negotiate with the SMTP server per anvil time unit. Zero disables the limit.',
    sensible: 'Zero on small sites; a moderate number such as a few dozen per minute on busy servers that see handshake floods.',
    recommendation: 'Consider a limit on Internet-facing servers: full handshakes are expensive, and a per-client cap blunts CPU exhaustion attacks while resumed sessions stay unaffected. Exempt trusted networks via smtpd_client_event_limit_exceptions so large legitimate senders are not throttled.',
    pitfalls: [
      'The counting window is anvil_rate_time_unit, not a per-second rate.',
      'Clients listed in smtpd_client_event_limit_exceptions are not limited.',
    ],
    related: ['anvil_rate_time_unit', 'smtpd_client_event_limit_exceptions', 'smtpd_client_connection_rate_limit', 'smtpd_tls_session_cache_timeout'],
  },
  smtpd_enforce_tls: {
    summary: 'Deprecated Postfix 2.2 boolean that made the SMTP server require STARTTLS before mail transactions. It is replaced by smtpd_tls_security_level = encrypt, is ignored when a level is set, and postconf warns about it from 3.9 on.',
    sensible: 'Do not set it; use smtpd_tls_security_level.',
    recommendation: 'Delete it. Express mandatory TLS as -o smtpd_tls_security_level=encrypt on the submission service only; a public port-25 server must not require TLS (RFC 3207), so yes in main.cf is also an interoperability problem.',
    pitfalls: [
      'yes in main.cf turns on mandatory TLS for port 25 as well, which loses mail from senders without TLS.',
      'postconf 3.9 and later prints a deprecation warning for it.',
    ],
    related: ['smtpd_tls_security_level', 'smtpd_use_tls', 'smtpd_tls_auth_only'],
  },
  smtpd_sasl_tls_security_options: {
    summary: 'The SASL mechanism restrictions the SMTP server applies once the session is protected by TLS. It lets you allow mechanisms over TLS that you forbid on unencrypted sessions (which use smtpd_sasl_security_options).',
    sensible: 'noanonymous, paired with smtpd_sasl_security_options = noanonymous, noplaintext.',
    values: {
      noplaintext: 'refuse mechanisms that send the password in the clear (PLAIN, LOGIN)',
      noactive: 'refuse mechanisms open to active, non-dictionary attacks',
      nodictionary: 'refuse mechanisms open to passive dictionary attacks',
      noanonymous: 'refuse mechanisms that allow anonymous login',
      forward_secrecy: 'require mechanisms that provide forward secrecy between sessions',
      mutual_auth: 'require mechanisms that authenticate both client and server',
    },
    recommendation: 'Always include noanonymous; otherwise anyone could authenticate anonymously and may gain relay rights. Under TLS, plaintext mechanisms are acceptable because the channel is encrypted, so noplaintext is usually left out here and set only in smtpd_sasl_security_options. Better still, combine with smtpd_tls_auth_only = yes.',
    pitfalls: [
      'It inherits smtpd_sasl_security_options by default, so loosening that parameter also loosens this one.',
      'Only applies when the SASL exchange happens inside a TLS session.',
    ],
    related: ['smtpd_sasl_security_options', 'smtpd_tls_auth_only', 'smtpd_sasl_auth_enable', 'smtpd_tls_security_level'],
  },
  smtpd_starttls_timeout: {
    summary: 'Time limit for the SMTP server to finish the TLS handshake after STARTTLS (or after connect in wrapper mode), and to complete the TLS shutdown. By default it is much shorter while the server is under stress.',
    sensible: 'The built-in stress-dependent default; a few minutes at most when set by hand.',
    recommendation: 'Keep the default. A long timeout lets slow or malicious clients hold server processes during the handshake; the built-in value already shortens the limit automatically when the server is overloaded.',
    pitfalls: [
      'Replacing the default with a fixed number removes the automatic reduction under stress.',
    ],
    related: ['smtpd_timeout', 'smtp_starttls_timeout', 'smtpd_tls_wrappermode'],
  },
  smtpd_tls_CAfile: {
    summary: 'A PEM file of trusted CA certificates that the SMTP server uses to verify client certificates. The names of these CAs are also sent to the client as hints when the server asks for a certificate.',
    sensible: 'Empty unless you verify client certificates; then a small file with only the (private) CA that issues them.',
    recommendation: 'Trust only the CA that issues your own client certificates, ideally a private one. Pointing it at a public CA bundle combined with permit_tls_all_clientcerts lets anyone with a publicly issued certificate relay through you. The server certificate chain belongs in the certificate or chain file, not here.',
    pitfalls: [
      'A large bundle makes every certificate request carry a long list of CA names, which some clients handle badly.',
      'Intermediate certificates of your own server chain do not belong here.',
    ],
    related: ['smtpd_tls_CApath', 'smtpd_tls_ask_ccert', 'smtpd_tls_req_ccert', 'tls_append_default_CA', 'smtpd_tls_ccert_verifydepth'],
  },
  smtpd_tls_CApath: {
    summary: 'A directory of trusted CA certificates (one per file, with OpenSSL hash-named links) that the SMTP server consults when verifying client certificates.',
    sensible: 'Empty in most setups; prefer smtpd_tls_CAfile.',
    recommendation: 'Leave it empty unless you need many CAs; a single CAfile with your own CA is easier to audit. Never point it at the system-wide public CA directory if client certificates grant privileges such as relaying.',
    pitfalls: [
      'The directory is read while the daemon runs, so for chrooted smtpd it must exist inside the chroot jail.',
      'Files need hash links (openssl rehash / c_rehash) or they are not found.',
    ],
    related: ['smtpd_tls_CAfile', 'tls_append_default_CA', 'smtpd_tls_ask_ccert'],
  },
  smtpd_tls_always_issue_session_ids: {
    summary: 'Controls whether the SMTP server hands out TLS session IDs even when no server-side session cache is configured. With no, IDs are only issued when smtpd_tls_session_cache_database is set.',
    sensible: 'The default, yes.',
    recommendation: 'Keep the default; it is not a security control. Setting no without a session cache merely stops clients from caching sessions that could not be resumed anyway, which can save them a little work.',
    pitfalls: [
      'Does not affect RFC 5077 session tickets, which are the normal resumption method since Postfix 2.11.',
    ],
    related: ['smtpd_tls_session_cache_database', 'smtpd_tls_session_cache_timeout', 'tls_session_ticket_cipher'],
  },
  smtpd_tls_ask_ccert: {
    summary: 'Makes the SMTP server request a certificate from the remote client during the TLS handshake. The certificate is optional for the client; it can be used by permit_tls_clientcerts or check_ccert_access.',
    sensible: 'no on a public MX; yes only on services that use client-certificate based access rules.',
    recommendation: 'Leave it off on port 25 unless you actually use client certificates: a few MTAs fail the handshake when asked for a certificate, and the request buys nothing if no rule consumes it. Enable it on internal or submission services that use certificate-based relay permission.',
    pitfalls: [
      'Some older clients abort TLS or prompt the user when a certificate is requested.',
      'Asking for certificates also removes anonymous cipher suites from the offer.',
    ],
    related: ['smtpd_tls_req_ccert', 'smtpd_tls_CAfile', 'smtpd_tls_fingerprint_digest', 'relay_clientcerts', 'smtpd_tls_ccert_verifydepth'],
  },
  smtpd_tls_auth_only: {
    summary: 'When enabled, the SMTP server offers and accepts SASL AUTH only after TLS is active, so credentials never travel over an unencrypted connection.',
    sensible: 'yes wherever SASL authentication is enabled over STARTTLS.',
    recommendation: 'Set it to yes. Without it, AUTH is advertised before STARTTLS and PLAIN or LOGIN passwords can be sent in clear text. With smtpd_tls_security_level = encrypt it is implied, but setting it globally also protects services that run at may.',
    pitfalls: [
      'Without any TLS configured (no certificate, or level none) AUTH is then never offered.',
    ],
    related: ['smtpd_sasl_auth_enable', 'smtpd_tls_security_level', 'smtpd_sasl_tls_security_options', 'smtpd_sasl_security_options'],
  },
  smtpd_tls_ccert_verifydepth: {
    summary: 'The maximum length of the certificate chain the SMTP server will follow when verifying a client certificate.',
    sensible: 'The default; a smaller value only if your private client CA hierarchy is shallow.',
    recommendation: 'Keep the default. A lower limit can slightly narrow what chains are accepted for private CAs, but a too-low value breaks verification of legitimate client certificates with intermediates.',
    pitfalls: [
      'Only matters when client certificates are requested and verified.',
    ],
    related: ['smtpd_tls_ask_ccert', 'smtpd_tls_CAfile', 'smtp_tls_scert_verifydepth'],
  },
  smtpd_tls_cert_file: {
    summary: 'PEM file with the SMTP server RSA certificate, followed by any intermediate CA certificates; the private key may be in the same file. The special value none disables server certificates (anonymous TLS only).',
    sensible: 'Empty on Postfix 3.4 and later (use smtpd_tls_chain_files); otherwise the full chain file from your CA, leaf first.',
    recommendation: 'On 3.4 and later prefer smtpd_tls_chain_files, which keeps key and chain in one file and avoids mismatches during renewal. When using this parameter, include the intermediates after the leaf so verifying clients (DANE, MTA-STS) succeed, and never use none, which breaks TLS 1.3 and most clients.',
    pitfalls: [
      'Ignored (with a warning) when smtpd_tls_chain_files is set.',
      'Leaf-only files make verifying peers fail; order must be leaf, then intermediates.',
      'The key must match; a mismatch disables TLS support in smtpd.',
    ],
    related: ['smtpd_tls_key_file', 'smtpd_tls_chain_files', 'smtpd_tls_eccert_file', 'smtpd_tls_security_level'],
  },
  smtpd_tls_chain_files: {
    summary: 'A list of PEM files, each holding a private key followed by its certificate and intermediate chain, for one or more key algorithms (for example RSA and ECDSA). It replaces the separate cert, key, eccert and dcert parameters.',
    sensible: 'One file per algorithm, such as /etc/postfix/rsa.pem and /etc/postfix/ecdsa.pem, each in key, leaf, intermediates order.',
    recommendation: 'Use it on Postfix 3.4 and later. Keeping each key with its certificates in one file means a reload can never combine a new certificate with an old key, and adding an ECDSA chain next to RSA gives modern clients smaller, faster handshakes.',
    pitfalls: [
      'When it is set, smtpd_tls_cert_file, smtpd_tls_eccert_file and smtpd_tls_dcert_file are ignored (smtpd warns).',
      'The file contains the private key, so it must be readable only by root.',
      'Order inside each file matters: key first, then leaf, then intermediates.',
    ],
    related: ['smtpd_tls_cert_file', 'smtpd_tls_key_file', 'smtpd_tls_eccert_file', 'tls_server_sni_maps', 'tlsproxy_tls_chain_files'],
  },
  smtpd_tls_cipherlist: {
    summary: 'Removed Postfix 2.2 parameter that gave the SMTP server a raw OpenSSL cipher string. It disappeared in 2.3 and is replaced by cipher grades, chiefly smtpd_tls_mandatory_ciphers (and later smtpd_tls_ciphers).',
    sensible: 'Do not set it.',
    recommendation: 'Delete it; current Postfix reports it as an unused parameter. Choose a cipher grade (medium by default) with smtpd_tls_ciphers or smtpd_tls_mandatory_ciphers instead of handcrafted strings, which tend to age badly.',
    pitfalls: [
      'Because Postfix ignores unknown names, an old hardened value here gives a false sense of security.',
    ],
    related: ['smtpd_tls_mandatory_ciphers', 'smtpd_tls_ciphers', 'tls_medium_cipherlist'],
  },
  smtpd_tls_ciphers: {
    summary: 'The minimum cipher grade the SMTP server accepts for opportunistic TLS, that is when smtpd_tls_security_level is may.',
    sensible: 'medium.',
    values: {
      high: 'only the tls_high_cipherlist suites',
      medium: 'the tls_medium_cipherlist suites (recommended)',
      low: 'formerly added weak 56/64-bit suites; treated as medium since 3.8',
      export: 'formerly added 40-bit export suites; treated as medium since 3.8',
      null: 'only unencrypted (authentication-only) suites; never for real traffic',
    },
    recommendation: 'Keep medium. With opportunistic TLS, demanding more only pushes some peers back to plaintext, which is worse than a medium-grade cipher; Postfix documentation advises against tightening it, even though some external profiles suggest otherwise. Never use export or low on versions before 3.8.',
    pitfalls: [
      'This is the opportunistic setting; mandatory-TLS services use smtpd_tls_mandatory_ciphers instead.',
      'export and low were real weak grades before 3.8.',
    ],
    related: ['smtpd_tls_mandatory_ciphers', 'smtpd_tls_exclude_ciphers', 'tls_medium_cipherlist', 'smtpd_tls_security_level'],
  },
  smtpd_tls_dcert_file: {
    summary: 'PEM file with an optional DSA server certificate (and chain) for the SMTP server, used alongside or instead of the RSA certificate.',
    sensible: 'Empty.',
    recommendation: 'Leave it empty. DSA certificates are obsolete, not supported by TLS 1.3, and practically no client prefers them; use RSA and/or ECDSA chains, preferably via smtpd_tls_chain_files.',
    pitfalls: [
      'Ignored when smtpd_tls_chain_files is set.',
    ],
    related: ['smtpd_tls_dkey_file', 'smtpd_tls_cert_file', 'smtpd_tls_eccert_file', 'smtpd_tls_chain_files'],
  },
  smtpd_tls_dh1024_param_file: {
    summary: 'File with finite-field Diffie-Hellman parameters for the SMTP server DHE cipher suites (the name is historical; any size is accepted). Deprecated from Postfix 3.9, where postconf warns and the guidance is to leave it at its default.',
    sensible: 'Unset. On releases older than the mid-2015 patches, a 2048-bit file made with openssl dhparam.',
    recommendation: 'Do not specify it on current Postfix: from 3.7 with OpenSSL 3 the library picks standard groups itself, and from 3.9 the parameter is deprecated. On very old releases whose built-in prime is 1024 bits, point it at a 2048-bit file. internet.nl prefers RFC 7919 ffdhe3072 groups; we follow Postfix guidance and leave it at the default.',
    pitfalls: [
      'Remove it from master.cf -o overrides too, not just main.cf.',
      'A file with a prime below 2048 bits weakens DHE and is rejected by many clients.',
    ],
    related: ['smtpd_tls_dh512_param_file', 'tls_ffdhe_auto_groups', 'tls_eecdh_auto_curves', 'tlsproxy_tls_dh1024_param_file'],
  },
  smtpd_tls_dh512_param_file: {
    summary: 'Former file of 512-bit Diffie-Hellman parameters for export-grade cipher suites. Ignored since Postfix 3.6; it should not be specified at all.',
    sensible: 'Do not set it.',
    recommendation: 'Delete it. Export-grade DH is insecure and has been unused at the default cipher grades since 2015; from 3.6 Postfix does not read the setting at all.',
    pitfalls: [
      'Leaving it in main.cf suggests that export ciphers are in play when they are not.',
    ],
    related: ['smtpd_tls_dh1024_param_file', 'tlsproxy_tls_dh512_param_file', 'smtpd_tls_ciphers'],
  },
  smtpd_tls_dkey_file: {
    summary: 'PEM file holding the private key for the DSA server certificate named in smtpd_tls_dcert_file; it defaults to the certificate file itself.',
    sensible: 'Empty, like smtpd_tls_dcert_file.',
    recommendation: 'Leave it empty together with the DSA certificate; DSA is obsolete. If you do set it, the file must be readable only by root and unencrypted, because Postfix cannot prompt for a passphrase.',
    pitfalls: [
      'A key that does not match the certificate disables that certificate.',
    ],
    related: ['smtpd_tls_dcert_file', 'smtpd_tls_key_file', 'smtpd_tls_chain_files'],
  },
  smtpd_tls_eccert_file: {
    summary: 'PEM file with an ECDSA server certificate (and chain) for the SMTP server, offered in addition to the RSA certificate to clients that support it.',
    sensible: 'Empty, or an ECDSA chain file from your CA, leaf first; on 3.4 and later prefer smtpd_tls_chain_files.',
    recommendation: 'Adding an ECDSA certificate next to RSA is good practice: ECDSA handshakes are smaller and faster and clients that cannot use it fall back to RSA. On 3.4 and later configure both through smtpd_tls_chain_files to avoid key/certificate mismatches during renewal.',
    pitfalls: [
      'Ignored when smtpd_tls_chain_files is set.',
      'The chain must be leaf first, then intermediates.',
    ],
    related: ['smtpd_tls_eckey_file', 'smtpd_tls_cert_file', 'smtpd_tls_chain_files'],
  },
  smtpd_tls_eckey_file: {
    summary: 'PEM file holding the private key for the ECDSA server certificate; it defaults to the ECDSA certificate file.',
    sensible: 'Unset when the key is stored in the certificate file, otherwise the key path.',
    recommendation: 'Keep the key readable only by root and unencrypted, or better, move key and chain into smtpd_tls_chain_files on 3.4 and later so they cannot get out of step.',
    pitfalls: [
      'A key that does not match the ECDSA certificate disables that certificate.',
    ],
    related: ['smtpd_tls_eccert_file', 'smtpd_tls_key_file', 'smtpd_tls_chain_files'],
  },
  smtpd_tls_eecdh_grade: {
    summary: 'Selected how the SMTP server chooses elliptic curves for ECDHE key exchange. Since Postfix 3.6 the value is ignored (the server always behaves as auto) and from 3.9 postconf warns that it should not be specified.',
    sensible: 'Do not set it on 3.2 and later; on 2.6 and 2.7 only, strong.',
    values: {
      auto: 'negotiate the curve from tls_eecdh_auto_curves (3.2+ with OpenSSL 1.0.2+)',
      none: 'disable ECDHE suites, losing their forward secrecy',
      strong: 'use the single tls_eecdh_strong_curve',
      ultra: 'use the single tls_eecdh_ultra_curve',
    },
    recommendation: 'Delete it from main.cf and every master.cf override. Before 3.6 an explicit strong or ultra replaced curve negotiation with one fixed curve and none removed ECDHE forward secrecy; from 3.6 any value is simply ignored. Only Postfix 2.6 and 2.7 need strong, because ECDHE was off by default there.',
    pitfalls: [
      'Ignored from Postfix 3.6 on; guides that suggest ultra are outdated.',
      'none disables ECDHE on older releases.',
    ],
    related: ['tls_eecdh_auto_curves', 'tls_eecdh_strong_curve', 'tls_eecdh_ultra_curve', 'tlsproxy_tls_eecdh_grade'],
  },
  smtpd_tls_enable_rpk: {
    summary: 'Makes the SMTP server ask remote clients for an RFC 7250 raw public key instead of an X.509 certificate whenever it requests client credentials. This suits setups that authorize clients by public-key fingerprint.',
    sensible: 'no, unless clients are authorized by public-key fingerprints.',
    recommendation: 'Enable it only when every client certificate rule uses public-key fingerprints (for example check_ccert_access keyed by key fingerprint); a raw key carries no CA signature, so CA-based trust is impossible. It then saves handshake bytes without weakening the check. Leave it off where permit_tls_all_clientcerts or CA verification is used.',
    pitfalls: [
      'A raw key can only be checked by fingerprint; tables keyed by certificate fingerprints (as opposed to public-key fingerprints) no longer match.',
      'Only relevant when the server asks for client certificates at all.',
    ],
    related: ['smtpd_tls_fingerprint_digest', 'smtpd_tls_ask_ccert', 'tlsproxy_tls_enable_rpk', 'smtp_tls_enable_rpk'],
  },
  smtpd_tls_exclude_ciphers: {
    summary: 'A list of OpenSSL cipher names or attributes to remove from the SMTP server cipher list at every TLS level; at mandatory levels smtpd_tls_mandatory_exclude_ciphers is added on top.',
    sensible: 'Empty.',
    recommendation: 'Leave it empty. Postfix advises against excluding ciphers unless essential, since the default grades already omit weak suites. Never exclude forward-secrecy key exchanges such as kEECDH, EECDH, kDHE or EDH; doing so leaves TLS 1.2 clients with non-forward-secret RSA key exchange.',
    pitfalls: [
      'Excluding aNULL by hand is pointless; Postfix already handles anonymous suites.',
      'Excluding too much can leave no common cipher and force plaintext fallback.',
    ],
    related: ['smtpd_tls_mandatory_exclude_ciphers', 'smtpd_tls_ciphers', 'smtpd_tls_mandatory_ciphers', 'tls_medium_cipherlist'],
  },
  smtpd_tls_fingerprint_digest: {
    summary: 'The message digest the SMTP server uses to compute client certificate and public-key fingerprints for check_ccert_access, permit_tls_clientcerts (relay_clientcerts) and logging. The default depends on compatibility_level (md5 below 3.6, sha256 from 3.6).',
    sensible: 'sha256.',
    values: {
      sha256: 'SHA-256 fingerprints (recommended)',
      sha1: 'SHA-1 fingerprints; deprecated',
      md5: 'MD5 fingerprints; legacy default before 3.6, deprecated',
    },
    recommendation: 'Use sha256. MD5 and SHA-1 are no longer considered collision resistant; although fingerprint attacks on them are hard in this setting, there is no reason to keep them. Switching digest changes every fingerprint, so rebuild the lookup tables at the same time.',
    pitfalls: [
      'Changing the digest without regenerating relay_clientcerts or check_ccert_access tables locks out every certificate.',
      'With compatibility_level below 3.6 the effective default is still md5.',
    ],
    related: ['relay_clientcerts', 'smtpd_tls_ask_ccert', 'smtp_tls_fingerprint_digest', 'tlsproxy_tls_fingerprint_digest', 'compatibility_level'],
  },
  smtpd_tls_key_file: {
    summary: 'PEM file holding the private key for the RSA server certificate; it defaults to the certificate file, so key and certificate may share one file.',
    sensible: 'The key path from your certificate tooling, or unset when the key is in the certificate file; on 3.4 and later prefer smtpd_tls_chain_files.',
    recommendation: 'Keep the key unencrypted (Postfix cannot ask for a passphrase) but readable only by root, for example mode 600. On 3.4 and later move key and chain into smtpd_tls_chain_files so certificate renewals cannot pair a new certificate with an old key.',
    pitfalls: [
      'A world- or group-readable key can be stolen by local users.',
      'If key and certificate do not match, smtpd disables TLS entirely.',
    ],
    related: ['smtpd_tls_cert_file', 'smtpd_tls_chain_files', 'smtpd_tls_eckey_file', 'smtpd_tls_dkey_file'],
  },
  smtpd_tls_loglevel: {
    summary: 'How much TLS activity the SMTP server writes to the mail log; each level includes everything below it. Postfix 3.12 snapshots also accept a trace suffix that writes per-session trace files.',
    sensible: '1.',
    values: {
      '0': 'no TLS logging',
      '1': 'one summary line per completed handshake (recommended)',
      '2': 'also the handshake progress; for debugging',
      '3': 'also a hex and ASCII dump of the handshake; debugging only',
      '4': 'also a dump of the whole encrypted session; strongly discouraged',
    },
    recommendation: 'Use 1: it records protocol, cipher and peer verification status, which is enough to audit TLS use and spot downgrades. Levels 2 and above are for short troubleshooting sessions only; level 4 logs message content that was meant to be encrypted and floods the log.',
    pitfalls: [
      'Levels 3 and 4 can leak message contents and credentials into logs.',
      'To debug one client, use smtpd_tls_loglevel_maps (3.12) or debug_peer_list instead of raising it globally.',
    ],
    related: ['smtpd_tls_loglevel_maps', 'smtp_tls_loglevel', 'tlsproxy_tls_loglevel', 'smtpd_tls_received_header'],
  },
  smtpd_tls_loglevel_maps: {
    summary: 'New in the Postfix 3.12 development line: optional lookup tables that let the SMTP server use a different TLS log level for particular remote clients instead of the single global smtpd_tls_loglevel.',
    sensible: 'Empty; add a small table only while debugging specific peers.',
    recommendation: 'Use it instead of raising smtpd_tls_loglevel globally when you must debug one client: the extra detail (or trace output) is then limited to that peer, which keeps logs small and avoids recording sensitive data for everyone. Remove the entries when done.',
    pitfalls: [
      'Only available in 3.12 snapshots and later; older postconf reports it as unused.',
      'High levels for a busy client still produce a lot of output.',
    ],
    related: ['smtpd_tls_loglevel', 'smtpd_tls_trace_size_limit', 'tls_trace_rate_limit', 'debug_peer_list'],
  },
  smtpd_tls_mandatory_ciphers: {
    summary: 'The minimum cipher grade the SMTP server accepts when TLS is mandatory, that is at smtpd_tls_security_level = encrypt or in wrapper mode (typically the submission and submissions services).',
    sensible: 'medium; high is acceptable on a submission service whose clients you control.',
    values: {
      high: 'only the tls_high_cipherlist suites',
      medium: 'the tls_medium_cipherlist suites (recommended default)',
      low: 'formerly added weak 56/64-bit suites; treated as medium since 3.8',
      export: 'formerly added 40-bit export suites; treated as medium since 3.8',
      null: 'only unencrypted (authentication-only) suites; never for real traffic',
    },
    recommendation: 'Keep medium, which already excludes weak suites, or use high via -o on a submission service where all clients are modern MUAs. Never select export or low on Postfix before 3.8, where they enabled brute-forceable ciphers.',
    pitfalls: [
      'Has no effect at smtpd_tls_security_level = may; opportunistic TLS uses smtpd_tls_ciphers.',
      'Setting high in main.cf does not harden port 25 if that service runs at may.',
    ],
    related: ['smtpd_tls_ciphers', 'smtpd_tls_mandatory_exclude_ciphers', 'smtpd_tls_mandatory_protocols', 'smtpd_tls_security_level', 'tls_high_cipherlist'],
  },
  smtpd_tls_mandatory_exclude_ciphers: {
    summary: 'Additional OpenSSL cipher names or attributes the SMTP server removes only when TLS is mandatory (encrypt level or wrapper mode), on top of smtpd_tls_exclude_ciphers.',
    sensible: 'Empty.',
    recommendation: 'Leave it empty unless a specific suite must go. Never list forward-secrecy key exchanges (kEECDH, EECDH, kDHE, EDH); that removes forward secrecy for TLS 1.2 clients. Prefer a cipher grade over hand-written exclusions.',
    pitfalls: [
      'Only acts at the encrypt level or above; at may it does nothing.',
      'Overly broad exclusions can leave no shared cipher, and mandatory TLS then fails outright.',
    ],
    related: ['smtpd_tls_exclude_ciphers', 'smtpd_tls_mandatory_ciphers', 'smtpd_tls_security_level'],
  },
  smtpd_tls_mandatory_protocols: {
    summary: 'The TLS protocol versions the SMTP server accepts when TLS is mandatory (encrypt level or wrapper mode). Postfix 3.6 and later accept range syntax such as >=TLSv1.2; older releases need a list of excluded versions.',
    sensible: '>=TLSv1.2 on 3.6 and later; !SSLv2, !SSLv3, !TLSv1, !TLSv1.1 on older releases.',
    recommendation: 'Raise the floor to TLS 1.2 for submission services: TLS 1.0 and 1.1 are deprecated (RFC 8996, RFC 8997) and the mail clients are under your control, so this costs little. Never enable SSLv2 or SSLv3, and never disable TLS 1.3.',
    pitfalls: [
      'Only acts at the encrypt level or above; for port 25 at may, smtpd_tls_protocols applies instead.',
      'Exclusion lists must not leave gaps: excluding TLSv1.1 while allowing TLSv1 disables 1.2 and 1.3 as well.',
      'No whitespace after >= and no range syntax before 3.6; in a master.cf -o use commas without spaces.',
    ],
    related: ['smtpd_tls_protocols', 'smtpd_tls_mandatory_ciphers', 'smtpd_tls_security_level', 'smtpd_tls_wrappermode', 'tlsproxy_tls_mandatory_protocols'],
  },
  smtpd_tls_protocols: {
    summary: 'The TLS protocol versions the SMTP server offers with opportunistic TLS (level may), as used on a public port 25. Range syntax such as >=TLSv1.2 works from Postfix 3.6; older releases use exclusion lists.',
    sensible: 'The default (>=TLSv1 on 3.6 and later); never a value that enables SSLv2 or SSLv3.',
    recommendation: 'Keep the default floor on a public MX. Standards bodies and profiles such as NCSC-NL, BSI and Mozilla rate TLS 1.0 and 1.1 as phase-out, but Postfix advises not to tighten opportunistic TLS, because a peer that fails the handshake falls back to plaintext, which is worse. We follow Postfix here. SSLv2, SSLv3 and an empty value (all protocols) must never be used.',
    pitfalls: [
      'Exclusion lists with gaps silently disable newer versions.',
      'The mandatory setting does not influence opportunistic sessions, and vice versa.',
      'Disabling TLSv1.3 removes the only version with guaranteed forward secrecy.',
    ],
    related: ['smtpd_tls_mandatory_protocols', 'smtpd_tls_ciphers', 'smtpd_tls_security_level', 'tlsproxy_tls_protocols'],
  },
  smtpd_tls_received_header: {
    summary: 'When enabled, the SMTP server adds the negotiated TLS protocol, cipher and key-exchange details, and the client certificate subject and issuer when one was presented, to the Received: header of each message.',
    sensible: 'yes if you want TLS details visible in message headers; no is also fine.',
    recommendation: 'Turning it on is harmless and helps users and administrators check whether a hop used TLS with forward secrecy. Treat the information as a hint only: once a message is relayed further, nothing authenticates what earlier Received headers claim.',
    pitfalls: [
      'Exposes client certificate names to all downstream recipients of the message.',
    ],
    related: ['smtpd_tls_loglevel', 'smtpd_tls_ask_ccert'],
  },
  smtpd_tls_req_ccert: {
    summary: 'When enabled together with mandatory TLS, the SMTP server refuses clients that do not present a certificate it can verify. It implies smtpd_tls_ask_ccert.',
    sensible: 'no, except on dedicated services whose clients all carry certificates from your CA.',
    recommendation: 'Use it only on a separate service with -o smtpd_tls_security_level=encrypt for machines that authenticate with certificates from a private CA. It is ignored (with a warning) at the may level, and on a public MX it would reject ordinary senders.',
    pitfalls: [
      'Has no effect unless TLS is mandatory; smtpd logs that client certificates cannot be required otherwise.',
      'Requires a trusted CA in smtpd_tls_CAfile or smtpd_tls_CApath.',
    ],
    related: ['smtpd_tls_ask_ccert', 'smtpd_tls_security_level', 'smtpd_tls_CAfile', 'smtpd_tls_ccert_verifydepth'],
  },
  smtpd_tls_security_level: {
    summary: 'The STARTTLS policy of the SMTP server: no TLS, TLS offered (opportunistic), or TLS required before any mail transaction. Empty means none, unless the deprecated smtpd_use_tls or smtpd_enforce_tls say otherwise.',
    sensible: 'may in main.cf, and encrypt via -o only on the submission service.',
    values: {
      '(empty)': 'fall back to the deprecated boolean parameters; otherwise no TLS',
      none: 'TLS is not offered',
      may: 'STARTTLS is offered but not required (opportunistic)',
      encrypt: 'clients must use TLS before sending mail; also implies smtpd_tls_auth_only',
    },
    recommendation: 'Set may in main.cf so every client that can encrypt does so. Use encrypt only on submission (port 587), never on a public MX: RFC 3207 forbids publicly referenced servers from requiring TLS, and senders without TLS would be rejected. A certificate must be configured for either level to work.',
    pitfalls: [
      'encrypt in main.cf also applies to port 25 unless the smtp service overrides it.',
      'may or encrypt without any certificate makes smtpd disable TLS and log that no server certificates are available.',
      'The *_mandatory_* parameters act only at encrypt.',
    ],
    related: ['smtpd_tls_auth_only', 'smtpd_tls_chain_files', 'smtpd_tls_mandatory_protocols', 'smtpd_tls_wrappermode', 'smtpd_use_tls', 'smtpd_enforce_tls'],
  },
  smtpd_tls_session_cache_database: {
    summary: 'A lookup table in which tlsmgr keeps a server-side cache of TLS sessions shared by all smtpd processes. Since Postfix 2.11 session tickets usually make it unnecessary.',
    sensible: 'Empty on 2.11 and later; otherwise btree: or lmdb: under the data directory.',
    recommendation: 'Leave it empty on current Postfix: RFC 5077 session tickets give resumption without a server database. If you do use a cache, choose a type that supports enumeration such as btree or lmdb and keep it in the data directory, not in a world-writable place.',
    pitfalls: [
      'It is read by tlsmgr, so a master.cf -o override on an smtpd service has no effect.',
      'dbm and other types without sequential access are unsuitable.',
    ],
    related: ['smtpd_tls_session_cache_timeout', 'smtp_tls_session_cache_database', 'tls_session_ticket_cipher', 'smtpd_tls_always_issue_session_ids'],
  },
  smtpd_tls_session_cache_timeout: {
    summary: 'How long a cached TLS session of the SMTP server stays valid for resumption. Since Postfix 2.11 it also sets the lifetime of session-ticket keys, and zero disables resumption completely.',
    sensible: 'The default of one hour.',
    recommendation: 'Keep the default. Short lifetimes limit how long a stolen ticket key or cache entry could help decrypt resumed sessions, while one hour still gives most of the performance benefit. Very long values weaken forward secrecy for resumed sessions.',
    pitfalls: [
      'Like the cache database, it is a tlsmgr setting; per-service -o overrides do nothing.',
      'Postfix caps the value at a maximum (100 days since 2.11).',
    ],
    related: ['smtpd_tls_session_cache_database', 'tls_session_ticket_cipher', 'tlsproxy_tls_session_cache_timeout'],
  },
  smtpd_tls_trace_size_limit: {
    summary: 'New in the Postfix 3.12 development line: the maximum size in bytes of each per-session TLS trace file the SMTP server writes when the TLS log level includes the trace option.',
    sensible: 'The default (about 100 kB).',
    recommendation: 'Keep the default. Trace files contain detailed handshake data but no plaintext SMTP; the size cap and tls_trace_rate_limit stop tracing from filling the queue file system. Turn tracing off after debugging, because old trace files are not removed automatically.',
    pitfalls: [
      'Only matters when a TLS log level with trace is active.',
      'Only available in 3.12 snapshots and later.',
    ],
    related: ['tls_trace_rate_limit', 'smtpd_tls_loglevel', 'smtpd_tls_loglevel_maps'],
  },
  smtpd_tls_wrappermode: {
    summary: 'Makes the SMTP server start TLS as soon as a client connects (implicit TLS) instead of waiting for STARTTLS. This is what port 465 (submissions) uses; it is meant for a master.cf -o override, not main.cf.',
    sensible: 'no in main.cf; -o smtpd_tls_wrappermode=yes on the submissions service.',
    recommendation: 'Enable it only on the submissions/465 service, where RFC 8314 recommends implicit TLS for mail submission. Putting it in main.cf would make port 25 speak TLS immediately, and ordinary MTAs could no longer deliver. Wrapper mode counts as mandatory TLS, so the mandatory protocol and cipher settings apply.',
    pitfalls: [
      'A submissions service without it speaks plaintext SMTP on port 465 and TLS clients fail.',
      'In wrapper mode the *_mandatory_* parameters apply, not the opportunistic ones.',
    ],
    related: ['smtpd_tls_security_level', 'smtpd_tls_mandatory_protocols', 'smtp_tls_wrappermode', 'smtpd_sasl_auth_enable'],
  },
  smtpd_use_tls: {
    summary: 'Deprecated Postfix 2.2 boolean that made the SMTP server offer STARTTLS. It is replaced by smtpd_tls_security_level, is ignored when that level is set, and postconf warns about it from 3.9 on.',
    sensible: 'Do not set it; use smtpd_tls_security_level = may.',
    recommendation: 'Delete it and set smtpd_tls_security_level = may (for yes) or none (for no). Many copied guides still show both; the old boolean then has no effect but suggests it does.',
    pitfalls: [
      'Ignored whenever smtpd_tls_security_level is non-empty.',
      'postconf 3.9 and later prints a deprecation warning.',
    ],
    related: ['smtpd_tls_security_level', 'smtpd_enforce_tls', 'smtp_use_tls'],
  },
  tls_append_default_CA: {
    summary: 'Whether Postfix adds the OpenSSL built-in default CA store to the CAs listed in the *_tls_CAfile and *_tls_CApath settings. The default was changed to no in 2.4.15 and related patch releases.',
    sensible: 'no.',
    recommendation: 'Keep no. With yes, every certificate issued by any public CA becomes trusted for client-certificate checks, so permit_tls_all_clientcerts would grant relay access to anyone who can obtain such a certificate. Name the CAs you trust explicitly instead.',
    pitfalls: [
      'On the client side, verifying public MX certificates needs a CA bundle; configure smtp_tls_CAfile or smtp_tls_CApath rather than relying on this switch.',
    ],
    related: ['smtpd_tls_CAfile', 'smtpd_tls_CApath', 'smtp_tls_CAfile', 'smtp_tls_CApath'],
  },
  tls_config_file: {
    summary: 'Chooses which OpenSSL configuration file Postfix loads when it initializes the TLS library: the OpenSSL default, none at all, or a specific file. Available from 3.9 and backported to 3.5.20, 3.6.10, 3.7.6 and 3.8.1.',
    sensible: 'none, unless you deliberately manage TLS settings through an OpenSSL configuration file.',
    values: {
      default: 'load the system-wide OpenSSL configuration as OpenSSL normally would',
      none: 'load no OpenSSL configuration file (needs OpenSSL 1.1.1b or later)',
      '<pathname>': 'load the named configuration file instead',
    },
    recommendation: 'Consider none. A distribution-wide openssl.cnf tuned for web browsing can forbid protocols or algorithms that some mail peers need, and with opportunistic TLS a failed handshake sends mail in plaintext. Postfix suggests none for that reason. Use a file only if you intentionally configure OpenSSL groups or policy there.',
    pitfalls: [
      'With a pathname, tls_config_name selects the section that is applied.',
      'Older OpenSSL releases cannot honour none.',
    ],
    related: ['tls_config_name', 'tls_eecdh_auto_curves', 'tls_ffdhe_auto_groups'],
  },
  tls_config_name: {
    summary: 'The application name Postfix gives OpenSSL when loading the configuration file from tls_config_file, which selects the matching section of that file. Available from 3.9 and in the same backports as tls_config_file.',
    sensible: 'Empty, unless your OpenSSL configuration has a section written for Postfix.',
    recommendation: 'Leave it empty unless you maintain a dedicated OpenSSL configuration section for Postfix; if you do, keep that section minimal and avoid settings that would make opportunistic TLS fail and fall back to plaintext.',
    pitfalls: [
      'Has no effect when tls_config_file = none.',
      'Only useful when the configuration file has a section for that application name.',
    ],
    related: ['tls_config_file'],
  },
  tls_daemon_random_bytes: {
    summary: 'How many bytes of random seed each Postfix TLS daemon (smtp, smtpd, tlsproxy) fetches from tlsmgr to seed its own pseudo-random generator when it starts.',
    sensible: 'The default.',
    recommendation: 'Keep the default; it already provides 256 bits of seed, which is more than enough for current ciphers. Changing it brings no security benefit.',
    pitfalls: [
      'This is not the entropy source; that is tls_random_source, read by tlsmgr.',
    ],
    related: ['tls_random_bytes', 'tls_random_source', 'tls_random_exchange_name'],
  },
  tls_dane_digest_agility: {
    summary: 'Removed parameter that controlled digest-algorithm agility for DANE TLSA records. It was ignored from Postfix 3.2 and dropped from the code in 3.4; there is no replacement.',
    sensible: 'Do not set it.',
    recommendation: 'Delete it. Current Postfix reports it as an unused parameter; DANE digest handling now follows the TLSA records and tls_dane_digests without extra knobs.',
    pitfalls: [
      'Has no effect from 3.2 on; keeping it only adds noise.',
    ],
    related: ['tls_dane_digests', 'smtp_tls_security_level', 'smtp_dns_support_level'],
  },
  tls_dane_digests: {
    summary: 'The message digest algorithms, in order of preference, that Postfix supports when matching DANE TLSA records.',
    sensible: 'The default, sha512 sha256.',
    recommendation: 'Keep the default. SHA-256 is the digest nearly all TLSA records use, and SHA-512 covers the rest; removing sha256 would make most DANE records unusable, and adding weaker digests gains nothing.',
    pitfalls: [
      'Only matters with DANE (dane or dane-only levels, which also need DNSSEC).',
    ],
    related: ['smtp_tls_security_level', 'smtp_dns_support_level', 'tls_dane_digest_agility', 'smtp_tls_trust_anchor_file'],
  },
  tls_dane_trust_anchor_digest_enable: {
    summary: 'Removed parameter that enabled trust-anchor digest TLSA records in DANE. It was ignored from Postfix 3.2 and removed in 3.4; there is no replacement.',
    sensible: 'Do not set it.',
    recommendation: 'Delete it. Current Postfix treats trust-anchor TLSA records correctly on its own and reports this name as unused.',
    pitfalls: [
      'Has no effect from 3.2 on.',
    ],
    related: ['tls_dane_digests', 'smtp_tls_security_level'],
  },
  tls_disable_workarounds: {
    summary: 'A list of OpenSSL bug-compatibility workarounds that Postfix should turn off (they are otherwise all on), given as names without the SSL_OP_ prefix or as a hex bit mask.',
    sensible: 'Empty.',
    values: {
      CRYPTOPRO_TLSEXT_BUG: 'stop tolerating a TLS extension bug in old CryptoPro peers',
      DONT_INSERT_EMPTY_FRAGMENTS: 'keep the empty-fragment countermeasure for CBC ciphers in TLS 1.0 active',
      LEGACY_SERVER_CONNECT: 'refuse servers that lack secure renegotiation support',
    },
    recommendation: 'Leave it empty. The workarounds help interoperability with broken peers and are not security holes on current OpenSSL; disabling them mostly causes handshake failures, which with opportunistic TLS means plaintext. Avoid hex masks, whose bit meanings are not stable across OpenSSL versions.',
    pitfalls: [
      'Hex values copied from guides may mean something else on your OpenSSL version.',
      'A value such as 0xFFFFFFFF disables everything, including workarounds that real peers rely on.',
    ],
    related: ['tls_ssl_options'],
  },
  tls_eecdh_auto_curves: {
    summary: 'The list of elliptic curves and key-exchange groups Postfix offers for ECDHE, most preferred first. With OpenSSL 3.5 or later, Postfix 3.11 defaults to a list that adds the X25519MLKEM768 post-quantum hybrid.',
    sensible: 'Leave it unset so the release default applies.',
    recommendation: 'Do not override it. The default gives forward secrecy with widely supported curves and, on 3.11 with OpenSSL 3.5, post-quantum protection; a pinned list (for example copied from the Mozilla generator) freezes you out of such improvements. If you must set it, include at least X25519 and prime256v1. Postfix guidance wins over external profiles here.',
    pitfalls: [
      'Setting it empty while tls_ffdhe_auto_groups stays non-empty breaks TLS 1.3 ECDHE with OpenSSL 3.',
      'Emptying both to delegate group choice to tls_config_file is supported only from 3.10 (and some backports).',
      'smtpd_tls_eecdh_grade and the tls_eecdh_strong/ultra curves are ignored from 3.6 on; this list is what matters.',
    ],
    related: ['tls_ffdhe_auto_groups', 'smtpd_tls_eecdh_grade', 'tls_eecdh_strong_curve', 'tls_eecdh_ultra_curve', 'tls_config_file'],
  },
  tls_eecdh_strong_curve: {
    summary: 'The single curve used when smtpd_tls_eecdh_grade was strong. Ignored since Postfix 3.6; it should not be specified.',
    sensible: 'Do not set it.',
    recommendation: 'Delete it. From 3.6 Postfix always negotiates curves from tls_eecdh_auto_curves, and even before that the value only applied with an explicit strong grade.',
    pitfalls: [
      'Ignored from Postfix 3.6 on, like smtpd_tls_eecdh_grade.',
    ],
    related: ['smtpd_tls_eecdh_grade', 'tls_eecdh_ultra_curve', 'tls_eecdh_auto_curves'],
  },
  tls_eecdh_ultra_curve: {
    summary: 'The single curve used when smtpd_tls_eecdh_grade was ultra. Ignored since Postfix 3.6; it should not be specified.',
    sensible: 'Do not set it.',
    recommendation: 'Delete it. Curves are negotiated from tls_eecdh_auto_curves on every supported release, and the ultra grade suggested by some older how-tos has no effect any more.',
    pitfalls: [
      'Ignored from Postfix 3.6 on, like smtpd_tls_eecdh_grade.',
    ],
    related: ['smtpd_tls_eecdh_grade', 'tls_eecdh_strong_curve', 'tls_eecdh_auto_curves'],
  },
  tls_export_cipherlist: {
    summary: 'The OpenSSL cipher string that defined the export cipher grade. Ignored since Postfix 3.8, where export is treated as medium; do not specify it.',
    sensible: 'Do not set it.',
    recommendation: 'Delete it. Export-grade ciphers use 40-bit keys and are trivially breakable; from 3.8 Postfix no longer uses this list at all.',
    pitfalls: [
      'On releases before 3.8 it was used whenever a grade of export was selected.',
    ],
    related: ['tls_low_cipherlist', 'tls_medium_cipherlist', 'smtpd_tls_ciphers'],
  },
  tls_fast_shutdown_enable: {
    summary: 'When enabled, Postfix sends its TLS close notification and closes the connection without waiting for the peer to answer with its own. Added in 3.5 and backported to 3.1.13, 3.2.10, 3.3.5 and 3.4.6.',
    sensible: 'The default, yes.',
    recommendation: 'Keep yes. SMTP has its own end-of-session commands, so waiting for the peer close notification adds no protection against truncation, and some peers never send one, which would only cause delays.',
    pitfalls: [
      'Turning it off can slow down sessions with peers that do not reply to the close notification.',
    ],
    related: ['smtpd_starttls_timeout', 'smtp_starttls_timeout'],
  },
  tls_ffdhe_auto_groups: {
    summary: 'The finite-field Diffie-Hellman groups (RFC 7919) Postfix offers for TLS 1.3 key exchange when built with OpenSSL 3.0 or later. From 3.11 with OpenSSL 3.5 the default is empty.',
    sensible: 'Leave it unset so the release default applies.',
    recommendation: 'Do not override it; elliptic-curve groups carry nearly all TLS 1.3 handshakes and the default covers the rest. Setting it empty on its own is harmless for FS as long as the EC list stays, but large groups such as ffdhe8192 mainly cost CPU.',
    pitfalls: [
      'postconf before 3.8 does not know it and reports it as unused.',
      'Emptying it together with tls_eecdh_auto_curves (to delegate to tls_config_file) is only supported from 3.10 and selected backports.',
    ],
    related: ['tls_eecdh_auto_curves', 'smtpd_tls_dh1024_param_file', 'tls_config_file'],
  },
  tls_high_cipherlist: {
    summary: 'The OpenSSL cipher string that defines the high cipher grade, used when a *_tls_ciphers or *_tls_mandatory_ciphers setting is high. Its built-in value depends on the release.',
    sensible: 'Leave it at the built-in value.',
    recommendation: 'Do not change it. Postfix maintains the definition and improves it between releases; an override freezes today\'s choice and can let weak suites back in. Select the grade (high or medium) rather than editing the list.',
    pitfalls: [
      'Any enabling token for RC4, EXPORT, NULL, DES or MD5 reintroduces broken ciphers.',
    ],
    related: ['tls_medium_cipherlist', 'smtpd_tls_mandatory_ciphers', 'smtpd_tls_ciphers'],
  },
  tls_legacy_public_key_fingerprints: {
    summary: 'Compatibility switch from Postfix 2.9.6 that made public-key fingerprints match the incorrect values computed by 2.9.0 to 2.9.5. It had no effect from 3.9.0 and was removed in 3.11.0; there is no replacement.',
    sensible: 'Do not set it.',
    recommendation: 'Delete it and recompute any stored public-key fingerprints with the current algorithm; recent releases ignore or reject the name, so old tables keyed with legacy fingerprints simply stop matching.',
    pitfalls: [
      'Access tables built with the legacy fingerprints need to be regenerated.',
    ],
    related: ['smtpd_tls_fingerprint_digest', 'smtp_tls_fingerprint_digest'],
  },
  tls_low_cipherlist: {
    summary: 'The OpenSSL cipher string that defined the low cipher grade. Ignored since Postfix 3.8, where low is treated as medium; do not specify it.',
    sensible: 'Do not set it.',
    recommendation: 'Delete it. Low-grade ciphers (56/64-bit) are breakable, and from 3.8 the list is not used any more.',
    pitfalls: [
      'On releases before 3.8 it was used whenever a grade of low was selected.',
    ],
    related: ['tls_export_cipherlist', 'tls_medium_cipherlist', 'smtpd_tls_ciphers'],
  },
  tls_medium_cipherlist: {
    summary: 'The OpenSSL cipher string that defines the medium cipher grade, the default grade for both opportunistic and mandatory TLS. Since 3.8 its built-in value excludes legacy algorithms such as RC4, 3DES and MD5-based suites.',
    sensible: 'Leave it at the built-in value.',
    recommendation: 'Do not change it. Postfix strongly discourages editing the grade definitions; overriding (for example with the Mozilla generator list) freezes the list against future improvements and, if the override is too narrow, pushes opportunistic peers to plaintext. We follow Postfix here rather than external profiles.',
    pitfalls: [
      'Releases before 3.8 included RC4 in the default medium list when the OpenSSL build supported it.',
      'Enabling tokens for RC4, EXPORT, NULL, DES or MD5 reintroduce broken ciphers.',
    ],
    related: ['tls_high_cipherlist', 'smtpd_tls_ciphers', 'smtpd_tls_mandatory_ciphers', 'tls_preempt_cipherlist'],
  },
  tls_null_cipherlist: {
    summary: 'The OpenSSL cipher string that defines the null grade: suites that authenticate but do not encrypt. It is used only when a ciphers setting is null.',
    sensible: 'Leave it at the built-in value and never select the null grade.',
    recommendation: 'Leave it alone and never choose null for any service: these suites send mail in clear text inside a TLS frame, which gives a false impression of confidentiality.',
    pitfalls: [
      'Only authenticated, unencrypted suites; anonymous ones are excluded by default.',
    ],
    related: ['smtpd_tls_mandatory_ciphers', 'tls_medium_cipherlist'],
  },
  tls_preempt_cipherlist: {
    summary: 'When enabled, the server side picks the cipher suite by its own order of preference instead of following the client order (TLS 1.2 and earlier mostly).',
    sensible: 'no, the default.',
    recommendation: 'Keep no. Sources disagree: server preference helps only when the server list is ordered better than the clients, and older Postfix documentation warned of interoperability problems. Current Mozilla profiles also leave the choice to the client, so there is no reason to enable it.',
    pitfalls: [
      'With the default medium list, enabling it can make the server choose a suite some clients handle badly.',
    ],
    related: ['tls_medium_cipherlist', 'tls_high_cipherlist', 'smtpd_tls_ciphers'],
  },
  tls_random_bytes: {
    summary: 'How many bytes tlsmgr reads from tls_random_source each time it (re)seeds its pseudo-random number generator.',
    sensible: 'The default.',
    recommendation: 'Keep the default; 256 bits of fresh entropy per seeding is ample. Larger values only waste entropy on systems where the source is slow.',
    pitfalls: [
      'A tiny value weakens the seeding of all Postfix TLS processes.',
    ],
    related: ['tls_random_source', 'tls_daemon_random_bytes', 'tls_random_reseed_period'],
  },
  tls_random_exchange_name: {
    summary: 'Path of the file where tlsmgr saves pseudo-random generator state between runs, so a restarted Postfix does not start with an empty entropy pool.',
    sensible: 'The default file in the Postfix data directory.',
    recommendation: 'Keep the default location in data_directory, which only the Postfix user can write. Placing the file where other users can read or modify it would let them predict or influence the random state.',
    pitfalls: [
      'The directory must be writable by the Postfix mail owner.',
    ],
    related: ['tls_random_prng_update_period', 'tls_random_source', 'data_directory'],
  },
  tls_random_prng_update_period: {
    summary: 'How often tlsmgr writes its current pseudo-random generator state to the exchange file.',
    sensible: 'The default of one hour.',
    recommendation: 'Keep the default. The saved state is only a start-up aid; the real entropy comes from tls_random_source, so more frequent writes bring no security gain.',
    pitfalls: [
      'The exchange file must stay writable by the Postfix mail owner, or state is not saved.',
    ],
    related: ['tls_random_exchange_name', 'tls_random_reseed_period'],
  },
  tls_random_reseed_period: {
    summary: 'The longest interval after which tlsmgr mixes fresh entropy from tls_random_source into its generator; the actual interval is chosen at random up to this limit.',
    sensible: 'The default of one hour.',
    recommendation: 'Keep the default. Regular reseeding limits how long a compromised generator state stays useful to an attacker, and one hour is a reasonable balance with entropy use.',
    pitfalls: [
      'Very long periods let a generator run for a long time without fresh entropy.',
    ],
    related: ['tls_random_source', 'tls_random_bytes', 'tls_random_prng_update_period'],
  },
  tls_random_source: {
    summary: 'Where tlsmgr gets entropy: a device (dev:), an EGD-style socket (egd:), or a plain file. Device and socket sources need their prefix.',
    sensible: 'dev:/dev/urandom (dev:/dev/arandom on OpenBSD), or leave it at the default.',
    values: {
      'dev:<path>': 'read entropy from a character device such as /dev/urandom',
      'egd:<path>': 'read entropy from an entropy-gathering daemon socket',
      '<path>': 'read entropy from a regular file',
    },
    recommendation: 'Use a non-blocking kernel source such as dev:/dev/urandom, which is cryptographically sound on modern systems. A blocking device like /dev/random can stall TLS, and a device path without the dev: prefix is read as a plain file and may not work.',
    pitfalls: [
      'A device without the dev: prefix is treated as a regular file.',
      'dev:/dev/random can block on systems with little entropy.',
    ],
    related: ['tls_random_bytes', 'tls_random_reseed_period', 'tls_daemon_random_bytes'],
  },
  tls_required_enable: {
    summary: 'Controls whether the SMTP client honours a TLS-Required: No message header (RFC 8689). When it does, that message is delivered with TLS requirements relaxed to opportunistic, so a TLS policy failure does not block it.',
    sensible: 'The default, yes.',
    recommendation: 'Keep yes. The header lets a sender ask for delivery even where TLS checks fail, which is useful for example for TLSRPT reports to a domain whose TLS is broken; it only affects messages that carry the header. Set no only if local policy forbids any per-message downgrade of your outbound TLS rules.',
    pitfalls: [
      'With yes, any submitter can weaken TLS for their own messages by adding the header.',
      'With no, TLSRPT reports to domains with broken TLS may be undeliverable.',
    ],
    related: ['smtp_tls_security_level', 'smtp_tls_policy_maps', 'smtp_tlsrpt_enable'],
  },
  tls_server_sni_maps: {
    summary: 'Lookup tables that let the SMTP server (and tlsproxy) choose a different key and certificate chain depending on the server name the client sends with SNI. Each entry maps a domain to chain files in the same format as smtpd_tls_chain_files.',
    sensible: 'Empty, or an indexed table built with postmap -F when one server answers for several names.',
    recommendation: 'Use it when you host several mail domains whose clients verify the server name (submission users, MTA-STS or DANE peers): each name can then present a matching certificate. Keep the default chain for clients that send no SNI, and protect the table files like private keys, because they contain the keys.',
    pitfalls: [
      'Indexed tables must be built with postmap -F so the file contents, not the file names, are stored.',
      'Clients without SNI always get the default certificate.',
    ],
    related: ['smtpd_tls_chain_files', 'tlsproxy_tls_chain_files', 'smtp_tls_servername'],
  },
  tls_session_ticket_cipher: {
    summary: 'The symmetric cipher tlsmgr uses to protect RFC 5077 session tickets that the SMTP server hands out for session resumption; an empty value turns tickets off. The default moved to AES-256 in 3.0.',
    sensible: 'The release default (aes-256-cbc).',
    recommendation: 'Keep the default. Ticket keys are rotated by tlsmgr within the session cache timeout, so tickets offer fast resumption without a server cache and with bounded exposure; a weaker cipher would make stolen tickets easier to decrypt.',
    pitfalls: [
      'Disabling tickets without a server session cache means every connection needs a full handshake.',
    ],
    related: ['smtpd_tls_session_cache_timeout', 'smtpd_tls_session_cache_database', 'tls_ssl_options'],
  },
  tls_ssl_options: {
    summary: 'Extra OpenSSL options (SSL_OP_* names without the prefix, or a hex mask) that Postfix enables in every TLS context it creates.',
    sensible: 'Empty, or a short list of named options such as NO_COMPRESSION.',
    values: {
      NO_COMPRESSION: 'disable TLS-level compression (protects against CRIME-style attacks)',
      NO_RENEGOTIATION: 'refuse TLS renegotiation (Postfix 3.8 refuses it anyway)',
      NO_TICKET: 'disable session tickets; best not set on 2.11 and later',
      ENABLE_MIDDLEBOX_COMPAT: 'make TLS 1.3 handshakes look like 1.2 to broken middleboxes',
      LEGACY_SERVER_CONNECT: 'allow connecting to servers without secure renegotiation support',
      PRIORITIZE_CHACHA: 'prefer ChaCha20 for clients that prefer it (with server cipher preference)',
    },
    recommendation: 'Prefer named options over hex masks, whose bits may mean different things across OpenSSL versions, and never enable all bits. NO_COMPRESSION is a reasonable hardening; NO_TICKET should normally stay off because Postfix manages tickets itself.',
    pitfalls: [
      'Hex masks copied from how-tos (for example 0x40000000) may set unexpected options.',
      'Options that Postfix manages itself (protocol masks, server preference) are not meant to be set here.',
    ],
    related: ['tls_disable_workarounds', 'tls_preempt_cipherlist', 'tls_session_ticket_cipher'],
  },
  tls_trace_rate_limit: {
    summary: 'New in the Postfix 3.12 development line: a limit on how many TLS trace files all Postfix daemons together may create over time, when a TLS log level includes the trace option.',
    sensible: 'The default.',
    recommendation: 'Keep the low default. Trace files are a debugging aid; the limit, together with the per-file size limits, prevents a flood of connections from filling the queue file system with traces. Turn tracing off after use.',
    pitfalls: [
      'Only matters when tracing is enabled; only known to 3.12 snapshots and later.',
      'Old trace files are not cleaned up automatically.',
    ],
    related: ['smtpd_tls_trace_size_limit', 'smtp_tls_trace_size_limit', 'postscreen_tls_trace_size_limit', 'smtpd_tls_loglevel'],
  },
  tls_trust_server_ccerts: {
    summary: 'New boolean in the Postfix 3.12 development line about trusting remote client certificates that were issued for TLS server use only (without the client-authentication purpose), as public CAs now issue them.',
    sensible: 'The default, no, unless you rely on such certificates for client-certificate access rules.',
    recommendation: 'Keep no unless you need it: client certificates from a private CA can carry the proper client-authentication purpose, which is the cleaner solution. Enable it only when peers you must authenticate by certificate can obtain nothing but server-only public certificates, and then restrict access with fingerprints rather than any trusted CA.',
    pitfalls: [
      'This parameter exists only in 3.12 snapshots; check the postconf(5) of your build for its exact semantics.',
      'Relevant only where client certificates are verified (permit_tls_clientcerts, check_ccert_access).',
    ],
    related: ['smtpd_tls_ask_ccert', 'smtpd_tls_CAfile', 'relay_clientcerts', 'smtpd_tls_fingerprint_digest'],
  },
  tls_wildcard_matches_multiple_labels: {
    summary: 'Whether a leading * in a certificate name may stand for several DNS labels (so *.example.com also matches a.b.example.com) when Postfix checks a peer name; no restricts it to exactly one label as RFC 6125 describes.',
    sensible: 'The default, yes, unless you want strict RFC 6125 matching.',
    recommendation: 'Setting no gives stricter, standard matching for the verify and secure levels and is the more conservative choice. The default yes keeps historical Postfix behaviour, so test the peers you verify before switching.',
    pitfalls: [
      'Changing it can make verification fail for peers whose names only match through a multi-label wildcard.',
      'Irrelevant for opportunistic TLS, where names are not checked.',
    ],
    related: ['smtp_tls_security_level', 'smtp_tls_verify_cert_match', 'smtp_tls_secure_cert_match'],
  },
  tlsmgr_service_name: {
    summary: 'The master.cf service name under which Postfix processes reach the tlsmgr daemon (random seeding and TLS session caches).',
    sensible: 'tlsmgr.',
    recommendation: 'Keep the default and make sure the matching tlsmgr entry exists in master.cf. Renaming it has no security value and only risks TLS processes losing their seed and cache service.',
    pitfalls: [
      'If the name does not match a master.cf service, TLS processes cannot reach tlsmgr and log errors.',
    ],
    related: ['tls_random_source', 'smtpd_tls_session_cache_database', 'smtp_tls_session_cache_database'],
  },
  tlsproxy_client_CAfile: {
    summary: 'The CA file used by tlsproxy when it performs client-side TLS for the SMTP client (connection reuse); it defaults to smtp_tls_CAfile.',
    sensible: 'Unset, so it follows smtp_tls_CAfile.',
    recommendation: 'Leave it inheriting from smtp_tls_CAfile so that verification of remote servers is the same whether or not TLS connection reuse is on. A separate value would silently make the two delivery paths trust different CAs.',
    pitfalls: [
      'Only used when smtp_tls_connection_reuse = yes routes TLS through tlsproxy.',
    ],
    related: ['smtp_tls_CAfile', 'tlsproxy_client_CApath', 'smtp_tls_connection_reuse'],
  },
  tlsproxy_client_CApath: {
    summary: 'The CA directory used by tlsproxy for client-side TLS on behalf of the SMTP client; it defaults to smtp_tls_CApath.',
    sensible: 'Unset, so it follows smtp_tls_CApath.',
    recommendation: 'Keep it inheriting from smtp_tls_CApath so server certificate checks do not depend on whether TLS connection reuse is active.',
    pitfalls: [
      'Only used with smtp_tls_connection_reuse = yes.',
    ],
    related: ['smtp_tls_CApath', 'tlsproxy_client_CAfile', 'smtp_tls_connection_reuse'],
  },
  tlsproxy_client_cert_file: {
    summary: 'The client RSA certificate tlsproxy presents when it runs client-side TLS for the SMTP client; defaults to smtp_tls_cert_file.',
    sensible: 'Unset, so it follows smtp_tls_cert_file (which is normally empty).',
    recommendation: 'Leave it inheriting. Client certificates are rarely needed for outbound mail and can cause handshake problems; when they are needed, configure them once in the smtp_ parameters so both delivery paths behave the same.',
    pitfalls: [
      'Only used with smtp_tls_connection_reuse = yes.',
    ],
    related: ['smtp_tls_cert_file', 'tlsproxy_client_key_file', 'tlsproxy_client_chain_files'],
  },
  tlsproxy_client_chain_files: {
    summary: 'Key-and-chain files tlsproxy uses as client credentials for client-side TLS; defaults to smtp_tls_chain_files.',
    sensible: 'Unset, so it follows smtp_tls_chain_files.',
    recommendation: 'Keep it inheriting from smtp_tls_chain_files. Separate credentials for the proxy path would make outbound behaviour depend on connection reuse, which is hard to diagnose.',
    pitfalls: [
      'The files contain private keys and must be readable only by root.',
    ],
    related: ['smtp_tls_chain_files', 'tlsproxy_client_cert_file', 'smtp_tls_connection_reuse'],
  },
  tlsproxy_client_dcert_file: {
    summary: 'DSA client certificate for tlsproxy client-side TLS; defaults to smtp_tls_dcert_file.',
    sensible: 'Unset (and empty upstream).',
    recommendation: 'Leave it empty; DSA is obsolete and unsupported in TLS 1.3, and client certificates are seldom needed for outbound mail.',
    pitfalls: [
      'Only used when smtp_tls_connection_reuse = yes hands outbound TLS to tlsproxy.',
      'Setting it here but not in smtp_tls_dcert_file makes the two outbound paths present different credentials.',
    ],
    related: ['smtp_tls_dcert_file', 'tlsproxy_client_dkey_file', 'tlsproxy_client_chain_files'],
  },
  tlsproxy_client_dkey_file: {
    summary: 'Private key for the DSA client certificate used by tlsproxy client-side TLS; defaults to smtp_tls_dkey_file.',
    sensible: 'Unset.',
    recommendation: 'Leave it empty together with the DSA certificate; DSA should not be used any more.',
    pitfalls: [
      'Only used when smtp_tls_connection_reuse = yes hands outbound TLS to tlsproxy.',
      'A key that does not match its certificate makes the credential unusable.',
    ],
    related: ['smtp_tls_dkey_file', 'tlsproxy_client_dcert_file'],
  },
  tlsproxy_client_eccert_file: {
    summary: 'ECDSA client certificate for tlsproxy client-side TLS; defaults to smtp_tls_eccert_file.',
    sensible: 'Unset, so it follows smtp_tls_eccert_file.',
    recommendation: 'Keep it inheriting from the smtp_ setting, and configure outbound client certificates only if a receiving server demands them.',
    pitfalls: [
      'Only used with smtp_tls_connection_reuse = yes.',
    ],
    related: ['smtp_tls_eccert_file', 'tlsproxy_client_eckey_file', 'tlsproxy_client_chain_files'],
  },
  tlsproxy_client_eckey_file: {
    summary: 'Private key for the ECDSA client certificate used by tlsproxy client-side TLS; defaults to smtp_tls_eckey_file.',
    sensible: 'Unset, so it follows smtp_tls_eckey_file.',
    recommendation: 'Keep it inheriting; if a key is configured, it must be readable only by root.',
    pitfalls: [
      'Only used when smtp_tls_connection_reuse = yes hands outbound TLS to tlsproxy.',
      'A key that does not match the ECDSA certificate makes that credential unusable.',
    ],
    related: ['smtp_tls_eckey_file', 'tlsproxy_client_eccert_file'],
  },
  tlsproxy_client_enforce_tls: {
    summary: 'Deprecated boolean that made tlsproxy client-side TLS mandatory; it defaults to smtp_enforce_tls. It is replaced by tlsproxy_client_security_level and postconf warns about it from 3.9.',
    sensible: 'Do not set it.',
    recommendation: 'Delete it and rely on tlsproxy_client_security_level, which inherits smtp_tls_security_level. Keeping the old boolean adds confusion without any effect when a level is set.',
    pitfalls: [
      'postconf 3.9 and later prints a deprecation warning.',
    ],
    related: ['tlsproxy_client_security_level', 'smtp_tls_security_level', 'tlsproxy_client_use_tls'],
  },
  tlsproxy_client_fingerprint_digest: {
    summary: 'Digest tlsproxy uses for server certificate and key fingerprints in client-side TLS (fingerprint level and logging); defaults to smtp_tls_fingerprint_digest.',
    sensible: 'Unset, so it follows smtp_tls_fingerprint_digest (sha256 recommended there).',
    recommendation: 'Keep it inheriting, and set sha256 in smtp_tls_fingerprint_digest. A different digest here would make fingerprint policies match on one delivery path and fail on the other.',
    pitfalls: [
      'Fingerprints in policy tables must use the same digest.',
    ],
    related: ['smtp_tls_fingerprint_digest', 'tlsproxy_client_security_level', 'tlsproxy_tls_fingerprint_digest'],
  },
  tlsproxy_client_key_file: {
    summary: 'Private key for the RSA client certificate used by tlsproxy client-side TLS; defaults to smtp_tls_key_file.',
    sensible: 'Unset, so it follows smtp_tls_key_file.',
    recommendation: 'Keep it inheriting; any configured key must be unencrypted and readable only by root.',
    pitfalls: [
      'Only used when smtp_tls_connection_reuse = yes hands outbound TLS to tlsproxy.',
      'A key that does not match the RSA certificate makes that credential unusable.',
    ],
    related: ['smtp_tls_key_file', 'tlsproxy_client_cert_file', 'tlsproxy_client_chain_files'],
  },
  tlsproxy_client_level: {
    summary: 'Old name, renamed in Postfix 3.7 to tlsproxy_client_security_level. It is still honoured as that parameter\'s default, and postconf warns about it from 3.11.',
    sensible: 'Do not set it; use tlsproxy_client_security_level or, better, smtp_tls_security_level.',
    values: {
      '(empty)': 'inherit behaviour from the other settings',
      none: 'no TLS',
      may: 'opportunistic TLS',
      encrypt: 'mandatory TLS without certificate checks',
      dane: 'DANE when TLSA records exist, otherwise opportunistic',
      'dane-only': 'mandatory DANE authentication',
      fingerprint: 'peer must match configured fingerprints',
      verify: 'mandatory TLS with CA-verified name check',
      secure: 'mandatory TLS with stricter CA-verified name check',
    },
    recommendation: 'Rename it to tlsproxy_client_security_level or remove it so the level follows smtp_tls_security_level. Keeping the legacy name is harmless today but triggers warnings and will eventually stop working.',
    pitfalls: [
      'postconf 3.11 and later warns about the legacy name.',
    ],
    related: ['tlsproxy_client_security_level', 'smtp_tls_security_level'],
  },
  tlsproxy_client_loglevel: {
    summary: 'TLS log level for client-side TLS handled by tlsproxy; defaults to smtp_tls_loglevel.',
    sensible: 'Unset, so it follows smtp_tls_loglevel (1 recommended there).',
    recommendation: 'Keep it inheriting and use level 1 in smtp_tls_loglevel. Higher levels are for brief debugging only because they flood the log and may record session data.',
    pitfalls: [
      'Levels 3 and 4 dump handshake or session data.',
    ],
    related: ['smtp_tls_loglevel', 'tlsproxy_tls_loglevel'],
  },
  tlsproxy_client_loglevel_parameter: {
    summary: 'Internal parameter naming which main.cf parameter supplied the tlsproxy client log level. It was removed in 3.12 and should never be set by hand.',
    sensible: 'Do not set it.',
    recommendation: 'Delete it if present; it has no security meaning. Control logging with smtp_tls_loglevel or tlsproxy_client_loglevel instead.',
    pitfalls: [
      'Postfix 3.12 and later report it as an unused parameter.',
    ],
    related: ['tlsproxy_client_loglevel', 'smtp_tls_loglevel'],
  },
  tlsproxy_client_per_site: {
    summary: 'Deprecated per-site TLS table for tlsproxy client-side TLS; defaults to smtp_tls_per_site. It is replaced by tlsproxy_client_policy_maps and postconf warns about it from 3.9.',
    sensible: 'Do not set it.',
    recommendation: 'Remove it and express per-destination rules in smtp_tls_policy_maps, which tlsproxy_client_policy_maps inherits. The old per-site format has a different syntax, so migrate entries by hand.',
    pitfalls: [
      'There is no automatic conversion from per-site to policy table format.',
    ],
    related: ['tlsproxy_client_policy_maps', 'smtp_tls_policy_maps', 'smtp_tls_per_site'],
  },
  tlsproxy_client_policy: {
    summary: 'Old name, renamed in Postfix 3.7 to tlsproxy_client_policy_maps. It is still honoured as that parameter\'s default, and postconf warns about it from 3.11.',
    sensible: 'Do not set it.',
    recommendation: 'Remove it or rename it to tlsproxy_client_policy_maps; normally the policy should simply follow smtp_tls_policy_maps so both delivery paths apply the same per-destination TLS rules.',
    pitfalls: [
      'postconf 3.11 and later warns about the legacy name.',
    ],
    related: ['tlsproxy_client_policy_maps', 'smtp_tls_policy_maps'],
  },
  tlsproxy_client_policy_maps: {
    summary: 'Per-destination TLS policy tables that tlsproxy applies when it handles client-side TLS; defaults to smtp_tls_policy_maps.',
    sensible: 'Unset, so it follows smtp_tls_policy_maps.',
    recommendation: 'Keep it inheriting. Mandatory levels for specific partners (encrypt, verify, secure, dane-only) belong in smtp_tls_policy_maps, and they must apply identically whether or not connection reuse routes TLS through tlsproxy.',
    pitfalls: [
      'A separate table here can let reused connections follow weaker rules than direct ones.',
    ],
    related: ['smtp_tls_policy_maps', 'tlsproxy_client_security_level', 'smtp_tls_connection_reuse'],
  },
  tlsproxy_client_scert_verifydepth: {
    summary: 'Maximum server certificate chain depth tlsproxy verifies in client-side TLS; defaults to smtp_tls_scert_verifydepth.',
    sensible: 'Unset, so it follows smtp_tls_scert_verifydepth.',
    recommendation: 'Keep it inheriting and leave the smtp_ value at its default; a low value breaks verification of legitimate public chains.',
    pitfalls: [
      'Only used when smtp_tls_connection_reuse = yes hands outbound TLS to tlsproxy.',
      'Only relevant at levels that verify certificates (verify, secure, and DANE trust-anchor records).',
    ],
    related: ['smtp_tls_scert_verifydepth', 'tlsproxy_client_CAfile'],
  },
  tlsproxy_client_security_level: {
    summary: 'The default TLS security level tlsproxy uses for client-side TLS on behalf of the SMTP client; defaults to smtp_tls_security_level. Introduced in 3.7 as the new name of tlsproxy_client_level.',
    sensible: 'Unset, so it follows smtp_tls_security_level (may or dane there).',
    values: {
      '(empty)': 'no TLS unless older settings enable it',
      none: 'no TLS',
      may: 'opportunistic TLS',
      encrypt: 'mandatory TLS without certificate checks',
      dane: 'DANE when TLSA records exist, otherwise opportunistic',
      'dane-only': 'mandatory DANE authentication',
      fingerprint: 'peer must match configured fingerprints',
      verify: 'mandatory TLS with CA-verified name check',
      secure: 'mandatory TLS with stricter CA-verified name check',
    },
    recommendation: 'Keep it inheriting from smtp_tls_security_level, which should be may, or dane with DNSSEC. Mandatory levels belong in per-destination policy tables, not as a global default for Internet delivery, because many MX hosts lack usable TLS.',
    pitfalls: [
      'dane levels need smtp_dns_support_level = dnssec and a validating resolver.',
      'A value different from the smtp_ setting makes behaviour depend on connection reuse.',
    ],
    related: ['smtp_tls_security_level', 'tlsproxy_client_policy_maps', 'tlsproxy_client_level', 'smtp_tls_connection_reuse'],
  },
  tlsproxy_client_use_tls: {
    summary: 'Deprecated boolean that turned on opportunistic tlsproxy client-side TLS; defaults to smtp_use_tls. Replaced by tlsproxy_client_security_level; postconf warns about it from 3.9.',
    sensible: 'Do not set it.',
    recommendation: 'Delete it and rely on tlsproxy_client_security_level (inherited from smtp_tls_security_level). The boolean is ignored when a level is set and only misleads readers.',
    pitfalls: [
      'postconf 3.9 and later prints a deprecation warning.',
    ],
    related: ['tlsproxy_client_security_level', 'smtp_use_tls', 'tlsproxy_client_enforce_tls'],
  },
  tlsproxy_enforce_tls: {
    summary: 'Deprecated boolean that made server-side TLS in tlsproxy mandatory; defaults to smtpd_enforce_tls. Replaced by tlsproxy_tls_security_level; postconf warns about it from 3.9.',
    sensible: 'Do not set it.',
    recommendation: 'Delete it. tlsproxy serves postscreen on the public port 25, where TLS must stay optional; its level should follow smtpd_tls_security_level through tlsproxy_tls_security_level.',
    pitfalls: [
      'postconf 3.9 and later prints a deprecation warning.',
    ],
    related: ['tlsproxy_tls_security_level', 'smtpd_enforce_tls', 'tlsproxy_use_tls'],
  },
  tlsproxy_service_name: {
    summary: 'The master.cf service name that postscreen and the SMTP client use to reach the tlsproxy daemon.',
    sensible: 'tlsproxy.',
    recommendation: 'Keep the default and make sure master.cf has a matching tlsproxy entry. Renaming brings no security benefit; a mismatch makes postscreen STARTTLS or TLS connection reuse fail.',
    pitfalls: [
      'Without a working tlsproxy service, postscreen cannot offer STARTTLS to clients it is still testing.',
    ],
    related: ['tlsmgr_service_name', 'smtp_tls_connection_reuse', 'postscreen_tls_security_level'],
  },
  tlsproxy_tls_CAfile: {
    summary: 'CA file tlsproxy uses to verify remote client certificates in server-side TLS (postscreen STARTTLS); defaults to smtpd_tls_CAfile.',
    sensible: 'Unset, so it follows smtpd_tls_CAfile.',
    recommendation: 'Keep it inheriting so clients see the same server TLS behaviour from postscreen and smtpd. Like smtpd_tls_CAfile, it should list only CAs you trust for client certificates.',
    pitfalls: [
      'Only used for TLS that tlsproxy terminates, mainly STARTTLS offered by postscreen before a client is handed to smtpd.',
      'A public CA bundle here combined with certificate-based relay rules lets strangers relay.',
    ],
    related: ['smtpd_tls_CAfile', 'tlsproxy_tls_CApath', 'tlsproxy_tls_ask_ccert'],
  },
  tlsproxy_tls_CApath: {
    summary: 'CA directory tlsproxy uses to verify remote client certificates in server-side TLS; defaults to smtpd_tls_CApath.',
    sensible: 'Unset, so it follows smtpd_tls_CApath.',
    recommendation: 'Keep it inheriting from smtpd_tls_CApath; separate trust settings for postscreen and smtpd are hard to reason about.',
    pitfalls: [
      'Must be reachable from inside the chroot if tlsproxy runs chrooted.',
    ],
    related: ['smtpd_tls_CApath', 'tlsproxy_tls_CAfile'],
  },
  tlsproxy_tls_always_issue_session_ids: {
    summary: 'Whether tlsproxy issues TLS session IDs in server-side TLS even without a server session cache; defaults to smtpd_tls_always_issue_session_ids.',
    sensible: 'Unset, so it follows the smtpd_ setting.',
    recommendation: 'Keep it inheriting; the setting only decides whether clients are given session IDs they could cache, and is not a security control.',
    pitfalls: [
      'Only used for TLS that tlsproxy terminates, mainly STARTTLS offered by postscreen before a client is handed to smtpd.',
      'Session tickets, not IDs, are the usual resumption mechanism since Postfix 2.11.',
    ],
    related: ['smtpd_tls_always_issue_session_ids', 'smtpd_tls_session_cache_database'],
  },
  tlsproxy_tls_ask_ccert: {
    summary: 'Whether tlsproxy requests a client certificate during server-side TLS; defaults to smtpd_tls_ask_ccert.',
    sensible: 'Unset, so it follows smtpd_tls_ask_ccert (normally no on port 25).',
    recommendation: 'Keep it inheriting. On a public MX, asking for client certificates makes a few senders fail the handshake and gains nothing unless certificate-based rules are used.',
    pitfalls: [
      'Only used for TLS that tlsproxy terminates, mainly STARTTLS offered by postscreen before a client is handed to smtpd.',
      'Some senders abort the handshake when asked for a certificate.',
    ],
    related: ['smtpd_tls_ask_ccert', 'tlsproxy_tls_req_ccert', 'tlsproxy_tls_CAfile'],
  },
  tlsproxy_tls_ccert_verifydepth: {
    summary: 'Maximum client certificate chain depth tlsproxy verifies in server-side TLS; defaults to smtpd_tls_ccert_verifydepth.',
    sensible: 'Unset, so it follows smtpd_tls_ccert_verifydepth.',
    recommendation: 'Keep it inheriting and leave the smtpd_ value at its default.',
    pitfalls: [
      'Only used for TLS that tlsproxy terminates, mainly STARTTLS offered by postscreen before a client is handed to smtpd.',
      'Only matters when client certificates are requested and verified.',
    ],
    related: ['smtpd_tls_ccert_verifydepth', 'tlsproxy_tls_ask_ccert'],
  },
  tlsproxy_tls_cert_file: {
    summary: 'RSA server certificate (with chain) that tlsproxy presents in server-side TLS; defaults to smtpd_tls_cert_file.',
    sensible: 'Unset, so it follows smtpd_tls_cert_file.',
    recommendation: 'Keep it inheriting, so postscreen and smtpd present the same certificate; different certificates on one port confuse verifying clients and DANE TLSA records. On 3.4 and later use chain files via smtpd_tls_chain_files.',
    pitfalls: [
      'Ignored when a chain-files setting applies.',
    ],
    related: ['smtpd_tls_cert_file', 'tlsproxy_tls_key_file', 'tlsproxy_tls_chain_files'],
  },
  tlsproxy_tls_chain_files: {
    summary: 'Key-and-chain files tlsproxy uses as server credentials in server-side TLS; defaults to smtpd_tls_chain_files.',
    sensible: 'Unset, so it follows smtpd_tls_chain_files.',
    recommendation: 'Keep it inheriting from smtpd_tls_chain_files so both postscreen and smtpd present identical credentials, which matters for DANE and MTA-STS verification of your MX.',
    pitfalls: [
      'The files contain private keys and must be readable only by root.',
    ],
    related: ['smtpd_tls_chain_files', 'tlsproxy_tls_cert_file', 'tls_server_sni_maps'],
  },
  tlsproxy_tls_ciphers: {
    summary: 'Minimum cipher grade tlsproxy accepts for opportunistic server-side TLS; defaults to smtpd_tls_ciphers.',
    sensible: 'Unset, so it follows smtpd_tls_ciphers (medium).',
    values: {
      high: 'only the tls_high_cipherlist suites',
      medium: 'the tls_medium_cipherlist suites (recommended)',
      low: 'formerly weak suites; treated as medium since 3.8',
      export: 'formerly 40-bit suites; treated as medium since 3.8',
      null: 'unencrypted suites only; never for real traffic',
    },
    recommendation: 'Keep medium via inheritance. Tightening opportunistic TLS on port 25 only drives some senders to plaintext, which Postfix explicitly advises against; export and low must never be used on releases before 3.8.',
    pitfalls: [
      'A value that differs from smtpd_tls_ciphers gives clients different results from postscreen and smtpd.',
    ],
    related: ['smtpd_tls_ciphers', 'tlsproxy_tls_mandatory_ciphers', 'tlsproxy_tls_exclude_ciphers'],
  },
  tlsproxy_tls_dcert_file: {
    summary: 'DSA server certificate for tlsproxy server-side TLS; defaults to smtpd_tls_dcert_file.',
    sensible: 'Unset (and empty upstream).',
    recommendation: 'Leave it empty; DSA certificates are obsolete and unsupported by TLS 1.3.',
    pitfalls: [
      'Only used for TLS that tlsproxy terminates, mainly STARTTLS offered by postscreen before a client is handed to smtpd.',
      'Ignored when a chain-files setting applies.',
    ],
    related: ['smtpd_tls_dcert_file', 'tlsproxy_tls_dkey_file'],
  },
  tlsproxy_tls_dh1024_param_file: {
    summary: 'Diffie-Hellman parameter file for tlsproxy server-side TLS; defaults to smtpd_tls_dh1024_param_file. Deprecated from Postfix 3.9; leave at the default.',
    sensible: 'Do not set it.',
    recommendation: 'Remove it along with smtpd_tls_dh1024_param_file. On current Postfix and OpenSSL the library selects standard groups, and from 3.9 postconf warns that the parameter should not be specified. We follow Postfix here rather than internet.nl, which prefers a ffdhe3072 file.',
    pitfalls: [
      'A prime below 2048 bits weakens DHE key exchange.',
    ],
    related: ['smtpd_tls_dh1024_param_file', 'tls_ffdhe_auto_groups', 'tlsproxy_tls_dh512_param_file'],
  },
  tlsproxy_tls_dh512_param_file: {
    summary: 'Former export-grade Diffie-Hellman file for tlsproxy; defaults to smtpd_tls_dh512_param_file. Ignored since Postfix 3.6; do not specify it.',
    sensible: 'Do not set it.',
    recommendation: 'Delete it; export-grade DH is insecure and the setting has no effect from 3.6 on.',
    pitfalls: [
      'Keeping it suggests export ciphers are still in play when they are not.',
      'Also remove the smtpd_tls_dh512_param_file setting it inherits from.',
    ],
    related: ['smtpd_tls_dh512_param_file', 'tlsproxy_tls_dh1024_param_file'],
  },
  tlsproxy_tls_dkey_file: {
    summary: 'Private key for the DSA server certificate of tlsproxy; defaults to smtpd_tls_dkey_file.',
    sensible: 'Unset.',
    recommendation: 'Leave it empty together with the DSA certificate; DSA should not be used.',
    pitfalls: [
      'Only used for TLS that tlsproxy terminates, mainly STARTTLS offered by postscreen before a client is handed to smtpd.',
      'A key that does not match the DSA certificate makes that credential unusable.',
    ],
    related: ['smtpd_tls_dkey_file', 'tlsproxy_tls_dcert_file'],
  },
  tlsproxy_tls_eccert_file: {
    summary: 'ECDSA server certificate (with chain) that tlsproxy presents; defaults to smtpd_tls_eccert_file.',
    sensible: 'Unset, so it follows smtpd_tls_eccert_file.',
    recommendation: 'Keep it inheriting so postscreen and smtpd offer the same ECDSA certificate.',
    pitfalls: [
      'Only used for TLS that tlsproxy terminates, mainly STARTTLS offered by postscreen before a client is handed to smtpd.',
      'Ignored when a chain-files setting applies; the chain must be leaf first, then intermediates.',
    ],
    related: ['smtpd_tls_eccert_file', 'tlsproxy_tls_eckey_file', 'tlsproxy_tls_chain_files'],
  },
  tlsproxy_tls_eckey_file: {
    summary: 'Private key for the ECDSA server certificate of tlsproxy; defaults to smtpd_tls_eckey_file.',
    sensible: 'Unset, so it follows smtpd_tls_eckey_file.',
    recommendation: 'Keep it inheriting; the key file must be readable only by root.',
    pitfalls: [
      'Only used for TLS that tlsproxy terminates, mainly STARTTLS offered by postscreen before a client is handed to smtpd.',
      'A key that does not match the ECDSA certificate makes that credential unusable.',
    ],
    related: ['smtpd_tls_eckey_file', 'tlsproxy_tls_eccert_file'],
  },
  tlsproxy_tls_eecdh_grade: {
    summary: 'ECDHE curve selection for tlsproxy server-side TLS; defaults to smtpd_tls_eecdh_grade. Ignored since Postfix 3.6 (always auto), and postconf warns about it from 3.9.',
    sensible: 'Do not set it.',
    values: {
      auto: 'negotiate curves from tls_eecdh_auto_curves',
      none: 'disable ECDHE, losing forward secrecy for TLS 1.2',
      strong: 'use the single tls_eecdh_strong_curve',
      ultra: 'use the single tls_eecdh_ultra_curve',
    },
    recommendation: 'Delete it. Before 3.6 the only safe choice was auto (or strong on 2.8 to 3.1 defaults), and from 3.6 any value is ignored; curve choice is controlled by tls_eecdh_auto_curves.',
    pitfalls: [
      'Ignored from Postfix 3.6 on.',
    ],
    related: ['smtpd_tls_eecdh_grade', 'tls_eecdh_auto_curves'],
  },
  tlsproxy_tls_enable_rpk: {
    summary: 'Whether tlsproxy, in server-side TLS, asks remote clients for an RFC 7250 raw public key instead of a certificate when it requests client credentials; defaults to smtpd_tls_enable_rpk.',
    sensible: 'Unset, so it follows smtpd_tls_enable_rpk.',
    recommendation: 'Keep it inheriting so postscreen and smtpd behave alike; enable raw public keys only if client certificates are checked by public-key fingerprint.',
    pitfalls: [
      'Only used for TLS that tlsproxy terminates, mainly STARTTLS offered by postscreen before a client is handed to smtpd.',
      'Rules keyed by certificate fingerprints (rather than public-key fingerprints) stop matching when clients send raw keys.',
    ],
    related: ['smtpd_tls_enable_rpk', 'tlsproxy_tls_fingerprint_digest'],
  },
  tlsproxy_tls_exclude_ciphers: {
    summary: 'Ciphers tlsproxy removes at all server-side TLS levels; defaults to smtpd_tls_exclude_ciphers.',
    sensible: 'Unset, so it follows smtpd_tls_exclude_ciphers (normally empty).',
    recommendation: 'Keep it inheriting and empty. Exclusions rarely add security, and removing forward-secret key exchanges (kEECDH, kDHE) actively weakens it.',
    pitfalls: [
      'Only used for TLS that tlsproxy terminates, mainly STARTTLS offered by postscreen before a client is handed to smtpd.',
      'Broad exclusions can leave no shared cipher, and opportunistic TLS then falls back to plaintext.',
    ],
    related: ['smtpd_tls_exclude_ciphers', 'tlsproxy_tls_mandatory_exclude_ciphers', 'tlsproxy_tls_ciphers'],
  },
  tlsproxy_tls_fingerprint_digest: {
    summary: 'Digest tlsproxy uses for client certificate and public-key fingerprints in server-side TLS; defaults to smtpd_tls_fingerprint_digest.',
    sensible: 'Unset, so it follows smtpd_tls_fingerprint_digest (sha256 recommended).',
    values: {
      sha256: 'SHA-256 fingerprints (recommended)',
      sha1: 'SHA-1 fingerprints; deprecated',
      md5: 'MD5 fingerprints; legacy, deprecated',
    },
    recommendation: 'Keep it inheriting and set sha256 in smtpd_tls_fingerprint_digest, regenerating any fingerprint tables at the same time.',
    pitfalls: [
      'Different digests in tlsproxy and smtpd make fingerprint-based rules inconsistent.',
    ],
    related: ['smtpd_tls_fingerprint_digest', 'tlsproxy_client_fingerprint_digest'],
  },
  tlsproxy_tls_key_file: {
    summary: 'Private key for the RSA server certificate of tlsproxy; defaults to smtpd_tls_key_file.',
    sensible: 'Unset, so it follows smtpd_tls_key_file.',
    recommendation: 'Keep it inheriting; the key must be unencrypted and readable only by root.',
    pitfalls: [
      'Only used for TLS that tlsproxy terminates, mainly STARTTLS offered by postscreen before a client is handed to smtpd.',
      'If key and certificate do not match, TLS is disabled for that credential.',
    ],
    related: ['smtpd_tls_key_file', 'tlsproxy_tls_cert_file', 'tlsproxy_tls_chain_files'],
  },
  tlsproxy_tls_loglevel: {
    summary: 'TLS log level for server-side TLS handled by tlsproxy; defaults to smtpd_tls_loglevel.',
    sensible: 'Unset, so it follows smtpd_tls_loglevel (1 recommended).',
    values: {
      '0': 'no TLS logging',
      '1': 'one summary line per handshake (recommended)',
      '2': 'handshake progress; debugging',
      '3': 'hex dump of the handshake; debugging only',
      '4': 'dump of the whole session; strongly discouraged',
    },
    recommendation: 'Keep it inheriting with level 1 in smtpd_tls_loglevel. Higher levels are for short troubleshooting only because they bloat logs and can expose session data.',
    pitfalls: [
      'Only used for TLS that tlsproxy terminates, mainly STARTTLS offered by postscreen before a client is handed to smtpd.',
      'Levels 3 and 4 dump handshake or session data into the log.',
    ],
    related: ['smtpd_tls_loglevel', 'postscreen_tls_loglevel', 'tlsproxy_client_loglevel'],
  },
  tlsproxy_tls_mandatory_ciphers: {
    summary: 'Minimum cipher grade tlsproxy accepts when server-side TLS is mandatory; defaults to smtpd_tls_mandatory_ciphers.',
    sensible: 'Unset, so it follows smtpd_tls_mandatory_ciphers (medium).',
    values: {
      high: 'only the tls_high_cipherlist suites',
      medium: 'the tls_medium_cipherlist suites (recommended)',
      low: 'formerly weak suites; treated as medium since 3.8',
      export: 'formerly 40-bit suites; treated as medium since 3.8',
      null: 'unencrypted suites only; never for real traffic',
    },
    recommendation: 'Keep it inheriting with medium. Never use export or low on releases before 3.8.',
    pitfalls: [
      'Only acts when tlsproxy runs at the encrypt level, which a public port 25 should not use.',
    ],
    related: ['smtpd_tls_mandatory_ciphers', 'tlsproxy_tls_ciphers', 'tlsproxy_tls_security_level'],
  },
  tlsproxy_tls_mandatory_exclude_ciphers: {
    summary: 'Extra ciphers tlsproxy removes when server-side TLS is mandatory; defaults to smtpd_tls_mandatory_exclude_ciphers.',
    sensible: 'Unset, so it follows the smtpd_ setting (normally empty).',
    recommendation: 'Keep it inheriting and empty; never exclude forward-secret key exchanges.',
    pitfalls: [
      'Only acts at the encrypt level or above; postscreen on port 25 normally runs at may, so it rarely matters.',
      'Removing forward-secret key exchanges (kEECDH, kDHE) leaves TLS 1.2 clients without forward secrecy.',
    ],
    related: ['smtpd_tls_mandatory_exclude_ciphers', 'tlsproxy_tls_exclude_ciphers'],
  },
  tlsproxy_tls_mandatory_protocols: {
    summary: 'TLS protocol versions tlsproxy accepts when server-side TLS is mandatory; defaults to smtpd_tls_mandatory_protocols.',
    sensible: 'Unset, so it follows smtpd_tls_mandatory_protocols.',
    recommendation: 'Keep it inheriting. Raise the TLS 1.2 floor for mandatory TLS in smtpd_tls_mandatory_protocols (or on the submission service), and never enable SSLv2 or SSLv3.',
    pitfalls: [
      'Only acts at the encrypt level or above; postscreen on port 25 normally runs at may.',
      'Exclusion lists must not leave gaps between versions.',
    ],
    related: ['smtpd_tls_mandatory_protocols', 'tlsproxy_tls_protocols', 'tlsproxy_tls_security_level'],
  },
  tlsproxy_tls_protocols: {
    summary: 'TLS protocol versions tlsproxy offers with opportunistic server-side TLS (postscreen STARTTLS); defaults to smtpd_tls_protocols.',
    sensible: 'Unset, so it follows smtpd_tls_protocols.',
    recommendation: 'Keep it inheriting. As with smtpd_tls_protocols, Postfix advises leaving the opportunistic floor alone because a failed handshake falls back to plaintext; external profiles that demand TLS 1.2 disagree, and we follow Postfix. SSLv2 and SSLv3 must stay disabled.',
    pitfalls: [
      'A different value from smtpd_tls_protocols gives clients inconsistent results depending on whether postscreen or smtpd answers.',
    ],
    related: ['smtpd_tls_protocols', 'tlsproxy_tls_mandatory_protocols', 'postscreen_tls_security_level'],
  },
  tlsproxy_tls_req_ccert: {
    summary: 'Whether tlsproxy requires a verified client certificate in mandatory server-side TLS; defaults to smtpd_tls_req_ccert.',
    sensible: 'Unset, so it follows smtpd_tls_req_ccert (normally no).',
    recommendation: 'Keep it inheriting and off; requiring client certificates belongs only on dedicated services with mandatory TLS, never on the public port served by postscreen.',
    pitfalls: [
      'Has no effect unless TLS is mandatory.',
    ],
    related: ['smtpd_tls_req_ccert', 'tlsproxy_tls_ask_ccert', 'tlsproxy_tls_security_level'],
  },
  tlsproxy_tls_security_level: {
    summary: 'The server-side TLS level tlsproxy uses; defaults to smtpd_tls_security_level. postscreen has its own postscreen_tls_security_level for the STARTTLS it announces.',
    sensible: 'Unset, so it follows smtpd_tls_security_level (may).',
    values: {
      '(empty)': 'fall back to the deprecated booleans; otherwise no TLS',
      none: 'TLS is not offered',
      may: 'STARTTLS offered but not required',
      encrypt: 'TLS required before mail transactions',
    },
    recommendation: 'Keep it inheriting with may. tlsproxy fronts the public port 25 through postscreen, and a public MX must not require TLS (RFC 3207).',
    pitfalls: [
      'encrypt here would reject senders without TLS on port 25.',
    ],
    related: ['smtpd_tls_security_level', 'postscreen_tls_security_level', 'tlsproxy_use_tls', 'tlsproxy_enforce_tls'],
  },
  tlsproxy_tls_session_cache_timeout: {
    summary: 'Removed parameter that set the session cache lifetime for tlsproxy. It was dropped in Postfix 2.11; tlsproxy now uses smtpd_tls_session_cache_timeout.',
    sensible: 'Do not set it.',
    recommendation: 'Delete it and, if needed, adjust smtpd_tls_session_cache_timeout, which governs the shared server-side session and ticket lifetime. Current postconf reports this name as unused.',
    pitfalls: [
      'Has no effect on any supported release.',
    ],
    related: ['smtpd_tls_session_cache_timeout', 'smtpd_tls_session_cache_database'],
  },
  tlsproxy_use_tls: {
    summary: 'Deprecated boolean that turned on opportunistic server-side TLS in tlsproxy; defaults to smtpd_use_tls. Replaced by tlsproxy_tls_security_level; postconf warns about it from 3.9.',
    sensible: 'Do not set it.',
    recommendation: 'Delete it and let tlsproxy_tls_security_level follow smtpd_tls_security_level = may.',
    pitfalls: [
      'postconf 3.9 and later prints a deprecation warning.',
    ],
    related: ['tlsproxy_tls_security_level', 'smtpd_use_tls', 'tlsproxy_enforce_tls'],
  },
  tlsproxy_watchdog_timeout: {
    summary: 'How long a tlsproxy process may stay stuck on a single operation before its built-in watchdog terminates it.',
    sensible: 'The default of a few seconds.',
    recommendation: 'Keep the default. A short watchdog stops one misbehaving peer or a stalled library call from blocking a proxy that serves many sessions at once, which limits denial-of-service impact.',
    pitfalls: [
      'Raising it a lot lets a stuck tlsproxy delay every session it handles.',
    ],
    related: ['tlsproxy_service_name', 'smtpd_starttls_timeout'],
  },
};
