/**
 * Whole master.cf entries for the common services, offered by completion at the start of a
 * line. `lines` are the entry as it will be inserted (LSP snippet syntax: `${1:text}` are
 * placeholders, `\$` a literal dollar). Short-form `-o` values never contain whitespace.
 */
export interface ServiceEntry {
  label: string;
  detail: string;
  lines: string[];
  /** First release that can run the entry as written. */
  since?: string;
}

export const SERVICE_ENTRIES: readonly ServiceEntry[] = [
  {
    label: 'smtp',
    detail: 'SMTP server on port 25 (mail from the Internet)',
    lines: ['smtp      inet  n       -       n       -       -       smtpd'],
  },
  {
    label: 'smtp (postscreen)',
    detail: 'port 25 behind postscreen, with the smtpd, dnsblog and tlsproxy services it needs',
    lines: [
      'smtp      inet  n       -       n       -       1       postscreen',
      'smtpd     pass  -       -       n       -       -       smtpd',
      'dnsblog   unix  -       -       n       -       0       dnsblog',
      'tlsproxy  unix  -       -       n       -       0       tlsproxy',
    ],
    since: '2.8',
  },
  {
    label: 'submission',
    detail: 'message submission on port 587: STARTTLS required, then SMTP AUTH',
    lines: [
      'submission inet n       -       n       -       -       smtpd',
      '  -o syslog_name=postfix/submission',
      '  -o smtpd_tls_security_level=encrypt',
      '  -o smtpd_sasl_auth_enable=yes',
      '  -o smtpd_tls_auth_only=yes',
      '  -o smtpd_client_restrictions=permit_sasl_authenticated,reject',
      '  -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject',
      '  -o milter_macro_daemon_name=ORIGINATING',
    ],
  },
  {
    label: 'submissions',
    detail: 'message submission on port 465 over implicit TLS, then SMTP AUTH',
    lines: [
      'submissions inet n      -       n       -       -       smtpd',
      '  -o syslog_name=postfix/submissions',
      '  -o smtpd_tls_wrappermode=yes',
      '  -o smtpd_sasl_auth_enable=yes',
      '  -o smtpd_client_restrictions=permit_sasl_authenticated,reject',
      '  -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject',
      '  -o milter_macro_daemon_name=ORIGINATING',
    ],
  },
  {
    label: 'smtps',
    detail: 'port 465 under its older services(5) name, for systems that do not know "submissions"',
    lines: [
      'smtps     inet  n       -       n       -       -       smtpd',
      '  -o syslog_name=postfix/smtps',
      '  -o smtpd_tls_wrappermode=yes',
      '  -o smtpd_sasl_auth_enable=yes',
      '  -o smtpd_client_restrictions=permit_sasl_authenticated,reject',
      '  -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject',
      '  -o milter_macro_daemon_name=ORIGINATING',
    ],
  },
  {
    label: 'relay',
    detail: 'SMTP client transport for mail relayed to other domains (relay_transport)',
    lines: ['relay     unix  -       -       n       -       -       smtp', '  -o syslog_name=postfix/\\$service_name'],
  },
  {
    label: 'lmtp',
    detail: 'LMTP client for delivery to a mail store such as Dovecot or Cyrus',
    lines: ['lmtp      unix  -       -       n       -       -       lmtp'],
  },
  {
    label: 'pipe transport',
    detail: 'deliver through an external program (runs as the given user)',
    lines: [
      '${1:name}  unix  -       n       n       -       ${2:-}       pipe',
      '  flags=${3:DRhu} user=${4:vmail} argv=${5:/usr/local/bin/program} \\${recipient}',
    ],
  },
  {
    label: 'content filter return',
    detail: 'SMTP server on localhost:10025 that takes mail back from a content filter',
    lines: [
      '127.0.0.1:10025 inet n  -       n       -       -       smtpd',
      '  -o content_filter=',
      '  -o receive_override_options=no_unknown_recipient_checks,no_header_body_checks,no_milters',
      '  -o smtpd_client_restrictions=',
      '  -o smtpd_helo_restrictions=',
      '  -o smtpd_sender_restrictions=',
      '  -o smtpd_relay_restrictions=',
      '  -o smtpd_recipient_restrictions=permit_mynetworks,reject',
      '  -o mynetworks=127.0.0.0/8',
      '  -o smtpd_authorized_xforward_hosts=127.0.0.0/8',
    ],
  },
];
