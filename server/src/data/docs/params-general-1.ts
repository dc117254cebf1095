import type { ParamDocs } from './types';

/**
 * General (non-TLS) main.cf parameters, part 1: '2bounce_notice_recipient' through 'lmtp_quit_timeout'
 * in parameters.tsv order. Written in our own words.
 */
export const docs: ParamDocs = {
  '2bounce_notice_recipient': {
    summary: 'Address that receives the postmaster copy of a double bounce, i.e. a bounce message that itself could not be delivered. Only used when notify_classes includes "2bounce".',
    sensible: 'Leave at the default and make sure postmaster is aliased to a mailbox someone reads.',
    related: ['notify_classes', 'bounce_notice_recipient', 'double_bounce_sender'],
  },
  access_map_defer_code: {
    summary: 'Numeric SMTP reply code the SMTP server sends when an access(5) table lookup returns a DEFER-type action (DEFER, DEFER_IF_REJECT, DEFER_IF_PERMIT).',
    sensible: 'Keep a 4xx code such as 450 so that clients retry later.',
    pitfalls: ['A 5xx value turns every temporary access decision into a permanent rejection.'],
    related: ['access_map_reject_code', 'defer_code'],
  },
  access_map_reject_code: {
    summary: 'Numeric SMTP reply code the SMTP server sends when an access(5) table lookup returns REJECT without its own code.',
    sensible: 'Keep a 5xx code such as 554; use 4xx only temporarily while testing new rules.',
    related: ['access_map_defer_code', 'soft_bounce'],
  },
  address_verify_cache_cleanup_interval: {
    summary: 'How often the verify(8) server walks its persistent cache and deletes entries that have expired. Zero turns the cleanup off.',
    sensible: 'Leave at the default; the periodic sweep keeps the cache file from growing without bound.',
    related: ['address_verify_map', 'address_verify_positive_expire_time', 'address_verify_negative_expire_time'],
  },
  address_verify_default_transport: {
    summary: 'Transport used for address-verification probes to destinations that would otherwise use default_transport. Lets probes take a different route than real mail.',
    sensible: 'Leave at the default, which follows default_transport, unless probes must be routed differently.',
    related: ['default_transport', 'address_verify_relay_transport', 'address_verify_transport_maps'],
  },
  address_verify_local_transport: {
    summary: 'Transport used for address-verification probes to local (mydestination) recipients, overriding local_transport for probes only.',
    sensible: 'Leave at the default, which follows local_transport.',
    related: ['local_transport', 'address_verify_virtual_transport'],
  },
  address_verify_map: {
    summary: 'Table in which verify(8) stores the results of address probes so they survive restarts. When empty, results are kept only in memory and are lost when the service restarts.',
    sensible: 'Use an updatable, sequentially readable table such as btree: or lmdb: under $data_directory, or leave the default.',
    pitfalls: ['hash: tables are not suitable for this cache.'],
    related: ['default_cache_db_type', 'address_verify_cache_cleanup_interval', 'data_directory'],
  },
  address_verify_negative_cache: {
    summary: 'Whether failed probe results are stored in the verification cache. Turning it off shrinks the cache but makes Postfix probe unknown addresses again and again.',
    sensible: 'Leave enabled on most systems; disable only if the cache fills with junk from dictionary attacks.',
    related: ['address_verify_negative_expire_time', 'address_verify_negative_refresh_time'],
  },
  address_verify_negative_expire_time: {
    summary: 'How long a failed probe result is kept in the cache before it is removed.',
    sensible: 'Leave at the default; it should be longer than address_verify_negative_refresh_time.',
    related: ['address_verify_negative_refresh_time', 'address_verify_negative_cache'],
  },
  address_verify_negative_refresh_time: {
    summary: 'Age after which a cached failed result is re-probed when the address is looked up again; the old result is still used while the new probe runs.',
    sensible: 'Leave at the default; shorter values mean more probe traffic.',
    related: ['address_verify_negative_expire_time'],
  },
  address_verify_pending_request_limit: {
    summary: 'Upper bound on how many probe requests verify(8) lets be outstanding at once, so that a flood of verification requests cannot swamp the mail queue.',
    sensible: 'Leave at the default unless logs show the limit being hit under legitimate load.',
    related: ['address_verify_poll_count'],
  },
  address_verify_poll_count: {
    summary: 'How many times the SMTP server asks verify(8) for a finished probe result before replying with a temporary error. By default it polls fewer times when the server is under stress.',
    sensible: 'Leave at the default; a value of 1 makes the server answer immediately with a tempfail while the probe runs in the background.',
    related: ['address_verify_poll_delay'],
  },
  address_verify_poll_delay: {
    summary: 'Pause between successive polls of verify(8) for a probe result.',
    sensible: 'Leave at the default; together with address_verify_poll_count it bounds how long an SMTP client waits.',
    related: ['address_verify_poll_count'],
  },
  address_verify_positive_expire_time: {
    summary: 'How long a successful probe result is kept in the cache before it is removed.',
    sensible: 'Leave at the default; it must be longer than address_verify_positive_refresh_time.',
    related: ['address_verify_positive_refresh_time'],
  },
  address_verify_positive_refresh_time: {
    summary: 'Age after which a cached successful result is re-probed in the background on the next lookup, while the cached answer is still used.',
    sensible: 'Leave at the default.',
    related: ['address_verify_positive_expire_time'],
  },
  address_verify_relay_transport: {
    summary: 'Transport used for address-verification probes to relay_domains destinations, overriding relay_transport for probes only.',
    sensible: 'Leave at the default, which follows relay_transport.',
    related: ['relay_transport', 'address_verify_default_transport'],
  },
  address_verify_relayhost: {
    summary: 'Next-hop host used for address-verification probes instead of relayhost.',
    sensible: 'Leave at the default, which follows relayhost, unless probes must go to a different gateway.',
    related: ['relayhost', 'address_verify_sender_dependent_relayhost_maps'],
  },
  address_verify_sender: {
    summary: 'Envelope sender used in address-verification probe messages. It can be set to the null sender (empty or <>).',
    sensible: 'Leave at the default, or use another address whose incoming mail is discarded.',
    pitfalls: ['Some remote sites reject probes from the null sender, and a fixed probe address can attract spam; see address_verify_sender_ttl.'],
    related: ['double_bounce_sender', 'address_verify_sender_ttl'],
  },
  address_verify_sender_dependent_default_transport_maps: {
    summary: 'Per-sender default transport lookup used for probes, overriding sender_dependent_default_transport_maps for probe messages.',
    sensible: 'Leave at the default so probes follow the same sender-based routing as real mail.',
    related: ['sender_dependent_default_transport_maps'],
  },
  address_verify_sender_dependent_relayhost_maps: {
    summary: 'Per-sender relayhost lookup used for probes, overriding sender_dependent_relayhost_maps for probe messages.',
    sensible: 'Leave at the default.',
    related: ['sender_dependent_relayhost_maps', 'address_verify_relayhost'],
  },
  address_verify_sender_ttl: {
    summary: 'When non-zero, a time-dependent suffix is added to the local part of the probe sender and changes at this interval, so the probe address does not stay fixed. Zero disables it; it has no effect with a null probe sender.',
    sensible: 'Leave at zero, or use a few hours (e.g. 8h) if the fixed probe address ends up on spam lists.',
    related: ['address_verify_sender'],
  },
  address_verify_service_name: {
    summary: 'Name of the master.cf service that implements address verification (verify(8)).',
    sensible: 'Leave at the default unless you renamed the service in master.cf.',
  },
  address_verify_transport_maps: {
    summary: 'Transport table consulted for address-verification probes instead of transport_maps.',
    sensible: 'Leave at the default, which follows transport_maps.',
    related: ['transport_maps', 'address_verify_default_transport'],
  },
  address_verify_virtual_transport: {
    summary: 'Transport used for address-verification probes to virtual mailbox domains, overriding virtual_transport for probes only.',
    sensible: 'Leave at the default, which follows virtual_transport.',
    related: ['virtual_transport'],
  },
  alias_database: {
    summary: 'Alias files that newaliases (or sendmail -bi) rebuilds into indexed tables. It does not control lookups; local(8) reads alias_maps.',
    sensible: 'Use the same type:path as in alias_maps, e.g. hash:/etc/aliases or lmdb:/etc/aliases.',
    pitfalls: ['If the type or path differs from alias_maps, edits and newaliases never reach the table that is actually queried.'],
    related: ['alias_maps', 'default_database_type'],
  },
  alias_maps: {
    summary: 'Tables the local(8) delivery agent searches for aliases of local recipients. It only applies to domains delivered by local(8).',
    sensible: 'List just your own alias file, e.g. alias_maps = hash:/etc/aliases, and drop nis: if you do not use NIS.',
    pitfalls: ['Aliases here do not apply to virtual domains; use virtual_alias_maps for those.', 'After editing the alias file, run newaliases.'],
    related: ['alias_database', 'virtual_alias_maps', 'local_recipient_maps'],
  },
  allow_mail_to_commands: {
    summary: 'Which sources of local(8) delivery instructions may deliver to a "|command".',
    sensible: 'Leave at the default; remove forward if users must not run programs from .forward files.',
    values: {
      alias: 'allow commands in alias tables',
      forward: 'allow commands in users\' .forward files',
      include: 'allow commands in :include: files',
    },
    related: ['allow_mail_to_files', 'default_privs', 'command_time_limit'],
  },
  allow_mail_to_files: {
    summary: 'Which sources of local(8) delivery instructions may deliver to a /file/name.',
    sensible: 'Leave at the default.',
    values: {
      alias: 'allow file destinations in alias tables',
      forward: 'allow file destinations in users\' .forward files',
      include: 'allow file destinations in :include: files',
    },
    related: ['allow_mail_to_commands'],
  },
  allow_min_user: {
    summary: 'Whether recipient addresses that begin with "-" are accepted. Such addresses could be mistaken for command-line options by programs that receive them.',
    sensible: 'Keep it off.',
  },
  allow_percent_hack: {
    summary: 'Whether user%domain addresses in your own domains are rewritten to user@domain, the old percent-routing convention.',
    sensible: 'Set to no unless you still need percent-style routing; it only matters for local/own domains.',
    related: ['allow_untrusted_routing', 'swap_bangpath'],
  },
  allow_srv_lookup_fallback: {
    summary: 'When SRV-based delivery is enabled for a destination (use_srv_lookup) and no usable SRV record exists, fall back to the normal MX or address lookup instead of deferring.',
    sensible: 'Enable it if you turned on SRV lookups for destinations that may not publish SRV records.',
    related: ['use_srv_lookup', 'ignore_srv_lookup_error'],
  },
  allow_untrusted_routing: {
    summary: 'Whether mail from untrusted clients with sender-specified routing (user@host@site, user!host, user%host) is forwarded to relay_domains destinations.',
    sensible: 'Keep it off.',
    pitfalls: ['Turning it on lets outsiders bounce mail through a backup MX to hosts behind it.'],
    related: ['allow_percent_hack', 'relay_domains'],
  },
  alternate_config_directories: {
    summary: 'Extra configuration directories that unprivileged users may select with -c (sendmail -C) or MAIL_CONFIG for set-gid and privileged commands.',
    sensible: 'List the directories of additional Postfix instances if users submit mail to them; otherwise leave empty.',
    related: ['config_directory', 'multi_instance_directories'],
  },
  always_add_missing_headers: {
    summary: 'Whether cleanup adds missing From:, To:, Date: or Message-ID: headers to all mail, not only to mail from clients matching local_header_rewrite_clients.',
    sensible: 'Leave off on a relay; turn on only if downstream systems require these headers.',
    related: ['local_header_rewrite_clients', 'undisclosed_recipients_header'],
  },
  always_bcc: {
    summary: 'Address that receives a blind copy of every message that passes through cleanup.',
    sensible: 'Leave empty; for selective archiving use sender_bcc_maps or recipient_bcc_maps.',
    pitfalls: ['If delivery to this address fails, the bounce goes to the original sender.', 'Copies are made for all traffic, which is a privacy and disk-space concern.'],
    related: ['sender_bcc_maps', 'recipient_bcc_maps'],
  },
  anvil_rate_time_unit: {
    summary: 'Time window over which anvil(8) counts client connections, messages and recipients for the smtpd_client_*_rate_limit checks.',
    sensible: 'Leave at the default; the rate limits are expressed per this unit.',
    related: ['smtpd_client_connection_rate_limit', 'anvil_status_update_time'],
  },
  anvil_status_update_time: {
    summary: 'How often anvil(8) logs peak connection and rate statistics.',
    sensible: 'Leave at the default.',
    related: ['anvil_rate_time_unit'],
  },
  append_at_myorigin: {
    summary: 'Whether an address without a domain gets "@$myorigin" appended during rewriting.',
    sensible: 'Keep it on; Postfix relies on it for locally submitted mail.',
    pitfalls: ['Turning it off can break delivery of locally submitted mail with bare user names.'],
    related: ['myorigin', 'append_dot_mydomain'],
  },
  append_dot_mydomain: {
    summary: 'Whether a domain without a dot (user@host) gets ".$mydomain" appended during rewriting. Completing short names is really the mail client\'s job.',
    sensible: 'Set to no, so that addresses are not silently completed with your own domain.',
    related: ['mydomain', 'append_at_myorigin', 'compatibility_level'],
  },
  application_event_drain_time: {
    summary: 'How long postkick(1) waits for its request to be accepted by the target service before giving up.',
    sensible: 'Leave at the default.',
  },
  authorized_flush_users: {
    summary: 'Which local users may flush the queue with sendmail -q or postqueue -f/-s.',
    sensible: 'Leave at the default, or restrict it to admins, e.g. static:root.',
    related: ['authorized_mailq_users', 'authorized_submit_users'],
  },
  authorized_mailq_users: {
    summary: 'Which local users may list the mail queue with mailq or postqueue -p.',
    sensible: 'Restrict to admins (e.g. static:root) on shared systems, since the queue listing reveals senders and recipients.',
    related: ['authorized_flush_users'],
  },
  authorized_submit_users: {
    summary: 'Which local users may submit mail with sendmail(1) or postdrop(1).',
    sensible: 'Leave open, or exclude specific accounts, e.g. !www-data, static:all.',
    pitfalls: ['An empty or too narrow list also blocks cron, system daemons and web apps from sending mail.'],
    related: ['authorized_flush_users', 'authorized_mailq_users'],
  },
  authorized_verp_clients: {
    summary: 'Renamed: the old name of smtpd_authorized_verp_clients (SMTP clients allowed to request VERP with XVERP). The old name still feeds the new parameter\'s default.',
    sensible: 'Do not use it; set smtpd_authorized_verp_clients instead.',
    related: ['smtpd_authorized_verp_clients'],
  },
  backwards_bounce_logfile_compatibility: {
    summary: 'Whether bounce(8) writes extra logfile records that older Postfix versions can read, so a downgrade does not lose per-recipient status information.',
    sensible: 'Leave on; it costs little.',
  },
  berkeley_db_create_buffer_size: {
    summary: 'Berkeley DB cache size, in bytes, used by postmap and postalias when they create a hash: or btree: table.',
    sensible: 'Leave at the default; raise it only to speed up building very large tables.',
    related: ['berkeley_db_read_buffer_size'],
  },
  berkeley_db_read_buffer_size: {
    summary: 'Berkeley DB cache size, in bytes, used by Postfix programs that read hash: or btree: tables.',
    sensible: 'Leave at the default; many processes each allocate this buffer.',
    related: ['berkeley_db_create_buffer_size'],
  },
  best_mx_transport: {
    summary: 'Where to deliver mail when this host is the best MX for a domain it does not otherwise handle. When empty, such mail is bounced as a loop.',
    sensible: 'Leave empty and list your domains properly; a value like local is a legacy shortcut.',
    related: ['mydestination', 'relay_domains'],
  },
  biff: {
    summary: 'Whether local(8) notifies the comsat/biff service of new mail for interactive users.',
    sensible: 'Set to no on servers without logged-in users; it saves work on every local delivery.',
  },
  body_checks: {
    summary: 'Pattern tables (usually regexp: or pcre:) that cleanup applies to each line of the message body, with actions such as REJECT, DISCARD or WARN.',
    sensible: 'Keep it small; e.g. body_checks = pcre:/etc/postfix/body_checks, and use a real content filter for serious scanning.',
    pitfalls: ['Each line is matched on its own, encoded (base64, quoted-printable) content is not decoded, and only the first body_checks_size_limit bytes of each part are checked.'],
    related: ['header_checks', 'body_checks_size_limit', 'mime_header_checks'],
  },
  body_checks_size_limit: {
    summary: 'How many bytes of each message body part are fed to body_checks; the rest is not inspected.',
    sensible: 'Leave at the default; raising it costs CPU for every message.',
    related: ['body_checks'],
  },
  bounce_notice_recipient: {
    summary: 'Address that receives the postmaster copy of bounce messages (headers of the undeliverable mail). Only used when notify_classes includes "bounce".',
    sensible: 'Leave at the default and alias postmaster to a mailbox that is read.',
    related: ['notify_classes', '2bounce_notice_recipient'],
  },
  bounce_queue_lifetime: {
    summary: 'How long a bounce or other notification message (null sender) may stay in the queue before Postfix gives up delivering it.',
    sensible: 'Keep it shorter than maximal_queue_lifetime, e.g. a few days, since many bounces go to forged senders.',
    related: ['maximal_queue_lifetime'],
  },
  bounce_service_name: {
    summary: 'Name of the master.cf service that produces non-delivery notifications (bounce(8)).',
    sensible: 'Leave at the default.',
    related: ['defer_service_name', 'trace_service_name'],
  },
  bounce_size_limit: {
    summary: 'Maximum number of bytes of the original message that are attached to a bounce or other delivery status notification.',
    sensible: 'Leave at the default; enough to show headers and the start of the body.',
    related: ['bounce_template_file'],
  },
  bounce_template_file: {
    summary: 'File with custom text templates for bounce, delay, success and verify notifications. When empty, the built-in templates are used.',
    sensible: 'Leave empty, or point to a file such as /etc/postfix/bounce.cf edited from the output of postconf -b.',
    related: ['bounce_size_limit'],
  },
  broken_sasl_auth_clients: {
    summary: 'Whether the SMTP server also announces AUTH in the obsolete "AUTH=" form that some very old mail clients (early Outlook Express and Exchange) need.',
    sensible: 'Leave off unless such legacy clients must authenticate.',
    related: ['smtpd_sasl_auth_enable'],
  },
  canonical_classes: {
    summary: 'Which kinds of addresses canonical_maps rewrites: envelope and/or header, sender and/or recipient.',
    sensible: 'Leave at the default (all four) unless you need to restrict rewriting to, for example, header addresses.',
    values: {
      envelope_sender: 'rewrite the MAIL FROM address',
      envelope_recipient: 'rewrite RCPT TO addresses',
      header_sender: 'rewrite sender headers such as From: and Sender:',
      header_recipient: 'rewrite recipient headers such as To: and Cc:',
    },
    related: ['canonical_maps', 'sender_canonical_classes', 'recipient_canonical_classes'],
  },
  canonical_maps: {
    summary: 'Optional tables that rewrite both sender and recipient addresses, in the envelope and in headers, before other address processing.',
    sensible: 'Leave empty unless you need address rewriting, e.g. canonical_maps = hash:/etc/postfix/canonical.',
    pitfalls: ['Rewrites are applied to message headers too and apply to all mail passing through cleanup; for outgoing-only rewriting use smtp_generic_maps.'],
    related: ['sender_canonical_maps', 'recipient_canonical_maps', 'canonical_classes', 'smtp_generic_maps'],
  },
  cleanup_replace_stray_cr_lf: {
    summary: 'Whether cleanup replaces a lone CR or LF character inside message content with a space. This blocks outbound SMTP smuggling and keeps signatures (e.g. DKIM) independent of how other servers treat such line endings.',
    sensible: 'Leave it on.',
    related: ['smtpd_forbid_bare_newline'],
  },
  cleanup_service_name: {
    summary: 'Name of the master.cf service that implements the cleanup(8) daemon.',
    sensible: 'Leave at the default; use -o cleanup_service_name=... on individual services to select an alternative cleanup.',
  },
  command_directory: {
    summary: 'Directory where the Postfix administrative commands (postconf, postfix, postqueue and so on) are installed.',
    sensible: 'Leave at the value chosen when Postfix was built or packaged.',
    related: ['daemon_directory'],
  },
  command_execution_directory: {
    summary: 'Working directory in which local(8) runs commands from aliases, .forward files and mailbox_command. Supports $user, $home and similar expansions; when empty, commands run without a specific directory change.',
    sensible: 'Leave empty unless commands need to start in a specific directory, e.g. $home.',
    related: ['execution_directory_expansion_filter', 'mailbox_command'],
  },
  command_expansion_filter: {
    summary: 'Characters allowed in values that local(8) substitutes into command lines (for example in mailbox_command); any other character is replaced with an underscore.',
    sensible: 'Leave at the default; widening it can let crafted addresses inject shell syntax.',
    related: ['mailbox_command', 'forward_expansion_filter'],
  },
  command_time_limit: {
    summary: 'Time limit for delivery by local(8) to an external command; the command is killed when it runs longer.',
    sensible: 'Leave at the default unless a delivery command is known to be slow.',
    related: ['allow_mail_to_commands', 'mailbox_command'],
  },
  compatibility_level: {
    summary: 'Declares which set of built-in defaults the configuration was written for. At lower levels Postfix keeps older, less safe defaults and logs a note when such a default is used.',
    sensible: 'Set it to the level shipped with your main.cf (e.g. 3.6 or newer) after checking the logs for backwards-compatibility notices.',
    values: {
      '0': 'legacy defaults from before the compatibility mechanism',
      '1': 'no .$mydomain appending, SMTPUTF8 on, chroot off by default, non-empty smtpd_relay_restrictions',
      '2': 'adds mynetworks_style = host and empty relay_domains',
      '3.6': 'adds sha256 fingerprints, respectful_logging and relay checks before recipient checks',
      '3.11': 'adds opportunistic outbound TLS (smtp_tls_security_level = may) and other 3.11 changes',
    },
    pitfalls: ['Level 0 applies when the parameter is unset, which silently keeps old defaults.', 'Compare levels with <level/<=level; a plain < compares 3.10 as smaller than 3.9.'],
    related: ['append_dot_mydomain', 'mynetworks_style', 'relay_domains', 'smtpd_relay_restrictions'],
  },
  config_directory: {
    summary: 'Directory that holds main.cf and master.cf. It is normally determined by the build or by the -c option and MAIL_CONFIG variable, not by a main.cf setting.',
    sensible: 'Do not set it in main.cf; select another instance with postfix -c or postmulti.',
    related: ['alternate_config_directories', 'multi_instance_directories'],
  },
  confirm_delay_cleared: {
    summary: 'Whether the sender is told when a message that produced a "delayed" warning is finally delivered.',
    sensible: 'Leave off.',
    pitfalls: ['After a long outage it can send a burst of notifications at once.'],
    related: ['delay_warning_time'],
  },
  connection_cache_protocol_timeout: {
    summary: 'Time limit for requests between delivery agents and the scache(8) connection cache server.',
    sensible: 'Leave at the default.',
    related: ['connection_cache_service_name'],
  },
  connection_cache_service: {
    summary: 'Removed: a short-lived early name for the connection cache service setting. Connection reuse is now controlled with smtp_connection_cache_on_demand and the service named by connection_cache_service_name.',
    sensible: 'Delete it from main.cf.',
    related: ['smtp_connection_cache_on_demand', 'connection_cache_service_name'],
  },
  connection_cache_service_name: {
    summary: 'Name of the master.cf service that implements the scache(8) connection cache shared by SMTP and LMTP clients.',
    sensible: 'Leave at the default.',
    related: ['smtp_connection_cache_on_demand', 'lmtp_connection_cache_on_demand'],
  },
  connection_cache_status_update_time: {
    summary: 'How often scache(8) logs statistics about cached connections.',
    sensible: 'Leave at the default.',
  },
  connection_cache_ttl_limit: {
    summary: 'Upper bound on how long scache(8) keeps an idle connection; it caps the per-client *_connection_cache_time_limit settings.',
    sensible: 'Leave at the default; long idle connections annoy remote servers.',
    related: ['smtp_connection_cache_time_limit', 'lmtp_connection_cache_time_limit'],
  },
  content_filter: {
    summary: 'After-queue content filter: queued mail is handed to this transport:nexthop (e.g. a scanner) instead of normal delivery, and the filter re-injects it.',
    sensible: 'Leave empty globally, or set it per service in master.cf with -o, e.g. content_filter=scan:[127.0.0.1]:10025.',
    pitfalls: ['The service that receives re-injected mail must set content_filter empty with -o, or mail loops through the filter forever.'],
    related: ['default_filter_nexthop', 'receive_override_options'],
  },
  cyrus_sasl_config_path: {
    summary: 'Directories in which the Cyrus SASL library looks for its application configuration file (for example smtpd.conf). When empty, the library\'s built-in path is used.',
    sensible: 'Leave empty unless your SASL configuration lives in a non-standard directory.',
    related: ['smtpd_sasl_path', 'smtpd_sasl_type'],
  },
  daemon_directory: {
    summary: 'Directory containing the Postfix daemon programs that master(8) starts (smtpd, qmgr, cleanup and so on).',
    sensible: 'Leave at the value chosen when Postfix was built or packaged.',
    related: ['command_directory'],
  },
  daemon_table_open_error_is_fatal: {
    summary: 'What a daemon does when it cannot open a lookup table: terminate at once (yes) or keep running, log a warning and fail only the requests that need the table (no).',
    sensible: 'Leave it off, so one broken table does not stop all mail handling.',
  },
  daemon_timeout: {
    summary: 'Maximum time a daemon process may spend handling one request before the built-in watchdog kills it.',
    sensible: 'Leave at the default.',
    related: ['ipc_timeout'],
  },
  data_directory: {
    summary: 'Directory owned by the mail_owner where Postfix keeps writable data such as caches and the pseudo-random seed file.',
    sensible: 'Leave at the packaged default; it must be writable by the Postfix user.',
    related: ['address_verify_map', 'mail_owner'],
  },
  debug_peer_level: {
    summary: 'How much extra verbosity is added to logging for remote clients or servers that match debug_peer_list.',
    sensible: 'Leave at the default; increase only briefly while debugging.',
    related: ['debug_peer_list'],
  },
  debug_peer_list: {
    summary: 'Host names, domains or network addresses for which logging is made more verbose by debug_peer_level.',
    sensible: 'Leave empty; list a single test host while troubleshooting, e.g. debug_peer_list = 192.0.2.10.',
    pitfalls: ['Verbose logging can include message content and secrets; remove it after debugging.'],
    related: ['debug_peer_level'],
  },
  debugger_command: {
    summary: 'Command that a daemon runs when it is started with -D, typically to attach a debugger to itself.',
    sensible: 'Leave empty except when debugging Postfix itself.',
  },
  default_cache_db_type: {
    summary: 'Table type used for Postfix-managed caches such as the address verification and postscreen caches.',
    sensible: 'Use btree or lmdb, whichever your build supports (see postconf -m).',
    values: {
      hash: 'Berkeley DB hash; not suitable for these caches',
      btree: 'Berkeley DB B-tree; a good cache type where Berkeley DB is available',
      lmdb: 'OpenLDAP LMDB; a good choice where Berkeley DB is unavailable',
      cdb: 'read-only constant database; cannot hold a cache',
      dbm: 'traditional dbm; not recommended for caches',
    },
    related: ['default_database_type', 'address_verify_map', 'postscreen_cache_map'],
  },
  default_database_type: {
    summary: 'Table type that postmap and postalias use when a command names a file without a type, and that the default alias settings use.',
    sensible: 'Use hash where Berkeley DB is available, or lmdb or cdb on systems without it.',
    values: {
      hash: 'Berkeley DB hash table',
      btree: 'Berkeley DB B-tree table',
      lmdb: 'OpenLDAP LMDB table',
      cdb: 'constant database, rebuilt as a whole',
      dbm: 'traditional dbm table',
    },
    pitfalls: ['Changing it does not convert existing tables; run postmap/postalias again and update type: prefixes in main.cf.'],
    related: ['default_cache_db_type', 'alias_database', 'alias_maps'],
  },
  default_delivery_slot_cost: {
    summary: 'Default for the per-transport preemption cost in the queue manager scheduler: how many deliveries a message must wait through before another message may preempt it.',
    sensible: 'Leave at the default; tune per transport only with a clear reason.',
    related: ['default_delivery_slot_discount', 'default_delivery_slot_loan', 'default_minimum_delivery_slots'],
  },
  default_delivery_slot_discount: {
    summary: 'Default for the per-transport percentage by which the scheduler lowers the slots a message needs before it may preempt another, making preemption happen sooner.',
    sensible: 'Leave at the default.',
    related: ['default_delivery_slot_cost', 'default_delivery_slot_loan'],
  },
  default_delivery_slot_loan: {
    summary: 'Default for the per-transport number of delivery slots the scheduler may lend to a message so it can preempt another before it has collected all required slots.',
    sensible: 'Leave at the default.',
    related: ['default_delivery_slot_cost', 'default_delivery_slot_discount'],
  },
  default_delivery_status_filter: {
    summary: 'Optional table that delivery agents use to rewrite the delivery status (code and text) they report, for example to turn certain permanent errors into temporary ones.',
    sensible: 'Leave empty unless you need to reclassify specific failures; use per-agent filters such as smtp_delivery_status_filter where possible.',
    related: ['smtp_delivery_status_filter', 'lmtp_delivery_status_filter'],
  },
  default_destination_concurrency_failed_cohort_limit: {
    summary: 'Default for how many consecutive groups of failed connection attempts to one destination make the scheduler treat it as dead and stop trying for a while.',
    sensible: 'Leave at the default.',
    related: ['default_destination_concurrency_negative_feedback', 'initial_destination_concurrency'],
  },
  default_destination_concurrency_limit: {
    summary: 'Default maximum number of parallel deliveries to the same destination for a transport; override per transport with <transport>_destination_concurrency_limit.',
    sensible: 'Leave at the default; lower it per transport for receivers that limit connections.',
    related: ['initial_destination_concurrency', 'default_destination_rate_delay'],
  },
  default_destination_concurrency_negative_feedback: {
    summary: 'Default amount by which the scheduler lowers a destination\'s concurrency after a delivery failure; a number or a fraction such as 1/concurrency.',
    sensible: 'Leave at the default.',
    related: ['default_destination_concurrency_positive_feedback', 'destination_concurrency_feedback_debug'],
  },
  default_destination_concurrency_positive_feedback: {
    summary: 'Default amount by which the scheduler raises a destination\'s concurrency after a successful delivery; a number or a fraction such as 1/concurrency.',
    sensible: 'Leave at the default.',
    related: ['default_destination_concurrency_negative_feedback'],
  },
  default_destination_rate_delay: {
    summary: 'Default pause between deliveries to the same destination over one transport. A non-zero value also limits the transport to one delivery at a time per destination.',
    sensible: 'Leave at zero globally; set a per-transport delay (e.g. 1s) only for receivers that throttle you.',
    related: ['default_destination_concurrency_limit', 'default_transport_rate_delay'],
  },
  default_destination_recipient_limit: {
    summary: 'Default maximum number of recipients a delivery agent handles in one delivery; override per transport with <transport>_destination_recipient_limit.',
    sensible: 'Leave at the default; set 1 on a transport that must deliver each recipient separately.',
    related: ['default_destination_concurrency_limit'],
  },
  default_extra_recipient_limit: {
    summary: 'Default number of extra in-memory recipient slots per transport that the queue manager keeps for messages that preempt others.',
    sensible: 'Leave at the default.',
    related: ['default_recipient_limit'],
  },
  default_filter_nexthop: {
    summary: 'Next-hop destination used when a content_filter or FILTER action names a transport without a destination. When empty, the recipient domain is used.',
    sensible: 'Leave empty unless your filter setup relies on it.',
    related: ['content_filter'],
  },
  default_minimum_delivery_slots: {
    summary: 'Default for how many recipients a message must have before the queue manager\'s preemptive scheduling applies to it.',
    sensible: 'Leave at the default.',
    related: ['default_delivery_slot_cost'],
  },
  default_privs: {
    summary: 'Account whose privileges local(8) uses for deliveries to files and commands when no recipient account applies, such as deliveries from root-owned aliases.',
    sensible: 'Keep an unprivileged account such as nobody.',
    pitfalls: ['Never use root, the Postfix owner, or another privileged account: commands from aliases would run with those rights.'],
    related: ['allow_mail_to_commands', 'mail_owner'],
  },
  default_process_limit: {
    summary: 'Default maximum number of simultaneous processes for a master.cf service whose process limit column is "-".',
    sensible: 'Leave at the default on small systems; raise it on busy servers with enough memory.',
    related: ['smtpd_client_connection_count_limit'],
  },
  default_rbl_reply: {
    summary: 'Template for the SMTP reply sent when a DNS blocklist check rejects a client; it can use $rbl_code, $rbl_domain, $rbl_what, $rbl_reason and similar variables.',
    sensible: 'Leave at the default; customise per blocklist with rbl_reply_maps.',
    related: ['rbl_reply_maps', 'maps_rbl_reject_code'],
  },
  default_recipient_limit: {
    summary: 'Default per-transport limit on how many recipients the queue manager keeps in memory at once.',
    sensible: 'Leave at the default.',
    related: ['default_extra_recipient_limit', 'qmgr_message_recipient_limit'],
  },
  default_recipient_refill_delay: {
    summary: 'Default per-transport wait before the queue manager loads more recipients of a message even though fewer than the refill limit have finished.',
    sensible: 'Leave at the default.',
    related: ['default_recipient_refill_limit'],
  },
  default_recipient_refill_limit: {
    summary: 'Default per-transport number of recipients the queue manager loads into memory at a time for one message.',
    sensible: 'Leave at the default.',
    related: ['default_recipient_refill_delay'],
  },
  default_transport: {
    summary: 'Transport used for destinations that are not local, virtual or relay domains and have no transport_maps entry.',
    sensible: 'Keep smtp on a normal server; on a host that must not send outside, use error:outbound mail disabled.',
    related: ['relayhost', 'transport_maps', 'relay_transport', 'local_transport'],
  },
  default_transport_rate_delay: {
    summary: 'Default pause between deliveries over the same transport, regardless of destination; override with <transport>_transport_rate_delay.',
    sensible: 'Leave at zero; set per transport only to throttle a rate-limited upstream.',
    related: ['default_destination_rate_delay'],
  },
  default_verp_delimiters: {
    summary: 'The two characters used to encode the recipient into the sender address when VERP is requested without explicit delimiters.',
    sensible: 'Leave at the default unless your mailing list software expects other characters.',
    related: ['verp_delimiter_filter', 'smtpd_authorized_verp_clients'],
  },
  defer_code: {
    summary: 'Numeric SMTP reply code the SMTP server sends when the "defer" restriction or a similar DEFER action applies.',
    sensible: 'Keep a 4xx code.',
    related: ['access_map_defer_code'],
  },
  defer_service_name: {
    summary: 'Name of the master.cf service that records why delivery was deferred and sends delay notices (a bounce(8) instance).',
    sensible: 'Leave at the default.',
    related: ['bounce_service_name'],
  },
  defer_transports: {
    summary: 'Transports whose mail is not delivered automatically; it stays queued until a flush (postqueue -f, sendmail -q, or ETRN).',
    sensible: 'Leave empty; list a transport only for dial-up style links, e.g. defer_transports = smtp.',
    pitfalls: ['Mail held this way still expires after maximal_queue_lifetime if it is never flushed.'],
    related: ['fast_flush_domains', 'maximal_queue_lifetime'],
  },
  delay_logging_resolution_limit: {
    summary: 'Number of digits after the decimal point in the delay figures (delay= and delays=) written to the mail log.',
    sensible: 'Leave at the default unless your log analysis needs finer timing.',
  },
  delay_notice_recipient: {
    summary: 'Address that receives the postmaster copy of "mail delayed" notices. Only used when notify_classes includes "delay".',
    sensible: 'Leave at the default and alias postmaster to a mailbox that is read.',
    related: ['notify_classes', 'delay_warning_time'],
  },
  delay_warning_time: {
    summary: 'How long a message may be undeliverable before the sender gets a warning that it is delayed (delivery is still retried). Zero disables the warning.',
    sensible: 'A few hours, e.g. delay_warning_time = 4h, if users should be told about delays.',
    related: ['confirm_delay_cleared', 'delay_notice_recipient', 'maximal_queue_lifetime'],
  },
  deliver_lock_attempts: {
    summary: 'How many times a delivery agent tries to lock a mailbox file or bounce logfile before giving up for now.',
    sensible: 'Leave at the default.',
    related: ['deliver_lock_delay', 'mailbox_delivery_lock'],
  },
  deliver_lock_delay: {
    summary: 'Pause between attempts to lock a mailbox file or bounce logfile.',
    sensible: 'Leave at the default.',
    related: ['deliver_lock_attempts'],
  },
  destination_concurrency_feedback_debug: {
    summary: 'Whether the queue manager logs details of how it adjusts per-destination concurrency after successes and failures.',
    sensible: 'Leave off except while studying scheduler behaviour.',
    related: ['default_destination_concurrency_positive_feedback', 'default_destination_concurrency_negative_feedback'],
  },
  detect_8bit_encoding_header: {
    summary: 'Whether Postfix treats a message as 8-bit MIME content when its Content-Transfer-Encoding header says so, even if the client did not declare BODY=8BITMIME.',
    sensible: 'Leave it on.',
    related: ['disable_mime_output_conversion'],
  },
  disable_dns_lookups: {
    summary: 'Deprecated: turned off DNS lookups in the SMTP and LMTP clients. It is replaced by smtp_dns_support_level (and lmtp_dns_support_level).',
    sensible: 'Remove it and use smtp_dns_support_level = disabled if you really need that.',
    related: ['smtp_dns_support_level', 'lmtp_dns_support_level'],
  },
  disable_mime_input_processing: {
    summary: 'Whether cleanup stops parsing MIME structure on input, so everything after the primary headers is plain body text. This also disables mime_header_checks and nested_header_checks.',
    sensible: 'Leave it off.',
    related: ['mime_header_checks', 'nested_header_checks', 'disable_mime_output_conversion'],
  },
  disable_mime_output_conversion: {
    summary: 'Whether the SMTP/LMTP clients skip converting 8-bit content to 7-bit when the receiving server does not announce 8BITMIME.',
    sensible: 'Leave off, unless signatures made before delivery (e.g. DKIM) must not be invalidated by the conversion.',
    pitfalls: ['The conversion changes the body, which can break DKIM signatures that were applied earlier.'],
    related: ['detect_8bit_encoding_header', 'disable_mime_input_processing'],
  },
  disable_verp_bounces: {
    summary: 'Whether VERP mail generates one combined bounce for all failed recipients of a delivery attempt instead of one bounce per recipient.',
    sensible: 'Leave it off; mailing list software relies on per-recipient VERP bounces.',
    related: ['default_verp_delimiters'],
  },
  disable_vrfy_command: {
    summary: 'Whether the SMTP server refuses the VRFY command, which otherwise lets clients check whether an address exists.',
    sensible: 'Set to yes on Internet-facing servers to hinder address harvesting.',
    related: ['smtpd_reject_unlisted_recipient'],
  },
  dns_ncache_ttl_fix_enable: {
    summary: 'Enables a workaround for resolver libraries that stop handing back the DNS server reply when a record does not exist; Postfix needs that reply to honour negative-caching TTLs in DNS reputation (blocklist) lookups.',
    sensible: 'Leave off unless your C library\'s resolver is known to behave that way.',
  },
  dnsblog_reply_delay: {
    summary: 'Artificial delay added to dnsblog(8) replies; intended only for testing postscreen\'s handling of slow DNSBL answers.',
    sensible: 'Leave at zero in production.',
    related: ['dnsblog_service_name'],
  },
  dnsblog_service_name: {
    summary: 'Name of the master.cf service that performs DNS blocklist lookups for postscreen (dnsblog(8)).',
    sensible: 'Leave at the default.',
    related: ['postscreen_dnsbl_sites'],
  },
  dnssec_probe: {
    summary: 'A DNS query, written as type:name, that Postfix sends the first time a process needs DNSSEC (for example for DANE) to check whether the resolver actually validates. An empty value disables the probe.',
    sensible: 'Leave at the default; point it at a signed name your resolver can reach if the default fails in your network.',
    related: ['smtp_dns_support_level'],
  },
  dont_remove: {
    summary: 'Debugging aid: when non-zero, queue files are kept in the "saved" queue instead of being deleted after delivery.',
    sensible: 'Leave at zero.',
    pitfalls: ['Left on, every message stays on disk and the queue file system fills up.'],
  },
  double_bounce_sender: {
    summary: 'Sender address used for postmaster notifications and probes. Mail arriving for this address is silently discarded, which stops bounce loops.',
    sensible: 'Leave at the default.',
    pitfalls: ['Do not use an address that should receive real mail: anything sent to it is thrown away.'],
    related: ['2bounce_notice_recipient', 'address_verify_sender'],
  },
  duplicate_filter_limit: {
    summary: 'Maximum number of addresses remembered when removing duplicate recipients during alias, .forward and virtual expansion and in cleanup. Zero means no limit.',
    sensible: 'Leave at the default.',
  },
  empty_address_default_transport_maps_lookup_key: {
    summary: 'Lookup key used in sender_dependent_default_transport_maps when the envelope sender is empty (bounces).',
    sensible: 'Leave at the default (<>) and add a <> entry to the table if null-sender mail needs its own transport.',
    related: ['sender_dependent_default_transport_maps'],
  },
  empty_address_local_login_sender_maps_lookup_key: {
    summary: 'Lookup key used in local_login_sender_maps when a local user submits mail with an empty envelope sender.',
    sensible: 'Leave at the default.',
    related: ['local_login_sender_maps'],
  },
  empty_address_recipient: {
    summary: 'Where mail addressed to the null address ends up; such recipients can only arise from local software or configuration errors.',
    sensible: 'Leave at the default and alias MAILER-DAEMON to postmaster.',
  },
  empty_address_relayhost_maps_lookup_key: {
    summary: 'Lookup key used in sender_dependent_relayhost_maps when the envelope sender is empty (bounces).',
    sensible: 'Leave at the default (<>) and add a <> entry to the table if bounces need a particular relay.',
    related: ['sender_dependent_relayhost_maps'],
  },
  enable_errors_to: {
    summary: 'Removed: made Postfix send bounces to the address in an Errors-To: header. Postfix now always reports errors to the envelope sender.',
    sensible: 'Delete it from main.cf.',
  },
  enable_idna2003_compatibility: {
    summary: 'Whether internationalized domain names are converted with the older IDNA2003 rules instead of the current UTS #46 non-transitional processing. The two differ for a few characters such as German sharp s.',
    sensible: 'Leave off unless you must match the behaviour of older systems.',
    related: ['smtputf8_enable'],
  },
  enable_long_queue_ids: {
    summary: 'Whether new queue files get long, non-repeating queue IDs (time-based) instead of the short hexadecimal ones.',
    sensible: 'Turn it on when IDs should stay unique across time, for example for log correlation; check your log tools first.',
    pitfalls: ['Log parsers that expect short hexadecimal queue IDs may stop matching.'],
  },
  enable_original_recipient: {
    summary: 'Whether Postfix records each recipient\'s original address before rewriting, so it can be shown in X-Original-To:, logs and notifications.',
    sensible: 'Leave it on.',
  },
  enable_threaded_bounces: {
    summary: 'Whether bounce, delay and success notifications carry In-Reply-To: and References: headers with the original Message-ID, so mail clients thread them with the original message.',
    sensible: 'Turning it on is harmless and helps users find the original message.',
  },
  error_notice_recipient: {
    summary: 'Address that receives postmaster notices about problems such as resource, software, policy or protocol errors, for the classes enabled in notify_classes.',
    sensible: 'Leave at the default and alias postmaster to a mailbox that is read.',
    related: ['notify_classes'],
  },
  error_service_name: {
    summary: 'Name of the master.cf service that implements the error(8) delivery agent, which always fails deliveries.',
    sensible: 'Leave at the default.',
  },
  execution_directory_expansion_filter: {
    summary: 'Characters allowed in values substituted into command_execution_directory; any other character is replaced with an underscore.',
    sensible: 'Leave at the default.',
    related: ['command_execution_directory', 'command_expansion_filter'],
  },
  expand_owner_alias: {
    summary: 'When an alias has an owner-<alias> companion, whether the envelope sender becomes the expansion of that owner alias rather than the owner alias name itself.',
    sensible: 'Leave off unless list owners need bounces sent directly to their real addresses.',
    related: ['alias_maps'],
  },
  export_environment: {
    summary: 'Environment variables that Postfix passes on to external commands it runs, for example during local(8) or pipe(8) delivery.',
    sensible: 'Leave at the default; add names (or name=value) only if delivery commands need them.',
    related: ['import_environment'],
  },
  extract_recipient_limit: {
    summary: 'Removed: limited how many recipients sendmail -t would take from message headers. Postfix no longer has this limit setting.',
    sensible: 'Delete it from main.cf.',
  },
  fallback_relay: {
    summary: 'Renamed: the old name of smtp_fallback_relay (backup relays tried when normal delivery fails). The old name still feeds the new parameter\'s default.',
    sensible: 'Do not use it; set smtp_fallback_relay instead.',
    related: ['smtp_fallback_relay'],
  },
  fallback_transport: {
    summary: 'Transport to which local(8) hands recipients it cannot find in the system password file or aliases, instead of bouncing them.',
    sensible: 'Leave empty unless another delivery system handles non-UNIX users, e.g. fallback_transport = lmtp:unix:private/dovecot-lmtp.',
    pitfalls: ['local_recipient_maps must still accept those recipients, or the SMTP server rejects them before local(8) sees them.'],
    related: ['fallback_transport_maps', 'luser_relay', 'mailbox_transport', 'local_recipient_maps'],
  },
  fallback_transport_maps: {
    summary: 'Per-recipient table that gives local(8) a fallback transport for recipients not found in the password file; it takes precedence over fallback_transport.',
    sensible: 'Leave empty unless different unknown users need different transports.',
    related: ['fallback_transport'],
  },
  fast_flush_domains: {
    summary: 'Destinations for which the flush(8) service keeps per-domain lists of deferred mail, so ETRN or sendmail -qR can deliver them quickly.',
    sensible: 'Leave at the default, or limit it to the domains that actually use ETRN.',
    related: ['fast_flush_purge_time', 'fast_flush_refresh_time', 'defer_transports'],
  },
  fast_flush_purge_time: {
    summary: 'How long an unused fast-flush logfile for a destination is kept before it is deleted.',
    sensible: 'Leave at the default.',
    related: ['fast_flush_domains'],
  },
  fast_flush_refresh_time: {
    summary: 'Age after which the flush(8) service schedules a fresh delivery attempt for a destination whose fast-flush logfile has not been updated.',
    sensible: 'Leave at the default.',
    related: ['fast_flush_domains'],
  },
  fault_injection_code: {
    summary: 'Testing aid that makes Postfix deliberately trigger internal failures to exercise error handling.',
    sensible: 'Leave at zero; never set it on a production system.',
  },
  flush_service_name: {
    summary: 'Name of the master.cf service that implements the fast-flush server (flush(8)).',
    sensible: 'Leave at the default.',
    related: ['fast_flush_domains'],
  },
  force_mime_input_conversion: {
    summary: 'Whether cleanup converts body content that claims to be 8-bit into quoted-printable on input, before header/body checks, Milters and after-queue content filters see it.',
    sensible: 'Leave off unless downstream filters or mailbox software cannot handle 8-bit content.',
    pitfalls: ['The conversion changes the message, so signatures over the original body may no longer verify.'],
    related: ['disable_mime_output_conversion', 'disable_mime_input_processing'],
  },
  fork_attempts: {
    summary: 'How many times master(8) or a daemon retries creating a new process when the system is out of resources.',
    sensible: 'Leave at the default.',
    related: ['fork_delay'],
  },
  fork_delay: {
    summary: 'Pause between attempts to create a new process after a failure.',
    sensible: 'Leave at the default.',
    related: ['fork_attempts'],
  },
  forward_expansion_filter: {
    summary: 'Characters allowed in values substituted into forward_path; any other character is replaced with an underscore.',
    sensible: 'Leave at the default.',
    related: ['forward_path', 'command_expansion_filter'],
  },
  forward_path: {
    summary: 'List of .forward file locations local(8) searches for a user; the first file that exists is used. Supports $home, $user, $extension and similar variables.',
    sensible: 'Leave at the default, or point at a central directory such as /var/forward/$user if home directories are not local.',
    related: ['forward_expansion_filter', 'allow_mail_to_commands', 'recipient_delimiter'],
  },
  frozen_delivered_to: {
    summary: 'Whether local(8) fixes its Delivered-To: address once at the start of delivery instead of updating it during alias and .forward expansion.',
    sensible: 'Leave it on.',
    related: ['prepend_delivered_header'],
  },
  full_name_encoding_charset: {
    summary: 'Character set name Postfix declares when it RFC 2047-encodes a sender\'s full name that contains non-ASCII text, for example in a From: header it generates.',
    sensible: 'Leave at the default unless full names are stored in a character set other than UTF-8.',
    related: ['header_from_format'],
  },
  hash_queue_depth: {
    summary: 'Number of subdirectory levels used for the queues listed in hash_queue_names, to keep individual directories small.',
    sensible: 'Leave at the default; add a level only for very large queues.',
    related: ['hash_queue_names'],
  },
  hash_queue_names: {
    summary: 'Queue directories that are split into hashed subdirectories.',
    sensible: 'Leave at the default.',
    related: ['hash_queue_depth'],
  },
  header_address_token_limit: {
    summary: 'Maximum number of address tokens Postfix parses in one address header; tokens beyond the limit are discarded.',
    sensible: 'Leave at the default.',
    related: ['header_size_limit'],
  },
  header_checks: {
    summary: 'Pattern tables applied by cleanup to each primary message header (multi-line headers are joined first), with actions such as REJECT, DISCARD, REPLACE or WARN.',
    sensible: 'Use a small pcre: or regexp: table, e.g. header_checks = pcre:/etc/postfix/header_checks.',
    pitfalls: ['Rules also apply to your own outgoing mail unless a service turns them off with receive_override_options.', 'MIME part headers are checked with mime_header_checks and nested_header_checks, which default to header_checks.'],
    related: ['body_checks', 'mime_header_checks', 'nested_header_checks', 'smtp_header_checks'],
  },
  header_from_format: {
    summary: 'Format of the From: header Postfix creates for local submissions that have none, when a full name is known.',
    sensible: 'Leave at the default; the standard form is what current mail software expects.',
    values: {
      standard: 'From: Full Name <address>',
      obsolete: 'From: address (Full Name)',
    },
    related: ['full_name_encoding_charset'],
  },
  header_size_limit: {
    summary: 'Maximum size in bytes of one message header; anything beyond it is discarded.',
    sensible: 'Leave at the default.',
    related: ['header_address_token_limit', 'line_length_limit'],
  },
  helpful_warnings: {
    summary: 'Whether Postfix logs warnings about dubious configuration settings and other conditions that need attention.',
    sensible: 'Leave it on.',
  },
  home_mailbox: {
    summary: 'Mailbox path, relative to the user\'s home directory, for local(8) deliveries. A trailing slash selects maildir format; otherwise an mbox file is used.',
    sensible: 'Leave empty for the system spool, or use Maildir/ for per-user maildirs.',
    pitfalls: ['Without the trailing slash, Maildir is written as a single mbox file.'],
    related: ['mail_spool_directory', 'mailbox_command', 'mailbox_transport'],
  },
  hopcount_limit: {
    summary: 'Maximum number of Received: headers a message may have; more than that is treated as a mail loop and the message is bounced.',
    sensible: 'Leave at the default.',
  },
  html_directory: {
    summary: 'Directory where the Postfix HTML documentation is installed, or "no" when it is not installed. Only the installation and upgrade procedures use it.',
    sensible: 'Leave at the packaged value.',
    related: ['readme_directory', 'manpage_directory'],
  },
  ignore_mx_lookup_error: {
    summary: 'What the SMTP client does when an MX lookup fails with a temporary error: defer delivery (no) or go on and look up the domain\'s address records directly (yes).',
    sensible: 'Leave off; falling back after a DNS failure can send mail to the wrong host.',
    related: ['ignore_srv_lookup_error', 'smtp_dns_support_level'],
  },
  ignore_srv_lookup_error: {
    summary: 'What the client does when an SRV lookup (enabled with use_srv_lookup) fails with a temporary error: defer delivery (no) or continue with MX or address lookups (yes).',
    sensible: 'Leave off unless your SRV setup needs the fallback.',
    related: ['use_srv_lookup', 'allow_srv_lookup_fallback', 'ignore_mx_lookup_error'],
  },
  import_environment: {
    summary: 'Environment variables that Postfix processes keep from the environment they are started in; everything else is removed. Entries may also be name=value to set a variable.',
    sensible: 'Leave at the default; add a variable only when a library (for example Kerberos or a database client) needs it.',
    related: ['export_environment'],
  },
  in_flow_delay: {
    summary: 'Throttles message arrival: when mail arrives faster than the queue manager delivers it, each new message waits up to this long in cleanup before being accepted. Zero disables the throttle.',
    sensible: 'Leave at the default.',
  },
  inet_interfaces: {
    summary: 'Local network addresses on which Postfix accepts mail (addresses, host names, or keywords such as all and loopback-only). When it names a single non-loopback address, the SMTP client also uses that address as its source.',
    sensible: 'all on a mail server; loopback-only on a send-only host.',
    pitfalls: ['A change needs postfix stop and start; postfix reload does not pick it up.', 'Postfix also uses it to decide which addresses count as itself when detecting mail loops.'],
    related: ['inet_protocols', 'proxy_interfaces', 'smtp_bind_address'],
  },
  inet_protocols: {
    summary: 'Which IP protocol families Postfix uses for incoming and outgoing connections.',
    sensible: 'all on dual-stack hosts; ipv4 if the host has no working IPv6 connectivity.',
    values: {
      all: 'use IPv4 and IPv6 where available',
      ipv4: 'use IPv4',
      ipv6: 'use IPv6',
    },
    pitfalls: ['A change needs postfix stop and start, not only a reload.', 'Enabling IPv6 without working IPv6 routes causes delivery delays and deferrals.'],
    related: ['inet_interfaces', 'smtp_address_preference'],
  },
  info_log_address_format: {
    summary: 'How email addresses are written in informational log lines: in the quoted form used on the wire, or in Postfix\'s unquoted internal form.',
    sensible: 'Leave at the default; the external form shows addresses unambiguously.',
    values: {
      external: 'log addresses quoted as they would appear in a message (e.g. "first last"@example.com)',
      internal: 'log addresses in the unquoted internal form, as older Postfix versions did',
    },
  },
  initial_destination_concurrency: {
    summary: 'Number of parallel deliveries the queue manager starts with for a destination before adjusting it from success and failure feedback.',
    sensible: 'Leave at the default; it must not exceed the destination concurrency limit.',
    related: ['default_destination_concurrency_limit'],
  },
  internal_mail_filter_classes: {
    summary: 'Which kinds of mail that Postfix itself generates go through header/body checks and non_smtpd_milters before being queued. When empty, internally generated mail is not inspected.',
    sensible: 'Leave empty unless a Milter (for example DKIM signing) must also process Postfix-generated notices; then use bounce.',
    values: {
      bounce: 'delivery status notifications: bounces, delay and success notices',
      notify: 'postmaster notices controlled by notify_classes',
    },
    pitfalls: ['Inspecting Postfix-generated mail is risky: a rule or Milter that rejects or discards it silently loses notifications.'],
    related: ['non_smtpd_milters', 'header_checks', 'body_checks'],
  },
  invalid_hostname_reject_code: {
    summary: 'Numeric SMTP reply code used when reject_invalid_helo_hostname (or the older reject_invalid_hostname) rejects a malformed hostname.',
    sensible: 'Leave at the default 5xx code.',
    related: ['smtpd_helo_restrictions'],
  },
  ipc_idle: {
    summary: 'How long a client of an internal Postfix service keeps an unused connection open before closing it, so servers can exit when idle.',
    sensible: 'Leave at the default.',
    related: ['ipc_ttl', 'ipc_timeout'],
  },
  ipc_timeout: {
    summary: 'Time limit for sending or receiving data on an internal connection between Postfix processes; when it expires the process gives up with a fatal error.',
    sensible: 'Leave at the default.',
    related: ['ipc_idle', 'daemon_timeout'],
  },
  ipc_ttl: {
    summary: 'Maximum time a client keeps any connection to an internal Postfix service, even a busy one, so servers can be restarted or replaced.',
    sensible: 'Leave at the default.',
    related: ['ipc_idle'],
  },
  known_tcp_ports: {
    summary: 'Built-in mapping from service names to TCP port numbers, so Postfix does not depend on /etc/services for them. Written as name=port, with several names allowed per port.',
    sensible: 'Leave at the default; add entries only for extra service names you use in master.cf or next-hop destinations.',
  },
  line_length_limit: {
    summary: 'Maximum length in bytes of one input line that Postfix stores as a single record; longer lines are split into pieces on input and rejoined on delivery.',
    sensible: 'Leave at the default.',
    related: ['header_size_limit', 'smtp_line_length_limit'],
  },
  lmdb_map_size: {
    summary: 'Initial size limit, in bytes, of LMDB databases created or opened by Postfix; when a database fills up, the limit is doubled automatically.',
    sensible: 'Leave at the default unless you build very large LMDB tables.',
    related: ['default_database_type', 'default_cache_db_type'],
  },
  lmtp_address_preference: {
    summary: 'Which address family the LMTP client tries first when a destination has both IPv4 and IPv6 addresses.',
    sensible: 'Leave at the default; most LMTP servers are on local or internal addresses anyway.',
    values: {
      ipv6: 'try IPv6 addresses first',
      ipv4: 'try IPv4 addresses first',
      any: 'no preference, keep the lookup order',
    },
    related: ['smtp_address_preference', 'inet_protocols'],
  },
  lmtp_address_verify_target: {
    summary: 'For address verification through LMTP, which protocol stage decides whether an address is deliverable: rcpt (the RCPT reply) or data (wait for the reply after DATA).',
    sensible: 'rcpt, unless your LMTP server only rejects recipients after DATA.',
    related: ['smtp_address_verify_target'],
  },
  lmtp_assume_final: {
    summary: 'When the LMTP server does not announce DSN support, whether Postfix assumes it delivered the mail finally and reports "delivered" instead of "relayed" in success notifications.',
    sensible: 'Set to yes when the LMTP server is a mailbox store such as Dovecot or Cyrus.',
  },
  lmtp_balance_inet_protocols: {
    summary: 'When a destination has both IPv4 and IPv6 addresses, whether the LMTP client mixes both families in the list it tries, so a broken family does not use up the address limit.',
    sensible: 'Leave it on.',
    related: ['smtp_balance_inet_protocols', 'lmtp_mx_address_limit'],
  },
  lmtp_bind_address: {
    summary: 'Local IPv4 address the LMTP client uses as the source of outgoing TCP connections. When empty, the system chooses.',
    sensible: 'Leave empty unless the LMTP server only accepts connections from a specific source address.',
    related: ['lmtp_bind_address6', 'lmtp_bind_address_enforce'],
  },
  lmtp_bind_address6: {
    summary: 'Local IPv6 address the LMTP client uses as the source of outgoing TCP connections. When empty, the system chooses.',
    sensible: 'Leave empty unless a specific source address is required.',
    related: ['lmtp_bind_address', 'lmtp_bind_address_enforce'],
  },
  lmtp_bind_address_enforce: {
    summary: 'Whether the LMTP client defers delivery when it cannot use the configured lmtp_bind_address or lmtp_bind_address6, instead of connecting from a system-chosen address.',
    sensible: 'Turn it on if connecting from the wrong source address would be rejected or is a policy problem.',
    related: ['lmtp_bind_address', 'lmtp_bind_address6'],
  },
  lmtp_body_checks: {
    summary: 'Body pattern table applied by the LMTP client while sending a message, with a restricted set of actions; used for changes on output only.',
    sensible: 'Leave empty unless output-side body edits are needed.',
    related: ['body_checks', 'lmtp_header_checks', 'smtp_body_checks'],
  },
  lmtp_cache_connection: {
    summary: 'Removed: enabled caching of LMTP connections. Replaced by lmtp_connection_cache_on_demand and lmtp_connection_cache_destinations.',
    sensible: 'Delete it from main.cf.',
    related: ['lmtp_connection_cache_on_demand', 'lmtp_connection_cache_destinations'],
  },
  lmtp_cname_overrides_servername: {
    summary: 'Deprecated: controlled whether a host name found via a CNAME replaced the original server name for logging and certificate checks. It should no longer be set.',
    sensible: 'Remove it and leave the behaviour at its default; use TLS security levels for name checking.',
    related: ['smtp_cname_overrides_servername'],
  },
  lmtp_connect_timeout: {
    summary: 'Time limit for establishing a TCP connection to an LMTP server; zero leaves the limit to the operating system. On timeout the next address is tried.',
    sensible: 'Leave at the default for local servers; set e.g. 30s for LMTP servers across a network.',
    related: ['smtp_connect_timeout'],
  },
  lmtp_connection_cache_destinations: {
    summary: 'Destinations for which the LMTP client always keeps connections open for reuse, regardless of queue backlog.',
    sensible: 'Leave empty unless one LMTP destination gets steady traffic and benefits from persistent connections.',
    related: ['lmtp_connection_cache_on_demand', 'lmtp_connection_cache_time_limit'],
  },
  lmtp_connection_cache_on_demand: {
    summary: 'Whether the LMTP client automatically keeps connections for reuse when a destination has a backlog of queued mail.',
    sensible: 'Leave it on.',
    related: ['lmtp_connection_cache_destinations', 'connection_cache_service_name'],
  },
  lmtp_connection_cache_time_limit: {
    summary: 'How long an idle LMTP connection may stay in the connection cache waiting for more mail.',
    sensible: 'Leave at the default; connection_cache_ttl_limit caps it.',
    related: ['connection_cache_ttl_limit', 'lmtp_connection_reuse_time_limit'],
  },
  lmtp_connection_reuse_count_limit: {
    summary: 'Maximum number of deliveries over one cached LMTP connection before it is closed; zero means no count limit (only the time limit applies).',
    sensible: 'Leave at zero unless the LMTP server behaves badly on long-lived sessions.',
    related: ['lmtp_connection_reuse_time_limit'],
  },
  lmtp_connection_reuse_time_limit: {
    summary: 'Total time after which a cached LMTP connection is no longer reused, however busy it is.',
    sensible: 'Leave at the default.',
    related: ['lmtp_connection_reuse_count_limit', 'lmtp_connection_cache_time_limit'],
  },
  lmtp_data_done_timeout: {
    summary: 'Time limit for sending the final "." of the message and receiving the LMTP server\'s replies (one per recipient).',
    sensible: 'Leave at the default; slow mailbox stores with many recipients may need more.',
    related: ['lmtp_data_init_timeout', 'lmtp_data_xfer_timeout'],
  },
  lmtp_data_init_timeout: {
    summary: 'Time limit for sending the DATA command and receiving the LMTP server\'s reply.',
    sensible: 'Leave at the default.',
    related: ['lmtp_data_xfer_timeout', 'lmtp_data_done_timeout'],
  },
  lmtp_data_xfer_timeout: {
    summary: 'Time limit for the transfer of message content to the LMTP server; if the connection stalls longer than this, delivery is aborted.',
    sensible: 'Leave at the default.',
    related: ['lmtp_data_done_timeout', 'lmtp_per_request_deadline'],
  },
  lmtp_defer_if_no_mx_address_found: {
    summary: 'LMTP counterpart of smtp_defer_if_no_mx_address_found: whether to defer rather than bounce when MX records exist but none resolve to an address.',
    sensible: 'Leave at the default; it rarely matters for LMTP.',
    related: ['smtp_defer_if_no_mx_address_found'],
  },
  lmtp_delivery_status_filter: {
    summary: 'Optional table that rewrites the delivery status reported by the LMTP client, for example to turn a permanent failure into a temporary one.',
    sensible: 'Leave empty unless specific LMTP server errors must be reclassified.',
    related: ['default_delivery_status_filter'],
  },
  lmtp_destination_concurrency_limit: {
    summary: 'Maximum number of parallel deliveries to one destination through the "lmtp" transport. This name exists only when master.cf defines an lmtp service.',
    sensible: 'Leave at the default, or lower it if the mailbox store limits concurrent LMTP sessions.',
    related: ['default_destination_concurrency_limit', 'lmtp_destination_recipient_limit'],
  },
  lmtp_destination_recipient_limit: {
    summary: 'Maximum number of recipients per delivery through the "lmtp" transport. This name exists only when master.cf defines an lmtp service.',
    sensible: 'Leave at the default; set 1 only if the LMTP server must see one recipient per message (e.g. for per-user filtering).',
    related: ['default_destination_recipient_limit', 'lmtp_destination_concurrency_limit'],
  },
  lmtp_discard_lhlo_keyword_address_maps: {
    summary: 'Per-server lookup table, keyed by the LMTP server\'s IP address, listing LHLO keywords the LMTP client should ignore.',
    sensible: 'Leave empty unless one particular server advertises a feature it does not handle correctly.',
    related: ['lmtp_discard_lhlo_keywords'],
  },
  lmtp_discard_lhlo_keywords: {
    summary: 'LHLO keywords (extensions such as pipelining or dsn) that the LMTP client ignores in every server\'s reply, as if the server had not announced them.',
    sensible: 'Leave empty unless a server mishandles an announced extension.',
    related: ['lmtp_discard_lhlo_keyword_address_maps'],
  },
  lmtp_dns_reply_filter: {
    summary: 'Optional pattern table applied to DNS replies seen by the LMTP client, which can drop unwanted records (for example addresses you never want to connect to).',
    sensible: 'Leave empty.',
    related: ['smtp_dns_reply_filter'],
  },
  lmtp_dns_resolver_options: {
    summary: 'Resolver options the LMTP client passes to the system resolver for its DNS queries, which control whether local search domains are appended to names.',
    sensible: 'Leave empty so names are looked up exactly as written.',
    values: {
      res_defnames: 'append the local default domain to single-label names',
      res_dnsrch: 'try the resolver search list for names',
    },
    pitfalls: ['These options can turn a typo into a lookup in your own domain and send mail to an unexpected host.'],
    related: ['smtp_dns_resolver_options'],
  },
  lmtp_dns_support_level: {
    summary: 'How far the LMTP client uses DNS for destination lookups: not at all, normally, or with DNSSEC validation.',
    sensible: 'Leave empty (the normal behaviour); use dnssec only together with DANE on LMTP, which is rare.',
    values: {
      '(empty)': 'use DNS normally, unless the deprecated disable_dns_lookups says otherwise',
      disabled: 'no DNS lookups; use the system host lookup (e.g. /etc/hosts)',
      enabled: 'normal DNS lookups',
      dnssec: 'DNS lookups with DNSSEC validation, needed for DANE',
    },
    related: ['smtp_dns_support_level', 'disable_dns_lookups', 'lmtp_host_lookup'],
  },
  lmtp_fallback_relay: {
    summary: 'Backup LMTP destinations that are tried when the normal destination cannot be found or cannot be reached.',
    sensible: 'Leave empty unless you run a secondary mailbox server.',
    related: ['smtp_fallback_relay'],
  },
  lmtp_generic_maps: {
    summary: 'Address rewriting table the LMTP client applies to envelope and header addresses while sending, for example to map internal names to public ones.',
    sensible: 'Leave empty; output rewriting is rarely useful for local LMTP delivery.',
    related: ['smtp_generic_maps', 'canonical_maps'],
  },
  lmtp_header_checks: {
    summary: 'Header pattern table applied by the LMTP client while sending a message, with a restricted set of actions (such as REPLACE, PREPEND, IGNORE or WARN).',
    sensible: 'Leave empty unless headers must be changed only on the way out.',
    related: ['header_checks', 'lmtp_mime_header_checks', 'lmtp_nested_header_checks', 'lmtp_body_checks'],
  },
  lmtp_host_lookup: {
    summary: 'Which lookup mechanisms the LMTP client uses to find server addresses: DNS, the system\'s native resolver (e.g. /etc/hosts and nsswitch), or both in order.',
    sensible: 'Leave at the default, or use native if LMTP hosts are only defined in /etc/hosts.',
    values: {
      dns: 'look up addresses in DNS',
      native: 'use the operating system\'s host lookup (nsswitch, /etc/hosts)',
    },
    related: ['lmtp_dns_support_level', 'smtp_host_lookup'],
  },
  lmtp_lhlo_name: {
    summary: 'Host name the LMTP client sends in the LHLO command.',
    sensible: 'Leave at the default (the host name) unless the LMTP server expects a specific name.',
    related: ['myhostname', 'smtp_helo_name'],
  },
  lmtp_lhlo_timeout: {
    summary: 'Time limit for receiving the LMTP server\'s greeting and for the LHLO command and its reply.',
    sensible: 'Leave at the default.',
    related: ['lmtp_connect_timeout', 'lmtp_mail_timeout'],
  },
  lmtp_line_length_limit: {
    summary: 'Maximum length of header and body lines the LMTP client sends; longer lines are folded or broken up on output. Zero disables the limit.',
    sensible: 'Leave at the default, which matches the SMTP standard line length.',
    related: ['smtp_line_length_limit', 'line_length_limit'],
  },
  lmtp_mail_timeout: {
    summary: 'Time limit for sending the MAIL FROM command and receiving the LMTP server\'s reply.',
    sensible: 'Leave at the default.',
    related: ['lmtp_lhlo_timeout', 'lmtp_data_init_timeout'],
  },
  lmtp_mime_header_checks: {
    summary: 'Pattern table for MIME part headers, applied by the LMTP client while sending, with a restricted set of actions.',
    sensible: 'Leave at the default.',
    related: ['mime_header_checks', 'lmtp_header_checks'],
  },
  lmtp_min_data_rate: {
    summary: 'Minimum average rate, in bytes per second, at which message content must flow when lmtp_per_request_deadline is on; it extends the transfer deadline for large messages.',
    sensible: 'Leave at the default.',
    related: ['lmtp_per_request_deadline', 'lmtp_data_xfer_timeout'],
  },
  lmtp_mx_address_limit: {
    summary: 'Maximum number of server IP addresses the LMTP client considers for one destination; zero means no limit.',
    sensible: 'Leave at the default.',
    related: ['lmtp_mx_session_limit', 'smtp_mx_address_limit'],
  },
  lmtp_mx_session_limit: {
    summary: 'Maximum number of LMTP sessions (successful connections) the client opens for one delivery attempt before giving up for now; zero means no limit.',
    sensible: 'Leave at the default.',
    related: ['lmtp_mx_address_limit', 'smtp_mx_session_limit'],
  },
  lmtp_nested_header_checks: {
    summary: 'Pattern table for the headers of attached messages, applied by the LMTP client while sending, with a restricted set of actions.',
    sensible: 'Leave at the default.',
    related: ['nested_header_checks', 'lmtp_header_checks'],
  },
  lmtp_per_record_deadline: {
    summary: 'Renamed: the old name of lmtp_per_request_deadline. The old name still feeds the new parameter\'s default.',
    sensible: 'Do not use it; set lmtp_per_request_deadline instead.',
    related: ['lmtp_per_request_deadline'],
  },
  lmtp_per_request_deadline: {
    summary: 'Whether each LMTP timeout limits the total time for a whole request or reply rather than each separate read or write, so a slowly trickling peer cannot stretch a session indefinitely.',
    sensible: 'Leave it off for trusted local LMTP servers.',
    related: ['lmtp_min_data_rate', 'lmtp_per_record_deadline', 'smtp_per_request_deadline'],
  },
  lmtp_pix_workaround_delay_time: {
    summary: 'How long the client pauses before sending the final ".", as part of the workaround for Cisco PIX firewalls that mangle the end of data.',
    sensible: 'Leave at the default; PIX workarounds rarely matter for LMTP.',
    related: ['lmtp_pix_workarounds', 'lmtp_pix_workaround_threshold_time'],
  },
  lmtp_pix_workaround_maps: {
    summary: 'Per-destination table that selects which PIX firewall workarounds to use, overriding lmtp_pix_workarounds.',
    sensible: 'Leave empty.',
    related: ['lmtp_pix_workarounds'],
  },
  lmtp_pix_workaround_threshold_time: {
    summary: 'How long a message must have been queued before the delayed end-of-data workaround for PIX firewalls is applied to it.',
    sensible: 'Leave at the default.',
    related: ['lmtp_pix_workaround_delay_time', 'lmtp_pix_workarounds'],
  },
  lmtp_pix_workarounds: {
    summary: 'Which workarounds the client applies when it detects a Cisco PIX firewall that interferes with the session (seen through its mangled server greeting).',
    sensible: 'Leave at the default.',
    values: {
      delay_dotcrlf: 'pause before sending the final "." of old queued messages',
      disable_esmtp: 'do not use ESMTP extensions with such a server',
    },
    related: ['lmtp_pix_workaround_maps', 'lmtp_pix_workaround_threshold_time'],
  },
  lmtp_quit_timeout: {
    summary: 'Time limit for sending QUIT and receiving the LMTP server\'s reply.',
    sensible: 'Leave at the default.',
    related: ['lmtp_mail_timeout'],
  },
};
