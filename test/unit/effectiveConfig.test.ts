import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { effectiveConfiguration, effectiveSections, isHostDependent } from '../../server/src/features/effectiveConfig';
import { loadModel } from '../../server/src/model/load';

const MAIN = [
  'myhostname = mail.example.com',
  'mydomain = example.com',
  'relayhost =',
  'my_custom = x',
  'smtpd_banner = $myhostname   ESMTP $my_custom',
  'mynetworks = 127.0.0.0/8,',
  '   [::1]/128',
  'unused_thing = 1',
  'process_name = x',
  'smtpd_reject_footer = $client_address',
  'mydestination = $myhostname, localhost.${mydomain?{$mydomain}:{nowhere}}',
  'smtp_tls_CAfile = $config_directory/ca.pem',
  '',
].join('\n');
const MASTER = [
  'smtp inet n - y - - smtpd',
  'submission inet n - y - - smtpd',
  '  -o syslog_name=postfix/$service_name',
  '  -o { smtpd_client_restrictions = permit_sasl_authenticated, reject }',
  'relay unix - - n - - smtp -o smtp_helo_name=$myhostname',
  'smtp inet n - y - - smtpd -o a=b',
  '',
].join('\n');

describe('effective configuration', () => {
  test('the whole document: header, -n, -nx, -P, -Px as postconf prints them', () => {
    const text = effectiveConfiguration(loadModel({ main: MAIN, master: MASTER, version: '3.7' }), { directory: '/etc/postfix' });
    assert.equal(
      text,
      `# Effective configuration of /etc/postfix as Postfix 3.7 reads it.
# Computed by the Postfix language server from the text in the editor (unsaved changes included); no program was run.
# Left out, as postconf does: process_name (read-only), unused_thing (unused)
# Left unexpanded (Postfix computes them on the host): $config_directory

# main.cf: explicit settings (postconf -n)
my_custom = x
mydestination = $myhostname, localhost.\${mydomain?{$mydomain}:{nowhere}}
mydomain = example.com
myhostname = mail.example.com
mynetworks = 127.0.0.0/8, [::1]/128
relayhost =
smtp_tls_CAfile = $config_directory/ca.pem
smtpd_banner = $myhostname ESMTP $my_custom
smtpd_reject_footer = $client_address

# main.cf: explicit settings, expanded (postconf -nx)
my_custom = x
mydestination = mail.example.com, localhost.example.com
mydomain = example.com
myhostname = mail.example.com
mynetworks = 127.0.0.0/8, [::1]/128
relayhost =
smtp_tls_CAfile = $config_directory/ca.pem
smtpd_banner = mail.example.com ESMTP x
smtpd_reject_footer = $client_address

# master.cf: -o settings per service (postconf -P)
submission/inet/smtpd_client_restrictions = permit_sasl_authenticated, reject
submission/inet/syslog_name = postfix/$service_name
relay/unix/smtp_helo_name = $myhostname
smtp/inet/a = b

# master.cf: -o settings per service, expanded (postconf -Px)
submission/inet/smtpd_client_restrictions = permit_sasl_authenticated, reject
submission/inet/syslog_name = postfix/submission
relay/unix/smtp_helo_name = mail.example.com
smtp/inet/a = b
`,
    );
  });

  test('a file that is not open; no header for comparisons; sections in the order asked for', () => {
    const model = loadModel({ main: 'a = b\nmyhostname = x\n', version: '3.11' });
    assert.equal(
      effectiveConfiguration(model, { directory: '/x', keys: ['P', 'n'], header: false }),
      `# master.cf: -o settings per service (postconf -P)
#   master.cf is not open

# main.cf: explicit settings (postconf -n)
myhostname = x
`,
    );
  });

  test('an error in either file stops every section, as it stops every postconf command', () => {
    const model = loadModel({ main: 'a = b\nbroken\n', master: 'smtp inet n - n - - smtpd -o x=1\nbad tcp n - n - - smtp\n', version: '3.11' });
    assert.equal(
      effectiveConfiguration(model, { directory: '/x' }),
      `# Effective configuration of /x as Postfix 3.11 reads it.
# Computed by the Postfix language server from the text in the editor (unsaved changes included); no program was run.

# main.cf: explicit settings (postconf -n)
#   postconf stops with an error in these files; nothing is shown:
#   main.cf, line 2: missing '=' after attribute name: "broken"
#   master.cf, line 2: invalid type field "tcp" in "bad tcp n - n - - smtp"

# main.cf: explicit settings, expanded (postconf -nx)
#   postconf stops with an error in these files; nothing is shown:
#   main.cf, line 2: missing '=' after attribute name: "broken"
#   master.cf, line 2: invalid type field "tcp" in "bad tcp n - n - - smtp"

# master.cf: -o settings per service (postconf -P)
#   postconf stops with an error in these files; nothing is shown:
#   main.cf, line 2: missing '=' after attribute name: "broken"
#   master.cf, line 2: invalid type field "tcp" in "bad tcp n - n - - smtp"

# master.cf: -o settings per service, expanded (postconf -Px)
#   postconf stops with an error in these files; nothing is shown:
#   main.cf, line 2: missing '=' after attribute name: "broken"
#   master.cf, line 2: invalid type field "tcp" in "bad tcp n - n - - smtp"
`,
    );
  });

  test('entries with the same name and type share their -o settings; an entry without any lists none', () => {
    const master = 'smtp inet n - y - - smtpd -o a=b -o z=1\nrelay unix - - n - - smtp -o x=1\nsmtp inet n - y - - smtpd -o c=d -o a=e\nsmtp inet n - y - - smtpd\n';
    const { sections } = effectiveSections(loadModel({ master, version: '3.7' }), ['P']);
    assert.deepEqual(sections[0].lines, ['smtp/inet/a = e', 'smtp/inet/c = d', 'smtp/inet/z = 1', 'relay/unix/x = 1', 'smtp/inet/a = e', 'smtp/inet/c = d', 'smtp/inet/z = 1']);
  });

  test('host-, process- and build-dependent defaults stay unexpanded', () => {
    const model = loadModel({ main: 'x = 1\n', version: '3.11' });
    for (const name of ['myhostname', 'mydomain', 'mynetworks', 'config_directory', 'daemon_directory', 'process_id', 'mail_version', 'inet_protocols', 'alias_database', 'alias_maps', 'mailbox_delivery_lock', 'default_database_type', 'mail_spool_directory']) {
      assert.equal(isHostDependent(model, name), true, name);
    }
    // The facts' alias file is another platform's (/etc/mail/aliases); Debian's postconf prints /etc/aliases.
    const aliases = effectiveSections(loadModel({ main: 'alias_maps = $alias_database\n', version: '3.7' }), ['nx']);
    assert.deepEqual([aliases.sections[0].lines, aliases.unexpanded], [['alias_maps = $alias_database'], ['alias_database']]);
    for (const name of ['mail_name', 'smtpd_banner', 'compatibility_level', 'not_a_parameter']) assert.equal(isHostDependent(model, name), false, name);
    const { sections, unexpanded } = effectiveSections(loadModel({ main: 'smtpd_banner = $myhostname ESMTP $mail_name\n', version: '3.11' }), ['nx']);
    assert.deepEqual(sections[0].lines, ['smtpd_banner = $myhostname ESMTP Postfix']);
    assert.deepEqual(unexpanded, ['myhostname']);
  });
});
