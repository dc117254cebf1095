/**
 * master.cf knowledge in our own words: the eight columns and their values, the service
 * types and the daemon programs of the command column (facts: ../shared/postfix/master-cf.md).
 */
import type { FieldName } from '../parser/masterCf';

export interface ColumnDoc {
  /** The name master(5) and postconf use. */
  title: string;
  text: string;
  /** What `-` stands for in this column; may depend on the release (see masterDefault). */
  dash?: string;
  /** What `y` and `n` mean, for the y/n columns. */
  yes?: string;
  no?: string;
}

export const COLUMNS: Readonly<Record<FieldName, ColumnDoc>> = {
  service: {
    title: 'service name',
    text: 'For inet services the listening address: `port` or `host:port` (a number or a services(5) name). For the other types the socket name; with the type it is the key of the entry, and delivery agents are addressed by it in transport settings.',
  },
  type: { title: 'service type', text: 'How the service is reached: inet (TCP), unix (stream socket), unix-dgram, fifo or pass.' },
  private: {
    title: 'private',
    text: 'Whether the socket is reachable only by Postfix itself.',
    dash: 'y',
    yes: 'private: the socket lives in the private/ directory, for Postfix programs only',
    no: 'public: the socket lives in public/ and local users may connect (inet services must be public)',
  },
  unpriv: {
    title: 'unprivileged',
    text: 'Whether the daemon runs as the unprivileged mail_owner account or as root.',
    dash: 'y',
    yes: 'runs as mail_owner without root privileges',
    no: 'keeps root privileges; needed by local, virtual, pipe and spawn, which act on behalf of other users',
  },
  chroot: {
    title: 'chroot',
    text: 'Whether the daemon runs jailed in the queue directory; a jail needs copies of the files the daemon reads (resolv.conf, certificates, ...).',
    yes: 'runs in a chroot jail below queue_directory',
    no: 'runs without a chroot jail',
  },
  wakeup: {
    title: 'wakeup time',
    text: 'Seconds after which master sends the service a wake-up event; pickup, qmgr, flush and tlsmgr rely on it. A trailing `?` sends it only once the service has been used.',
    dash: '0 (no wake-up events)',
  },
  maxproc: {
    title: 'process limit',
    text: 'The most processes of this service running at the same time; `0` means no limit.',
    dash: '$default_process_limit',
  },
  command: {
    title: 'command',
    text: 'The daemon program, found in daemon_directory, with its arguments; `-o name=value` settings override main.cf for this service only.',
  },
};

export const SERVICE_TYPES: Readonly<Record<string, { text: string; since?: string }>> = {
  inet: { text: 'A TCP listener; the service name is the port, optionally with the address to bind to (`127.0.0.1:10025`).' },
  unix: { text: 'A UNIX-domain stream socket in private/ or public/ below the queue directory; how Postfix programs talk to each other.' },
  'unix-dgram': { text: 'A UNIX-domain datagram socket, used by postlogd.', since: '3.4' },
  fifo: { text: 'A named pipe; an old way to reach pickup and qmgr.' },
  pass: { text: 'A UNIX-domain socket over which the service receives already accepted connections, as postscreen hands clients to smtpd.', since: '2.5' },
};

export interface CommandDoc {
  text: string;
  since?: string;
}

export const COMMANDS: Readonly<Record<string, CommandDoc>> = {
  smtpd: { text: 'The SMTP server: receives mail from the network and applies the access restrictions.' },
  smtp: { text: 'The SMTP client: delivers mail to other mail servers (also LMTP when run as lmtp).' },
  lmtp: { text: 'The LMTP client: delivers to a local mail store such as Dovecot or Cyrus over LMTP.' },
  qmgr: { text: 'The queue manager: schedules every message in the queue for delivery.' },
  oqmgr: { text: 'The old queue manager with the simpler first-in-first-out scheduler.', since: '2.1' },
  nqmgr: { text: 'Name of the queue manager with the current scheduler in releases 1.1 to 2.0.' },
  cleanup: { text: 'Completes every new message (missing headers, address rewriting, header and body checks) and writes it to the queue.' },
  pickup: { text: 'Picks up mail that local users dropped into the maildrop directory with sendmail.' },
  bounce: { text: 'Keeps per-message delivery status and sends non-delivery, delay and success notices (runs as bounce, defer and trace).' },
  error: { text: 'A delivery agent that always fails or defers: the messages go back with the reason given in the next-hop.' },
  discard: { text: 'A delivery agent that drops messages and reports them delivered.', since: '2.2' },
  local: { text: 'Delivers to UNIX accounts: aliases, .forward files, mailbox files or maildirs, and commands.' },
  virtual: { text: 'Delivers to mailboxes of virtual users that have no UNIX account.', since: '1.1' },
  pipe: { text: 'Hands messages to an external program (argv=...), such as a mailing list manager or another delivery program.' },
  spawn: { text: 'Runs a program that serves a socket itself, such as a policy server written as a filter.' },
  'trivial-rewrite': { text: 'Rewrites addresses to the standard form and decides which transport delivers each address.' },
  showq: { text: 'Lists the queue for mailq and postqueue -p.' },
  flush: { text: 'Keeps the per-destination logs that make ETRN and sendmail -qR fast.' },
  proxymap: { text: 'Answers table lookups for other processes (proxy: tables), also across a chroot jail; as proxywrite it updates tables.', since: '2.1' },
  verify: { text: 'Probes and caches whether addresses are deliverable, for reject_unverified_sender and reject_unverified_recipient.', since: '2.1' },
  anvil: { text: 'Counts connections and request rates per client for the smtpd_client_*_limit settings.', since: '2.2' },
  scache: { text: 'Keeps SMTP and LMTP connections open for reuse across deliveries.', since: '2.2' },
  tlsmgr: { text: 'Maintains the TLS session caches and the random number pool.', since: '2.2' },
  postscreen: { text: 'Screens SMTP clients on port 25 (block lists, protocol tests) before handing them to smtpd.', since: '2.8' },
  dnsblog: { text: 'Looks up DNS block lists on behalf of postscreen.', since: '2.8' },
  tlsproxy: { text: 'Handles TLS for postscreen and for the SMTP client connection reuse.', since: '2.8' },
  postlogd: { text: 'Writes Postfix logging to a file or standard output instead of syslog.', since: '3.4' },
  qmqpd: { text: 'The QMQP server, the qmail protocol for receiving mail in bulk.', since: '1.1' },
  nbdb_reindexd: { text: 'Converts Berkeley DB tables to another database type when Berkeley DB is gone.', since: '3.11' },
};

function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

export function commandDoc(command: string): CommandDoc | undefined {
  return lookup(COMMANDS, command);
}

export function serviceTypeDoc(type: string): { text: string; since?: string } | undefined {
  return lookup(SERVICE_TYPES, type);
}
