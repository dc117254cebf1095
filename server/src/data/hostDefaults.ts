/**
 * Defaults that the facts cannot state for every machine: values Postfix computes on the host
 * at run time (host name, networks, process ids) and values a distribution's build chooses
 * (paths, lock methods, the alias file, what OpenSSL offers). Hover says so instead of
 * presenting one machine's value as the truth; expansion uses a value only when the caller
 * knows it (a local postconf, a test) or when the usual build has a concrete one.
 */
export type Dependence = 'host' | 'build';

export interface HostDependentDefault {
  dependence: Dependence;
  /** How the value comes about, in our own words. */
  note: string;
  /** The value of the usual build, where the facts only describe it. */
  usual?: string;
  /** Settings that change the computed value: with one of them set, a host's plain default no longer applies. */
  inputs?: string[];
}

const host = (note: string, inputs?: string[]): HostDependentDefault => ({ dependence: 'host', note, inputs });
const build = (note: string, usual?: string): HostDependentDefault => ({ dependence: 'build', note, usual });

export const HOST_DEPENDENT_DEFAULTS: Readonly<Record<string, HostDependentDefault>> = {
  myhostname: host("the machine's fully qualified host name, as the system reports it (with mydomain appended when that name has no dot)", ['mydomain']),
  mydomain: host('myhostname without its first label (localdomain when myhostname has no dot)', ['myhostname']),
  mynetworks: host("the networks of the host's own interfaces, as mynetworks_style selects them", ['mynetworks_style', 'inet_interfaces', 'inet_protocols']),
  process_id: host('the process id of the program reading the setting'),
  process_name: host('the name of the program reading the setting'),
  service_name: host('the master.cf service name of the program reading the setting'),
  mail_version: build('the exact release installed, such as 3.7.11'),
  mail_release_date: build('the release date of the installed build'),
  config_directory: build('where the build looks for main.cf and master.cf', '/etc/postfix'),
  daemon_directory: build('where the build installs the daemon programs (Debian: /usr/lib/postfix/sbin)'),
  command_directory: build('where the build installs the administrative commands'),
  meta_directory: build('where the build keeps its installation metadata'),
  shlib_directory: build('where the build installs its shared libraries'),
  queue_directory: build('the root of the mail queue'),
  data_directory: build('where Postfix keeps its caches and lock files'),
  html_directory: build('where the build installs the HTML documentation'),
  manpage_directory: build('where the build installs the manual pages'),
  readme_directory: build('where the build installs the README files'),
  sample_directory: build('where the build installs sample files'),
  mail_spool_directory: build('the system mailbox directory (Debian: /var/mail)'),
  mailq_path: build('where the build installs the mailq command'),
  newaliases_path: build('where the build installs the newaliases command'),
  sendmail_path: build('where the build installs the sendmail command'),
  alias_maps: build('the alias table of the operating system (Debian: hash:/etc/aliases)'),
  alias_database: build('the alias file newaliases rebuilds (Debian: hash:/etc/aliases)'),
  default_database_type: build('the lookup table type the build prefers (hash where Berkeley DB is available)'),
  mailbox_delivery_lock: build('the file locking methods of the operating system (Linux: fcntl, dotlock)'),
  inet_protocols: build('all, or ipv4 on builds without IPv6 support'),
  tls_eecdh_auto_curves: build('the key exchange groups the OpenSSL library offers'),
  tls_ffdhe_auto_groups: build('the finite-field groups the OpenSSL library offers'),
  tls_high_cipherlist: build('from 3.8 on, chosen when Postfix is built, to suit the OpenSSL version'),
  tls_medium_cipherlist: build('from 3.8 on, chosen when Postfix is built, to suit the OpenSSL version'),
};

export function hostDependentDefault(name: string): HostDependentDefault | undefined {
  return Object.prototype.hasOwnProperty.call(HOST_DEPENDENT_DEFAULTS, name) ? HOST_DEPENDENT_DEFAULTS[name] : undefined;
}
