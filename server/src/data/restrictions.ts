/**
 * The SMTP server's access restrictions (the words of `smtpd_*_restrictions` and of
 * restriction classes), in our own words. `since` is given where the release matters;
 * `replacedBy` marks a legacy spelling, `removedIn` the release that stopped accepting it.
 */
export type RestrictionStage = 'any' | 'client' | 'helo' | 'sender' | 'recipient' | 'data' | 'etrn';

export interface RestrictionDoc {
  /** What the restriction checks and what it answers, one or two sentences. */
  text: string;
  stage: RestrictionStage;
  /** What follows the restriction as its argument, e.g. `type:table`. */
  argument?: string;
  since?: string;
  replacedBy?: string;
  deprecatedSince?: string;
  removedIn?: string;
  /** A warning worth showing wherever the restriction appears. */
  caution?: string;
}

const access = (subject: string, stage: RestrictionStage, since?: string): RestrictionDoc => ({
  text: `Looks up ${subject} in an access table and acts on the result (OK, REJECT, DUNNO, a restriction list, ...).`,
  stage,
  argument: 'type:table',
  since,
});

const dnsAccess = (what: string, of: string, stage: RestrictionStage, since?: string): RestrictionDoc => ({
  text: `Looks up the ${what} of ${of} in an access table. OK is not accepted as a result here, so that a DNS record cannot grant access.`,
  stage,
  argument: 'type:table',
  since,
});

