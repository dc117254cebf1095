/**
 * Section 3 of the design: the stock submission blocks (current and 2.11 forms) and the
 * content-filter reinjection services never raise a finding from any security rule, whatever
 * the host role; and a stock-like configuration gets no warning or error while the role is
 * unknown.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../../../server/src/analysis/engine';
import { SECURITY_RULES } from '../../../../server/src/analysis/rules/security';
import type { HostRole } from '../../../../server/src/analysis/types';
import { loadModel } from '../../../../server/src/model/load';

const CURRENT = `smtp      inet  n       -       n       -       -       smtpd
submission inet n       -       n       -       -       smtpd
  -o syslog_name=postfix/submission
  -o smtpd_forbid_unauth_pipelining=no
  -o smtpd_tls_security_level=encrypt
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_tls_auth_only=yes
  -o local_header_rewrite_clients=static:all
  -o smtpd_hide_client_session=yes
  -o smtpd_reject_unlisted_recipient=no
  -o smtpd_client_restrictions=
  -o smtpd_helo_restrictions=
  -o smtpd_sender_restrictions=
  -o smtpd_relay_restrictions=
  -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject
  -o smtpd_data_restrictions=
  -o smtpd_end_of_data_restrictions=
  -o milter_macro_daemon_name=ORIGINATING
submissions     inet  n       -       n       -       -       smtpd
  -o syslog_name=postfix/submissions
  -o smtpd_forbid_unauth_pipelining=no
  -o smtpd_tls_wrappermode=yes
  -o smtpd_sasl_auth_enable=yes
  -o local_header_rewrite_clients=static:all
  -o smtpd_hide_client_session=yes
  -o smtpd_reject_unlisted_recipient=no
  -o smtpd_client_restrictions=
  -o smtpd_helo_restrictions=
  -o smtpd_sender_restrictions=
  -o smtpd_relay_restrictions=
  -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject
  -o milter_macro_daemon_name=ORIGINATING
127.0.0.1:10026 inet n  -       n       -       -       smtpd
  -o content_filter=
  -o receive_override_options=no_unknown_recipient_checks,no_header_body_checks,no_milters
  -o smtpd_helo_restrictions=
  -o smtpd_client_restrictions=
  -o smtpd_sender_restrictions=
  -o smtpd_relay_restrictions=
  -o smtpd_recipient_restrictions=permit_mynetworks,reject
  -o mynetworks=127.0.0.0/8
  -o smtpd_authorized_xforward_hosts=127.0.0.0/8
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
virtual   unix  -       n       n       -       -       virtual
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
`;

const V211 = `smtp      inet  n       -       n       -       -       smtpd
submission inet n       -       n       -       -       smtpd
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_reject_unlisted_recipient=no
  -o smtpd_client_restrictions=$mua_client_restrictions
  -o smtpd_helo_restrictions=$mua_helo_restrictions
  -o smtpd_sender_restrictions=$mua_sender_restrictions
  -o smtpd_recipient_restrictions=
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
  -o milter_macro_daemon_name=ORIGINATING
smtps     inet  n       -       n       -       -       smtpd
  -o syslog_name=postfix/smtps
  -o smtpd_tls_wrappermode=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_reject_unlisted_recipient=no
  -o smtpd_client_restrictions=$mua_client_restrictions
  -o smtpd_helo_restrictions=$mua_helo_restrictions
  -o smtpd_sender_restrictions=$mua_sender_restrictions
  -o smtpd_recipient_restrictions=
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
  -o milter_macro_daemon_name=ORIGINATING
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
local     unix  -       n       n       -       -       local
`;

const STOCK_MAIN = 'compatibility_level = 3.6\nqueue_directory = /var/spool/postfix\nmail_owner = postfix\nunknown_local_recipient_reject_code = 550\ninet_protocols = ipv4\n';
const MAIN_211 = 'queue_directory = /var/spool/postfix\nmail_owner = postfix\nunknown_local_recipient_reject_code = 550\n';
const ROLES: HostRole[] = ['unknown', 'internet-mx', 'internal-relay', 'submission-only'];

function findings(main: string, master: string, version: string | undefined, hostRole: HostRole) {
  const model = loadModel({ main, master, version });
  const { diagnostics, failures } = analyze(model, { rules: {}, hostRole }, SECURITY_RULES);
  assert.deepEqual(failures, []);
  const lines = master.split('\n');
  const lineOf = (offset: number) => master.slice(0, offset).split('\n').length - 1;
  // The service a master.cf finding belongs to: the nearest service line above it.
  const serviceOf = (offset: number) => {
    for (let i = lineOf(offset); i >= 0; i--) if (/^\S/.test(lines[i])) return lines[i].split(/\s+/)[0];
    return '';
  };
  return diagnostics.map((d) => ({ code: d.code, severity: d.severity, file: d.file, service: d.file === 'master' ? serviceOf(d.start) : '' }));
}

describe('stock patterns raise nothing (design section 3)', () => {
  for (const role of ROLES) {
    test(`current stock submission, submissions and after-filter blocks (role ${role})`, () => {
      const got = findings(STOCK_MAIN, CURRENT, '3.11', role);
      assert.deepEqual(got.filter((f) => ['submission', 'submissions', '127.0.0.1:10026'].includes(f.service)), []);
      if (role === 'unknown') assert.deepEqual(got.filter((f) => f.severity === 'error' || f.severity === 'warning'), []);
    });
    test(`2.11 stock submission and smtps blocks, judged for 2.11 (role ${role})`, () => {
      const got = findings(MAIN_211, V211, '2.11', role);
      assert.deepEqual(got.filter((f) => ['submission', 'smtps'].includes(f.service)), []);
      // A declared Internet MX is rightly warned about 2.11's subnet-wide mynetworks default.
      if (role === 'unknown') assert.deepEqual(got.filter((f) => f.severity === 'error' || f.severity === 'warning'), []);
    });
  }
});
