/**
 * Facts about master.cf commands that rules need: the options the daemons read, and which
 * Postfix daemons take no command-line arguments besides options (a stray word makes them exit
 * with "unexpected command-line argument"), per master-cf.md's list of standard daemon programs.
 */
export const NO_ARGUMENT_DAEMONS: ReadonlySet<string> = new Set([
  'anvil', 'bounce', 'cleanup', 'discard', 'dnsblog', 'error', 'flush', 'lmtp', 'local', 'nqmgr', 'oqmgr',
  'pickup', 'postlogd', 'postscreen', 'proxymap', 'qmgr', 'qmqpd', 'scache', 'showq', 'smtp', 'smtpd',
  'tlsmgr', 'tlsproxy', 'trivial-rewrite', 'verify', 'virtual',
]);

/**
 * The options every Postfix daemon reads (the getopt string of master(8)'s server skeletons):
 * letters that take a value, and the others. master(8) writes most of them itself; in master.cf
 * people write -o, -v and -D.
 */
export const DAEMON_VALUE_OPTIONS: ReadonlySet<string> = new Set(['i', 'm', 'n', 'o', 's', 't']);
export const DAEMON_FLAG_OPTIONS: ReadonlySet<string> = new Set(['c', 'd', 'D', 'l', 'S', 'u', 'v', 'V', 'z']);

/** The daemons built on those skeletons: the ones that take no arguments, and pipe and spawn. */
export function isSkeletonDaemon(command: string): boolean {
  return NO_ARGUMENT_DAEMONS.has(command) || command === 'pipe' || command === 'spawn';
}
