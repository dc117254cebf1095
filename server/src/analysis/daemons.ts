/**
 * Facts about master.cf commands that rules need: which Postfix daemons take no command-line
 * arguments besides options (a stray word makes them exit with "unexpected command-line
 * argument"), per master-cf.md's list of standard daemon programs.
 */
export const NO_ARGUMENT_DAEMONS: ReadonlySet<string> = new Set([
  'anvil', 'bounce', 'cleanup', 'discard', 'dnsblog', 'error', 'flush', 'lmtp', 'local', 'nqmgr', 'oqmgr',
  'pickup', 'postlogd', 'postscreen', 'proxymap', 'qmgr', 'qmqpd', 'scache', 'showq', 'smtp', 'smtpd',
  'tlsmgr', 'tlsproxy', 'trivial-rewrite', 'verify', 'virtual',
]);
