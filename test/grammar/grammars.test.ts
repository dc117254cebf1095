/**
 * The TextMate grammars, tokenized as VS Code does: exact scopes for every token of sample
 * lines. Scopes are written without the `.postfix` suffix; tokens of only whitespace are left
 * out. The last test checks that the samples exercise every scope the grammars define.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { definedScopes, GRAMMAR_FILES, loadGrammar, tokenize, type Token } from './tokenize';

const A = 'meta.assignment';
const V = `${A} string.unquoted.value`;
const R = `${V} meta.reference`;
const S = 'meta.service';
const OV = `${S} string.unquoted.value`;
const ARG = `${S} string.unquoted.argument`;
const AR = `${ARG} meta.reference`;

const seen = { main: new Set<string>(), master: new Set<string>() };

async function expectTokens(kind: 'main' | 'master', text: string, expected: Token[][]): Promise<void> {
  const actual = tokenize(await loadGrammar(`source.postfix.${kind}`), text);
  assert.deepEqual(actual, expected);
  for (const line of actual) for (const [, scopes] of line) for (const s of scopes.split(' ')) seen[kind].add(s);
}

describe('TextMate grammars', () => {

  test('main.cf: comments only where Postfix sees them; name, =, value; continuation lines', async () => {
    await expectTokens('main', `# comment
myhostname = host.$mydomain # not a comment
  # indented comment
mydomain=
\texample.com`, [
      // # comment
      [
        ['#', 'comment.line.number-sign punctuation.definition.comment'],
        [' comment', 'comment.line.number-sign'],
      ],
      // myhostname = host.$mydomain # not a comment
      [
        ['myhostname', `${A} variable.other.property`],
        ['=', `${A} keyword.operator.assignment`],
        [' host.', V],
        ['$', `${V} punctuation.definition.variable`],
        ['mydomain', `${V} variable.other.reference`],
        [' # not a comment', V],
      ],
      //   # indented comment
      [
        ['#', `${V} comment.line.number-sign punctuation.definition.comment`],
        [' indented comment', `${V} comment.line.number-sign`],
      ],
      // mydomain=
      [
        ['mydomain', `${A} variable.other.property`],
        ['=', `${A} keyword.operator.assignment`],
      ],
      // 	example.com
      [
        ['\texample.com', V],
      ],
    ]);
  });

  test('main.cf: references with every operator', async () => {
    await expectTokens('main', `mydestination = $myhostname, localhost.\${mydomain},
  \${empty?{a b}:{c}}, $(name) $$lit \${x:y}
a = \${{$a} <=level {3.6} ? {1} : {2}} \${b?hash:/x}
bad = $`, [
      // mydestination = $myhostname, localhost.${mydomain},
      [
        ['mydestination', `${A} variable.other.property`],
        ['=', `${A} keyword.operator.assignment`],
        ['$', `${V} punctuation.definition.variable`],
        ['myhostname', `${V} variable.other.reference`],
        [',', `${V} punctuation.separator.comma`],
        [' localhost.', V],
        ['$', `${R} punctuation.definition.variable`],
        ['{', `${R} punctuation.definition.reference.begin`],
        ['mydomain', `${R} variable.other.reference`],
        ['}', `${R} punctuation.definition.reference.end`],
        [',', `${V} punctuation.separator.comma`],
      ],
      //   ${empty?{a b}:{c}}, $(name) $$lit ${x:y}
      [
        ['$', `${R} punctuation.definition.variable`],
        ['{', `${R} punctuation.definition.reference.begin`],
        ['empty', `${R} variable.other.reference`],
        ['?', `${R} keyword.operator.conditional`],
        ['{', `${R} punctuation.section.braces.begin`],
        ['a b', R],
        ['}', `${R} punctuation.section.braces.end`],
        [':', `${R} keyword.operator.conditional`],
        ['{', `${R} punctuation.section.braces.begin`],
        ['c', R],
        ['}', `${R} punctuation.section.braces.end`],
        ['}', `${R} punctuation.definition.reference.end`],
        [',', `${V} punctuation.separator.comma`],
        ['$', `${R} punctuation.definition.variable`],
        ['(', `${R} punctuation.definition.reference.begin`],
        ['name', `${R} variable.other.reference`],
        [')', `${R} punctuation.definition.reference.end`],
        ['$$', `${V} constant.character.escape.dollar`],
        ['lit ', V],
        ['$', `${R} punctuation.definition.variable`],
        ['{', `${R} punctuation.definition.reference.begin`],
        ['x', `${R} variable.other.reference`],
        [':', `${R} keyword.operator.conditional`],
        ['y', R],
        ['}', `${R} punctuation.definition.reference.end`],
      ],
      // a = ${{$a} <=level {3.6} ? {1} : {2}} ${b?hash:/x}
      [
        ['a', `${A} variable.other.property`],
        ['=', `${A} keyword.operator.assignment`],
        ['$', `${R} punctuation.definition.variable`],
        ['{', `${R} punctuation.definition.reference.begin`],
        ['{', `${R} punctuation.section.braces.begin`],
        ['$', `${R} punctuation.definition.variable`],
        ['a', `${R} variable.other.reference`],
        ['}', `${R} punctuation.section.braces.end`],
        ['<=level', `${R} keyword.operator.comparison`],
        ['{', `${R} punctuation.section.braces.begin`],
        ['3.6', R],
        ['}', `${R} punctuation.section.braces.end`],
        ['?', `${R} keyword.operator.conditional`],
        ['{', `${R} punctuation.section.braces.begin`],
        ['1', `${R} constant.numeric`],
        ['}', `${R} punctuation.section.braces.end`],
        [':', `${R} keyword.operator.conditional`],
        ['{', `${R} punctuation.section.braces.begin`],
        ['2', `${R} constant.numeric`],
        ['}', `${R} punctuation.section.braces.end`],
        ['}', `${R} punctuation.definition.reference.end`],
        ['$', `${R} punctuation.definition.variable`],
        ['{', `${R} punctuation.definition.reference.begin`],
        ['b', `${R} variable.other.reference`],
        ['?', `${R} keyword.operator.conditional`],
        ['hash', `${R} support.type.table`],
        [':', `${R} punctuation.separator.table`],
        ['/x', R],
        ['}', `${R} punctuation.definition.reference.end`],
      ],
      // bad = $
      [
        ['bad', `${A} variable.other.property`],
        ['=', `${A} keyword.operator.assignment`],
        ['$', `${V} invalid.illegal.empty-reference`],
      ],
    ]);
  });

  test('main.cf: lookup tables, numbers with time units, booleans', async () => {
    await expectTokens('main', `alias_maps = hash:/etc/aliases, proxy:mysql:/etc/x.cf inline:{ a=b, { c = d e } }
local_recipient_maps = proxy:unix:passwd.byname unix:passwd.byname
smtpd_milters = inet:localhost:8891, unix:private/milter
maximal_queue_lifetime = 5d
message_size_limit = 10240000
biff = no
mynetworks = 127.0.0.0/8 [::1]/128 [relay]:587`, [
      // alias_maps = hash:/etc/aliases, proxy:mysql:/etc/x.cf inline:{ a=b, { c = d e } }
      [
        ['alias_maps', `${A} variable.other.property`],
        ['=', `${A} keyword.operator.assignment`],
        ['hash', `${V} support.type.table`],
        [':', `${V} punctuation.separator.table`],
        ['/etc/aliases', V],
        [',', `${V} punctuation.separator.comma`],
        ['proxy', `${V} support.type.table`],
        [':', `${V} punctuation.separator.table`],
        ['mysql', `${V} support.type.table`],
        [':', `${V} punctuation.separator.table`],
        ['/etc/x.cf ', V],
        ['inline', `${V} support.type.table`],
        [':', `${V} punctuation.separator.table`],
        ['{', `${V} punctuation.section.braces.begin`],
        [' a=b', V],
        [',', `${V} punctuation.separator.comma`],
        ['{', `${V} punctuation.section.braces.begin`],
        [' c = d e ', V],
        ['}', `${V} punctuation.section.braces.end`],
        ['}', `${V} punctuation.section.braces.end`],
      ],
      // local_recipient_maps = proxy:unix:passwd.byname unix:passwd.byname
      [
        ['local_recipient_maps', `${A} variable.other.property`],
        ['=', `${A} keyword.operator.assignment`],
        ['proxy', `${V} support.type.table`],
        [':', `${V} punctuation.separator.table`],
        ['unix', `${V} support.type.table`],
        [':', `${V} punctuation.separator.table`],
        ['passwd.byname ', V],
        ['unix', `${V} support.type.table`],
        [':', `${V} punctuation.separator.table`],
        ['passwd.byname', V],
      ],
      // smtpd_milters = inet:localhost:8891, unix:private/milter
      [
        ['smtpd_milters', `${A} variable.other.property`],
        ['=', `${A} keyword.operator.assignment`],
        [' inet:localhost:8891', V],
        [',', `${V} punctuation.separator.comma`],
        [' unix:private/milter', V],
      ],
      // maximal_queue_lifetime = 5d
      [
        ['maximal_queue_lifetime', `${A} variable.other.property`],
        ['=', `${A} keyword.operator.assignment`],
        ['5', `${V} constant.numeric`],
        ['d', `${V} keyword.other.unit`],
      ],
      // message_size_limit = 10240000
      [
        ['message_size_limit', `${A} variable.other.property`],
        ['=', `${A} keyword.operator.assignment`],
        ['10240000', `${V} constant.numeric`],
      ],
      // biff = no
      [
        ['biff', `${A} variable.other.property`],
        ['=', `${A} keyword.operator.assignment`],
        ['no', `${V} constant.language.boolean`],
      ],
      // mynetworks = 127.0.0.0/8 [::1]/128 [relay]:587
      [
        ['mynetworks', `${A} variable.other.property`],
        ['=', `${A} keyword.operator.assignment`],
        [' 127.0.0.0/8 [::1]/128 [relay]:587', V],
      ],
    ]);
  });

  test('main.cf: TLS keywords in the values of TLS settings only', async () => {
    await expectTokens('main', `smtpd_tls_security_level = may
smtpd_tls_protocols = >=TLSv1.2, !SSLv3
smtp_tls_mandatory_ciphers = high
smtpd_tls_loglevel = 1
smtpd_banner = $myhostname may secure`, [
      // smtpd_tls_security_level = may
      [
        ['smtpd_tls_security_level', `${A} variable.other.property`],
        ['=', `${A} keyword.operator.assignment`],
        ['may', `${V} constant.language.tls`],
      ],
      // smtpd_tls_protocols = >=TLSv1.2, !SSLv3
      [
        ['smtpd_tls_protocols', `${A} variable.other.property`],
        ['=', `${A} keyword.operator.assignment`],
        ['>=', `${V} keyword.operator.comparison`],
        ['TLSv1.2', `${V} support.constant.tls-protocol`],
        [',', `${V} punctuation.separator.comma`],
        ['!', `${V} keyword.operator.negation`],
        ['SSLv3', `${V} support.constant.tls-protocol`],
      ],
      // smtp_tls_mandatory_ciphers = high
      [
        ['smtp_tls_mandatory_ciphers', `${A} variable.other.property`],
        ['=', `${A} keyword.operator.assignment`],
        ['high', `${V} constant.language.tls`],
      ],
      // smtpd_tls_loglevel = 1
      [
        ['smtpd_tls_loglevel', `${A} variable.other.property`],
        ['=', `${A} keyword.operator.assignment`],
        ['1', `${V} constant.numeric`],
      ],
      // smtpd_banner = $myhostname may secure
      [
        ['smtpd_banner', `${A} variable.other.property`],
        ['=', `${A} keyword.operator.assignment`],
        ['$', `${V} punctuation.definition.variable`],
        ['myhostname', `${V} variable.other.reference`],
        [' may secure', V],
      ],
    ]);
  });

  test('main.cf: lines without an assignment are invalid, with their continuation lines', async () => {
    await expectTokens('main', `just_a_name
  continued
my name = x
mydomain = ok`, [
      // just_a_name
      [
        ['just_a_name', 'invalid.illegal.missing-assignment'],
      ],
      //   continued
      [
        ['  continued', 'invalid.illegal.missing-assignment'],
      ],
      // my name = x
      [
        ['my name = x', 'invalid.illegal.missing-assignment'],
      ],
      // mydomain = ok
      [
        ['mydomain', `${A} variable.other.property`],
        ['=', `${A} keyword.operator.assignment`],
        [' ok', V],
      ],
    ]);
  });

  test('master.cf: the eight columns', async () => {
    await expectTokens('master', `# ====
smtp      inet  n       -       y       -       -       smtpd
pickup    unix  n       -       y       60      1       pickup
flush     unix  n       -       y       1000?   0       flush
postlog   unix-dgram n  -       n       -       1       postlogd`, [
      // # ====
      [
        ['#', 'comment.line.number-sign punctuation.definition.comment'],
        [' ====', 'comment.line.number-sign'],
      ],
      // smtp      inet  n       -       y       -       -       smtpd
      [
        ['smtp', `${S} entity.name.function.service`],
        ['inet', `${S} storage.type.service`],
        ['n', `${S} constant.language.private`],
        ['-', `${S} constant.language.unprivileged`],
        ['y', `${S} constant.language.chroot`],
        ['-', `${S} constant.numeric.wakeup`],
        ['-', `${S} constant.numeric.process-limit`],
        ['smtpd', `${S} support.function.command`],
      ],
      // pickup    unix  n       -       y       60      1       pickup
      [
        ['pickup', `${S} entity.name.function.service`],
        ['unix', `${S} storage.type.service`],
        ['n', `${S} constant.language.private`],
        ['-', `${S} constant.language.unprivileged`],
        ['y', `${S} constant.language.chroot`],
        ['60', `${S} constant.numeric.wakeup`],
        ['1', `${S} constant.numeric.process-limit`],
        ['pickup', `${S} support.function.command`],
      ],
      // flush     unix  n       -       y       1000?   0       flush
      [
        ['flush', `${S} entity.name.function.service`],
        ['unix', `${S} storage.type.service`],
        ['n', `${S} constant.language.private`],
        ['-', `${S} constant.language.unprivileged`],
        ['y', `${S} constant.language.chroot`],
        ['1000?', `${S} constant.numeric.wakeup`],
        ['0', `${S} constant.numeric.process-limit`],
        ['flush', `${S} support.function.command`],
      ],
      // postlog   unix-dgram n  -       n       -       1       postlogd
      [
        ['postlog', `${S} entity.name.function.service`],
        ['unix-dgram', `${S} storage.type.service`],
        ['n', `${S} constant.language.private`],
        ['-', `${S} constant.language.unprivileged`],
        ['n', `${S} constant.language.chroot`],
        ['-', `${S} constant.numeric.wakeup`],
        ['1', `${S} constant.numeric.process-limit`],
        ['postlogd', `${S} support.function.command`],
      ],
    ]);
  });

  test('master.cf: -o settings in all three forms, with TLS keywords and references; comments inside an entry', async () => {
    await expectTokens('master', `submission inet n       -       y       -       -       smtpd
  -o syslog_name=postfix/submission
  # a comment inside the entry
  -o smtpd_tls_security_level=encrypt
  -o { smtpd_client_restrictions = permit_sasl_authenticated, reject }
  -vo smtpd_sasl_auth_enable=yes -osmtpd_tls_wrappermode=yes
  -o smtpd_recipient_restrictions=check_policy_service,unix:private/policy,$extra`, [
      // submission inet n       -       y       -       -       smtpd
      [
        ['submission', `${S} entity.name.function.service`],
        ['inet', `${S} storage.type.service`],
        ['n', `${S} constant.language.private`],
        ['-', `${S} constant.language.unprivileged`],
        ['y', `${S} constant.language.chroot`],
        ['-', `${S} constant.numeric.wakeup`],
        ['-', `${S} constant.numeric.process-limit`],
        ['smtpd', `${S} support.function.command`],
      ],
      //   -o syslog_name=postfix/submission
      [
        ['-o', `${S} keyword.other.option`],
        ['syslog_name', `${S} variable.other.property`],
        ['=', `${S} keyword.operator.assignment`],
        ['postfix/submission', OV],
      ],
      //   # a comment inside the entry
      [
        ['#', `${S} comment.line.number-sign punctuation.definition.comment`],
        [' a comment inside the entry', `${S} comment.line.number-sign`],
      ],
      //   -o smtpd_tls_security_level=encrypt
      [
        ['-o', `${S} keyword.other.option`],
        ['smtpd_tls_security_level', `${S} variable.other.property`],
        ['=', `${S} keyword.operator.assignment`],
        ['encrypt', `${OV} constant.language.tls`],
      ],
      //   -o { smtpd_client_restrictions = permit_sasl_authenticated, reject }
      [
        ['-o', `${S} keyword.other.option`],
        ['{', `${S} punctuation.section.braces.begin`],
        ['smtpd_client_restrictions', `${S} variable.other.property`],
        ['=', `${S} keyword.operator.assignment`],
        [' permit_sasl_authenticated', OV],
        [',', `${OV} punctuation.separator.comma`],
        [' reject ', OV],
        ['}', `${S} punctuation.section.braces.end`],
      ],
      //   -vo smtpd_sasl_auth_enable=yes -osmtpd_tls_wrappermode=yes
      [
        ['-vo', `${S} keyword.other.option`],
        ['smtpd_sasl_auth_enable', `${S} variable.other.property`],
        ['=', `${S} keyword.operator.assignment`],
        ['yes', `${OV} constant.language.boolean`],
        ['-o', `${S} keyword.other.option`],
        ['smtpd_tls_wrappermode', `${S} variable.other.property`],
        ['=', `${S} keyword.operator.assignment`],
        ['yes', `${OV} constant.language.boolean`],
      ],
      //   -o smtpd_recipient_restrictions=check_policy_service,unix:private/policy,$extra
      [
        ['-o', `${S} keyword.other.option`],
        ['smtpd_recipient_restrictions', `${S} variable.other.property`],
        ['=', `${S} keyword.operator.assignment`],
        ['check_policy_service', OV],
        [',', `${OV} punctuation.separator.comma`],
        ['unix:private/policy', OV],
        [',', `${OV} punctuation.separator.comma`],
        ['$', `${OV} punctuation.definition.variable`],
        ['extra', `${OV} variable.other.reference`],
      ],
    ]);
  });

  test('master.cf: arguments, columns on continuation lines, invalid column values', async () => {
    await expectTokens('master', `maildrop  unix  -       n       n       -       -       pipe
  flags=DRXhu user=vmail argv=/usr/bin/maildrop -d \${recipient}
split     unix  -       n
  n       -       -       smtp
bad       tcp   x       yes     0       10x     -1      smtp -v -- { arg with space }`, [
      // maildrop  unix  -       n       n       -       -       pipe
      [
        ['maildrop', `${S} entity.name.function.service`],
        ['unix', `${S} storage.type.service`],
        ['-', `${S} constant.language.private`],
        ['n', `${S} constant.language.unprivileged`],
        ['n', `${S} constant.language.chroot`],
        ['-', `${S} constant.numeric.wakeup`],
        ['-', `${S} constant.numeric.process-limit`],
        ['pipe', `${S} support.function.command`],
      ],
      //   flags=DRXhu user=vmail argv=/usr/bin/maildrop -d ${recipient}
      [
        ['flags=DRXhu user=vmail argv=/usr/bin/maildrop -d ', ARG],
        ['$', `${AR} punctuation.definition.variable`],
        ['{', `${AR} punctuation.definition.reference.begin`],
        ['recipient', `${AR} variable.other.reference`],
        ['}', `${AR} punctuation.definition.reference.end`],
      ],
      // split     unix  -       n
      [
        ['split', `${S} entity.name.function.service`],
        ['unix', `${S} storage.type.service`],
        ['-', `${S} constant.language.private`],
        ['n', `${S} constant.language.unprivileged`],
      ],
      //   n       -       -       smtp
      [
        ['n', `${S} constant.language.chroot`],
        ['-', `${S} constant.numeric.wakeup`],
        ['-', `${S} constant.numeric.process-limit`],
        ['smtp', `${S} support.function.command`],
      ],
      // bad       tcp   x       yes     0       10x     -1      smtp -v -- { arg with space }
      [
        ['bad', `${S} entity.name.function.service`],
        ['tcp', `${S} invalid.illegal.type`],
        ['x', `${S} invalid.illegal.private`],
        ['yes', `${S} invalid.illegal.unprivileged`],
        ['0', `${S} invalid.illegal.chroot`],
        ['10x', `${S} invalid.illegal.wakeup`],
        ['-1', `${S} invalid.illegal.process-limit`],
        ['smtp', `${S} support.function.command`],
        ['-v', `${S} keyword.other.option`],
        ['--', `${S} keyword.other.option`],
        ['{', `${ARG} punctuation.section.braces.begin`],
        [' arg with space ', ARG],
        ['}', `${ARG} punctuation.section.braces.end`],
      ],
    ]);
  });

  test('the samples exercise every scope each grammar defines', () => {
    for (const kind of ['main', 'master'] as const) {
      const defined = definedScopes(GRAMMAR_FILES[`source.postfix.${kind}`]);
      assert.deepEqual([...defined].filter((s) => !seen[kind].has(s)), [], `${kind}: scopes no sample produces`);
    }
  });
});