export const RESTRICTIONS: Readonly<Record<string, RestrictionDoc>> = {
  // Generic actions
  permit: { text: 'Accepts the request here: no later restriction of this list is evaluated.', stage: 'any' },
  reject: { text: 'Refuses the request with reject_code (554 by default).', stage: 'any' },
  defer: { text: 'Answers with a temporary error (defer_code, 450 by default) so the client retries later.', stage: 'any' },
  defer_if_permit: { text: 'Turns a later PERMIT of this evaluation into a temporary error; used when a lookup failed temporarily.', stage: 'any' },
  defer_if_reject: { text: 'Turns a later REJECT of this evaluation into a temporary error; useful while testing new restrictions.', stage: 'any' },
  warn_if_reject: { text: 'Makes the next restriction only log what it would have rejected, instead of rejecting.', stage: 'any' },
  sleep: {
    text: 'Pauses for the given number of seconds, then goes on; followed by reject_unauth_pipelining it catches clients that talk before the server has answered.',
    stage: 'any',
    argument: 'seconds',
    since: '2.3',
  },
  check_policy_service: {
    text: 'Asks an external policy server (SPF checks, greylisting, rate limits) and acts on its answer.',
    stage: 'any',
    argument: 'inet:host:port or unix:path',
    since: '2.1',
    caution: 'Place it after reject_unauth_destination: a policy server that answers OK would otherwise allow relaying.',
  },
  reject_plaintext_session: { text: 'Refuses clients that did not turn on TLS with STARTTLS.', stage: 'any', since: '2.3' },
  reject_unauth_pipelining: { text: 'Refuses clients that send commands ahead of the replies without having been offered PIPELINING, a habit of spam software.', stage: 'data' },
  reject_multi_recipient_bounce: { text: 'Refuses a message with the null sender (a bounce) that has more than one recipient.', stage: 'data', since: '2.1' },

  // Client
  permit_mynetworks: { text: 'Accepts clients whose address is listed in mynetworks.', stage: 'client' },
  permit_inet_interfaces: { text: 'Accepts clients connecting from one of the addresses of this host (inet_interfaces).', stage: 'client', since: '2.3' },
  permit_sasl_authenticated: { text: 'Accepts clients that logged in with SMTP AUTH.', stage: 'client' },
  permit_tls_clientcerts: { text: 'Accepts clients whose verified TLS certificate fingerprint is listed in relay_clientcerts.', stage: 'client', since: '2.2' },
  permit_tls_all_clientcerts: {
    text: 'Accepts every client that presents a certificate the server can verify.',
    stage: 'client',
    since: '2.2',
    caution: 'With a public CA bundle in smtpd_tls_CAfile this lets anyone with a certificate relay.',
  },
  permit_dnswl_client: { text: 'Accepts clients listed in a DNS allow list; it never overrides reject_unauth_destination.', stage: 'client', argument: 'dnswl.domain', since: '2.8' },
  permit_rhswl_client: { text: 'Accepts clients whose host name is listed in a DNS allow list; it never overrides reject_unauth_destination.', stage: 'client', argument: 'rhswl.domain', since: '2.8' },
  check_client_access: access('the client host name, address and parent networks', 'client'),
  check_client_a_access: dnsAccess('IP addresses', 'the client host name', 'client', '3.0'),
  check_client_mx_access: dnsAccess('MX hosts', 'the client host name', 'client', '2.7'),
  check_client_ns_access: dnsAccess('DNS servers', 'the client host name', 'client', '2.7'),
  check_reverse_client_hostname_access: {
    text: 'Looks up the name from the reverse lookup of the client address (verified or not) in an access table. OK is not accepted as a result here, because anyone controlling the reverse DNS of an address could claim it.',
    stage: 'client',
    argument: 'type:table',
    since: '2.6',
  },
  check_reverse_client_hostname_a_access: dnsAccess('IP addresses', 'the reverse client host name', 'client', '3.0'),
  check_reverse_client_hostname_mx_access: dnsAccess('MX hosts', 'the reverse client host name', 'client', '2.7'),
  check_reverse_client_hostname_ns_access: dnsAccess('DNS servers', 'the reverse client host name', 'client', '2.7'),
  check_ccert_access: access('the fingerprint of the verified client certificate', 'client', '2.2'),
  check_sasl_access: access('the SASL login name of an authenticated client', 'client', '2.11'),
  reject_rbl_client: { text: 'Refuses clients whose address is listed in the given DNS block list; `domain=127.0.0.2` limits it to one result code.', stage: 'client', argument: 'rbl.domain[=d.d.d.d]' },
  reject_rhsbl_client: { text: 'Refuses clients whose host name is listed in the given domain-name block list.', stage: 'client', argument: 'rhsbl.domain[=d.d.d.d]' },
  reject_rhsbl_reverse_client: { text: 'Refuses clients whose reverse host name (verified or not) is listed in the given domain-name block list.', stage: 'client', argument: 'rhsbl.domain[=d.d.d.d]', since: '2.8' },
  reject_unknown_client_hostname: { text: 'Refuses clients without a verified host name: the address has no name, or the name does not resolve back to the address.', stage: 'client', since: '2.3' },
  reject_unknown_reverse_client_hostname: { text: 'Refuses clients whose address has no host name at all in DNS; milder than reject_unknown_client_hostname.', stage: 'client', since: '2.3' },
  reject_unknown_forward_client_hostname: { text: 'Refuses clients whose reverse host name does not resolve back to the client address.', stage: 'client' },
  reject_unknown_client: { text: 'Legacy spelling of reject_unknown_client_hostname.', stage: 'client', replacedBy: 'reject_unknown_client_hostname' },

  // HELO
  check_helo_access: access('the HELO/EHLO host name and its parent domains', 'helo'),
  check_helo_a_access: dnsAccess('IP addresses', 'the HELO/EHLO host name', 'helo', '3.0'),
  check_helo_mx_access: dnsAccess('MX hosts', 'the HELO/EHLO host name', 'helo'),
  check_helo_ns_access: dnsAccess('DNS servers', 'the HELO/EHLO host name', 'helo'),
  reject_invalid_helo_hostname: { text: 'Refuses a HELO/EHLO name that is not a syntactically valid host name or address literal.', stage: 'helo', since: '2.3' },
  reject_non_fqdn_helo_hostname: { text: 'Refuses a HELO/EHLO name that is not a fully qualified domain name.', stage: 'helo', since: '2.3' },
  reject_unknown_helo_hostname: { text: 'Refuses a HELO/EHLO name that has neither an A/AAAA nor an MX record.', stage: 'helo', since: '2.3' },
  reject_rhsbl_helo: { text: 'Refuses a HELO/EHLO name listed in the given domain-name block list.', stage: 'helo', argument: 'rhsbl.domain[=d.d.d.d]' },
  reject_invalid_hostname: { text: 'Legacy spelling of reject_invalid_helo_hostname.', stage: 'helo', replacedBy: 'reject_invalid_helo_hostname' },
  reject_non_fqdn_hostname: { text: 'Legacy spelling of reject_non_fqdn_helo_hostname.', stage: 'helo', replacedBy: 'reject_non_fqdn_helo_hostname' },
  reject_unknown_hostname: { text: 'Legacy spelling of reject_unknown_helo_hostname.', stage: 'helo', replacedBy: 'reject_unknown_helo_hostname' },

  // Sender
  check_sender_access: access('the envelope sender address, its domain and parent domains', 'sender'),
  check_sender_a_access: dnsAccess('IP addresses', 'the sender domain', 'sender', '3.0'),
  check_sender_mx_access: dnsAccess('MX hosts', 'the sender domain', 'sender'),
  check_sender_ns_access: dnsAccess('DNS servers', 'the sender domain', 'sender'),
  reject_non_fqdn_sender: { text: 'Refuses an envelope sender whose domain is not fully qualified.', stage: 'sender' },
  reject_unknown_sender_domain: { text: 'Refuses an envelope sender whose domain has no A/AAAA or MX record (temporarily when DNS fails).', stage: 'sender' },
  reject_unlisted_sender: { text: 'Refuses a sender address in one of our own domains that is not a valid address there.', stage: 'sender', since: '2.1' },
  reject_unverified_sender: { text: 'Refuses a sender address that address verification finds undeliverable; probes cost time and traffic.', stage: 'sender', since: '2.1' },
  reject_rhsbl_sender: { text: 'Refuses a sender domain listed in the given domain-name block list.', stage: 'sender', argument: 'rhsbl.domain[=d.d.d.d]' },
  reject_sender_login_mismatch: {
    text: 'Refuses a sender address that the logged-in client does not own according to smtpd_sender_login_maps, and an address listed there when the client did not log in.',
    stage: 'sender',
  },
  reject_authenticated_sender_login_mismatch: { text: 'For logged-in clients only: refuses a sender address not owned by that login in smtpd_sender_login_maps.', stage: 'sender', since: '2.1' },
  reject_known_sender_login_mismatch: { text: 'Like reject_sender_login_mismatch, but only for sender addresses that smtpd_sender_login_maps lists.', stage: 'sender', since: '2.11' },
  reject_unauthenticated_sender_login_mismatch: { text: 'For clients without login only: refuses a sender address that smtpd_sender_login_maps assigns to a login.', stage: 'sender', since: '2.1' },

  // Recipient
  check_recipient_access: access('the recipient address, its domain and parent domains', 'recipient'),
  check_recipient_a_access: dnsAccess('IP addresses', 'the recipient domain', 'recipient', '3.0'),
  check_recipient_mx_access: dnsAccess('MX hosts', 'the recipient domain', 'recipient'),
  check_recipient_ns_access: dnsAccess('DNS servers', 'the recipient domain', 'recipient'),
  reject_unauth_destination: {
    text: 'Refuses recipients outside the domains this server handles or relays for, unless an earlier restriction accepted the client. This is what keeps the server from being an open relay.',
    stage: 'recipient',
  },
  defer_unauth_destination: { text: 'Like reject_unauth_destination, but answers with a temporary error, so a configuration mistake does not bounce mail.', stage: 'recipient', since: '2.10' },
  permit_auth_destination: { text: 'Accepts recipients in the domains this server handles or relays for.', stage: 'recipient' },
  reject_non_fqdn_recipient: { text: 'Refuses a recipient whose domain is not fully qualified.', stage: 'recipient' },
  reject_unknown_recipient_domain: { text: 'Refuses a recipient domain that has no A/AAAA or MX record, for domains this server does not handle itself.', stage: 'recipient' },
  reject_unlisted_recipient: { text: 'Refuses a recipient in one of our own domains that is not a valid address there.', stage: 'recipient', since: '2.1' },
  reject_unverified_recipient: { text: 'Refuses a recipient that address verification finds undeliverable, typically on a gateway in front of another mail server.', stage: 'recipient', since: '2.1' },
  reject_rhsbl_recipient: { text: 'Refuses a recipient domain listed in the given domain-name block list.', stage: 'recipient', argument: 'rhsbl.domain[=d.d.d.d]' },
  permit_mx_backup: {
    text: 'Accepts recipients of domains for which this host is listed as a backup MX.',
    stage: 'recipient',
    deprecatedSince: '3.9',
    caution: 'Deprecated: list the backup domains in relay_domains and their valid recipients in relay_recipient_maps instead.',
  },
  check_recipient_maps: { text: 'Legacy spelling of reject_unlisted_recipient.', stage: 'recipient', replacedBy: 'reject_unlisted_recipient' },
  check_relay_domains: { text: 'Obsolete relay check that trusted the client host name.', stage: 'recipient', replacedBy: 'permit_mynetworks, reject_unauth_destination', removedIn: '3.9' },
  reject_maps_rbl: { text: 'Obsolete block-list check driven by maps_rbl_domains.', stage: 'client', replacedBy: 'reject_rbl_client', removedIn: '3.9' },
  permit_naked_ip_address: { text: 'Obsolete: accepted clients that sent an IP address as HELO name.', stage: 'helo', replacedBy: 'permit_mynetworks or permit_sasl_authenticated', removedIn: '3.9' },

  // ETRN
  check_etrn_access: access('the domain named in an ETRN request', 'etrn'),

  // Only in local_header_rewrite_clients
  check_address_map: {
    text: 'In local_header_rewrite_clients: rewrites headers of clients whose address the given table lists.',
    stage: 'client',
    argument: 'type:table',
  },
};

export function restrictionDoc(word: string): RestrictionDoc | undefined {
  return Object.prototype.hasOwnProperty.call(RESTRICTIONS, word) ? RESTRICTIONS[word] : undefined;
}
