/**
 * Hand-written cases for the parity rules: [main.cf, master.cf], each read by our analysis
 * (target 3.7) and by the real postconf 3.7, which must report the same.
 */
const lines = (...l: string[]) => l.map((x) => `${x}\n`).join('');

export const PARITY_CASES: Record<string, [string, string]> = {
  'quiet: a clean configuration': [lines('myhostname = mail.example.com', 'mydomain = example.com'), lines('smtp inet n - n - - smtpd')],

  // unknown-parameter
  'misspelled and user-defined names are unused': [
    lines('smtp_tls_eecdh_grade = ultra', 'smtpd_tls_mandatory_protocol = >=TLSv1.2', 'my_note = hello', 'Myhostname = x', 'foo-bar = 1'),
    '',
  ],
  'a reference makes a user-defined name used, even from an unused one': [lines('my_domain = example.com', 'myhostname = mail.$my_domain', 'unref = $also_user', 'also_user = 1'), ''],
  'restriction classes and legacy database settings are used': [
    lines('smtpd_restriction_classes = cls', 'cls = permit', 'alias_maps = proxy:ldap:myldap', 'myldap_server_host = h', 'myldap_bogus = 1'),
    '',
  ],
  'per-service names exist only with their service': [
    lines('relay_destination_concurrency_limit = 2', 'dovecot_time_limit = 10s', 'nosuch_destination_rate_delay = 1s', 'spawner_recipient_limit = 1'),
    lines('relay unix - - n - - smtp', 'dovecot unix - n n - - pipe flags=DRhu user=vmail argv=/bin/true', 'spawner unix - n n - - spawn user=x argv=/bin/true'),
  ],
  '-o names: unknown, used by the same service, not by another one': [
    lines('mydomain = example.com', 'myhostname = $svc_name'),
    lines(
      'smtp inet n - n - - smtpd -o smtpd_tls_securty_level=may -o my_banner=hi -o smtpd_banner=$my_banner',
      'smtp2 inet n - n - - smtpd -o other_only=1 -o smtpd_banner=$third',
      'smtp3 inet n - n - - smtpd -o third=x -o svc_name=m',
    ),
  ],
  'a name defined both in main.cf and by the referencing service': [lines('shared_name = main', 'unrelated = $shared_name'), lines('smtp inet n - n - - smtpd -o shared_name=svc -o smtpd_banner=$shared_name')],
  'removed parameters are unused for 3.7': [lines('program_directory = /usr/libexec/postfix', 'nullmx_reject_code = 556', 'smtp_tls_cipherlist = HIGH'), ''],
  'parameters newer than 3.7 are unused for 3.7': [lines('tls_ffdhe_auto_groups = ffdhe2048', 'non_bdb_migration_level = disable', 'smtpd_forbid_bare_newline = normalize'), ''],
  'quiet: deprecated names are accepted silently by 3.7': [lines('smtpd_use_tls = yes', 'smtp_enforce_tls = no', 'smtpd_tls_eecdh_grade = strong', 'tls_eecdh_strong_curve = prime256v1', 'virtual_maps = hash:/etc/x'), ''],

  // duplicate-parameter
  'duplicates: postconf warns at the later line when values differ': [
    lines('myhostname = a', 'myhostname = a', 'relayhost = [a]', 'relayhost = [b]', 'relayhost = [a]', 'mydomain = x  y', 'mydomain = x y'),
    '',
  ],
  'duplicates of continued values and unknown names': [lines('mynetworks = 127.0.0.0/8', '  [::1]/128', 'mynetworks = 127.0.0.0/8 [::1]/128', 'foo = 1', 'foo = 2'), ''],
  'quiet: duplicate -o settings are not warned about': ['', lines('smtp inet n - n - - smtpd -o smtpd_banner=a -o smtpd_banner=b')],
  'entries with the same name and type: a later -o of a name replaces an earlier one, whose value postconf never scans': [
    lines('myhostname = mail.example.com', 'only_in_replaced = x'),
    lines(
      'amavis unix - - n - - smtp',
      '  -o my_ref=$only_in_replaced',
      '  -o process_name=x',
      '  -o smtp_helo_name=$undefined_in_replaced',
      '  -o kept_from_first=$undefined_but_kept',
      '  -o smtp_bind_address=${truncated_in_replaced',
      'amavis unix - - n - - smtp',
      '  -o my_ref=plain',
      '  -o process_name=y',
      '  -o smtp_helo_name=mail.example.com',
      '  -o smtp_bind_address=127.0.0.1',
    ),
  ],

  // read-only-parameter
  'read-only parameters in main.cf and master.cf': [lines('process_name = x', 'service_name = y', 'process_id = 1', 'process_id = 2'), lines('smtp inet n - n - - smtpd -o process_name=z')],

  // undefined-reference
  'undefined references in every form': [
    lines('smtpd_banner = $myhostname ${cond_x?yes} ${{$rel_y} == {1} ? {a} : {b}} $$not_a_ref $(paren_z)', 'unused_one = $undef_in_unused', 'smtpd_reject_footer = $raw_is_not_scanned'),
    '',
  ],
  "postconf's scan stops at an expression problem: no warning about the names after it": [
    lines('foo = $undef_one $ x $undef_two', 'bar = $foo ${{$undef_three} =~ {x}}', 'baz = $bar'),
    '',
  ],
  'undefined references in master.cf and names defined only there': [
    lines('myhostname = mail.$from_service'),
    lines('smtp inet n - n - - smtpd -o from_service=example.com -o smtpd_banner=$nowhere', 'smtp2 inet n - n - - smtpd -o smtpd_helo_required=$from_service', 'relay unix - - n - - smtp -o smtp_helo_name=$relay_destination_rate_delay'),
  ],

  // reference-cycle
  'a loop through a built-in parameter is fatal': [lines('myhostname = $a_name', 'a_name = $myhostname'), ''],
  'a loop of user-defined names fails postconf -x': [lines('aa = $bb', 'bb = x$aa', 'mydomain = example.com'), ''],
  'quiet: a conditional only tests a name, it does not loop': [lines('aa = $bb', 'bb = ${aa?x}', 'myhostname = $aa'), ''],
  'a loop inside one service': [lines('mydomain = example.com'), lines('smtp inet n - n - - smtpd -o smtpd_banner=$foo -o foo=$smtpd_banner')],
  'a loop closed by two entries with the same name and type (they share one -o name space)': [
    lines('mydomain = example.com'),
    lines('amavis unix - - n - - smtp -o smtp_helo_name=$smtp_bind_address', 'amavis unix - - n - - smtp -o smtp_bind_address=$smtp_helo_name'),
  ],
  'quiet: a loop in -o values that a later entry with the same name and type breaks': [
    lines('mydomain = example.com'),
    lines('amavis unix - - n - - smtp -o smtp_helo_name=$smtp_bind_address -o smtp_bind_address=$smtp_helo_name', 'amavis unix - - n - - smtp -o smtp_helo_name=mail.example.com'),
  ],

  // syntax-error: macro problems
  'broken expressions in values nothing expands are warnings': [lines('o = ${mydomain', 'p = $ q', 'r = ${{a} =~ {b} ? {1} : {2}}', 'mydomain = x'), lines('smtp inet n - n - - smtpd -o foo_bar=cost$')],
  'every mac_expand message': [
    lines(
      'a1 = ${{abc}=~{b} ? {1} : {2}}',
      'a2 = ${{a} == {b} x {1} : {2}}',
      'a3 = ${{a} == {b} ? {1} x {2}}',
      'a4 = ${{a} == {b} ? {1} : {2} x}',
      'a5 = ${{a} == b ? {1} : {2}}',
      'a6 = ${name?{a} x}',
      'a7 = ${na-me}',
      'a8 = ${name?{a}:{b} and more text after it}',
      'a9 = x ${} y',
      'b1 = ${{a} ==x {b}}',
      'b2 = ${ {a} == {b} ? {1} : {2}} ${name?{a} : b} ${{1} <=level {2} ? {x}}',
      'mydomain = x',
    ),
    '',
  ],
  'a broken expression in a built-in value is fatal': [lines('myhostname = ${mydomain', 'mydomain = x'), ''],
  'a broken expression reached from a built-in is fatal': [lines('foo = cost$', 'relayhost = $foo'), ''],
  'quiet: raw parameters are not expanded': [lines('smtpd_reject_footer = cost$', 'mydomain = x'), ''],

  // syntax-error, leading-whitespace, master-syntax, master-field
  'a line without = is fatal': [lines('mydomain = x', 'just_a_name', 'myhostname = y'), ''],
  'leading whitespace before the first setting': [lines('  orphan = 1', 'mydomain = x'), lines('  smtp inet n - n - - smtpd', 'pickup unix n - n 60 1 pickup')],
  'master.cf brace problems are warnings': [
    '',
    lines('smtp inet n - n - - smtpd -o { smtpd_banner = a b', 'x inet n - n - - smtpd -o {smtpd_banner=a}b -o { foo }'),
  ],
  'an unindented -o line has a bad field count': ['', lines('submission inet n - n - - smtpd', '-o smtpd_tls_security_level=encrypt')],
  'a bad column is fatal': ['', lines('smtp inet N - n - - smtpd')],
  'typographic characters make a column invalid': ['', lines('submission inet n\u00a0 \u2013 \u2013 \u2013 \u2013 smtpd')],
};
