/**
 * Generators of small main.cf and master.cf files from their grammar, for differential fuzzing
 * against postconf and for the property tests. They cover the corners of
 * ../shared/postfix/syntax-facts.md and master-cf.md: continuation lines, comments and blank
 * lines inside values, CRLF, spacing around `=`, odd names, every `$` expression form (with
 * self- and mutual references), master.cf fields, `-o` in its short, attached, combined
 * (`-vo`) and long (`-o { name = value }`) forms, braces and `--`, legacy database references
 * (`ldap:foo` with `foo_server_host = ...`, also inside braces and behind `proxy:`), and
 * restriction class lists. Broken constructs that make postconf refuse the file are generated
 * rarely, so most cases compare the full output.
 * inet_interfaces and friends are left out: postconf resolves their host names, which depends
 * on the machine's network, not on the file.
 */
import fc from 'fast-check';

/** Built-in names, including ones whose value postconf evaluates at start-up and ones used in defaults. */
const BUILTINS = [
  'myorigin', 'relayhost', 'mydomain', 'myhostname', 'smtpd_banner', 'mail_name', 'alias_maps',
  'smtpd_restriction_classes', 'mydestination', 'relay_domains', 'smtpd_tls_security_level',
  'smtpd_recipient_restrictions', 'smtpd_tls_CAfile', 'default_transport', 'smtpd_helo_restrictions',
  'virtual_maps', 'smtpd_expansion_filter', 'process_name', 'compatibility_level', '2bounce_notice_recipient',
];
/** User-defined names, some of them referenced, listed as restriction classes, or database settings. */
const USER = ['foo', 'bar', 'baz', 'my_custom', 'rc_class', 'relay_destination_concurrency_limit', 'x_y', 'foo_server_host', 'bar_hosts', 'x_y_query', 'baz_uri', 'foo_bogus', '.x_server_host'];
const ODD = ['foo-bar', 'foo.bar', 'FooBar', '1abc', 'Caps_Name'];
const WORDS = [
  'example.com', 'hash:/etc/postfix/x', 'proxy:mysql:db', 'permit_mynetworks,', 'reject', '[mx.example.net]:587', 'yes', 'no', '10', '3.6', 'a,b', 'x', 'rc_class',
  // Legacy database references: postconf finds them in the expanded value, so also `ldap:$foo`.
  'ldap:foo', 'mysql:bar', 'proxy:pgsql:x_y', '{ldap:foo}', 'inline:{mysql:bar}', 'ldap:.x', 'ldap:{foo}', 'mongodb:baz', 'ldap:', 'mysql:$bar',
];
const EXPRESSION_WORDS = WORDS;
/** Referenced names: mostly user-defined ones and built-ins whose defaults refer to nothing, so that cycles stay rare. */
const REF_NAMES = ['foo', 'bar', 'baz', 'my_custom', 'undefined_thing', 'empty', 'mail_name', 'mydomain', 'relayhost', 'queue_directory'];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const ws = fc.constantFrom('', ' ', '  ', '\t', ' \t ');

const refName = pick(REF_NAMES);

/** One `$` expression, nested at most `depth` levels. */
function expression(depth: number): fc.Arbitrary<string> {
  const leaf = fc.oneof(
    refName.map((n) => `$${n}`),
    refName.map((n) => `\${${n}}`),
    refName.map((n) => `$(${n})`),
    fc.constant('$$'),
    pick(EXPRESSION_WORDS),
  );
  if (depth <= 0) return leaf;
  const inner = fc.array(fc.oneof(expression(depth - 1), pick(EXPRESSION_WORDS)), { minLength: 1, maxLength: 3 }).map((xs) => xs.join(' '));
  return fc.oneof(
    { weight: 4, arbitrary: leaf },
    { weight: 1, arbitrary: fc.tuple(refName, pick(['?', ':']), inner).map(([n, op, v]) => `\${${n}${op}${v.replace(/[{}]/g, '')}}`) },
    { weight: 1, arbitrary: fc.tuple(refName, pick(['?', ':']), ws, inner, ws).map(([n, op, a, v, b]) => `\${${n}${op}${a}{${v}}${b}}`) },
    { weight: 1, arbitrary: fc.tuple(refName, inner, inner).map(([n, t, f]) => `\${${n}?{${t}}:{${f}}}`) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(inner, pick(['==', '!=', '<', '<=', '>', '>=', '<level', '>=level']), inner, inner, inner, fc.integer({ min: 0, max: 3 }))
        .map(([a, op, b, t, f, tail]) => `\${{${a}} ${op} {${b}}${['', ` ? {${t}}`, ` ? {${t}} : {${f}}`, `:{${f}}`][tail]}}`),
    },
  );
}

/** Things postconf refuses in a value it evaluates (kept rare). */
const brokenExpression = pick(['${x', '$(x', '${}', '$', '${a b}', '${{a} =~ {b} ? {1}}', '${foo?{x}y}', '${{1} == {1} ? {t} : {f} : {g}}']);

const value = fc
  .array(fc.oneof({ weight: 10, arbitrary: pick(WORDS) }, { weight: 3, arbitrary: expression(2) }, { weight: 1, arbitrary: fc.constant('# not a comment') }), { maxLength: 4 })
  .map((xs) => xs.join(' '));

const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', ' \n', '\t\n');

/** A setting, possibly spread over continuation lines with comments and blank lines between. */
const setting = fc
  .tuple(
    fc.oneof({ weight: 6, arbitrary: pick(BUILTINS) }, { weight: 4, arbitrary: pick(USER) }, { weight: 1, arbitrary: pick(ODD) }),
    ws,
    ws,
    value,
    fc.array(fc.tuple(pick(['\n', '\n# comment inside\n', '\n\n', '\n   # indented comment\n']), pick([' ', '\t', '    ']), value), { maxLength: 2 }),
    eol,
  )
  .map(([name, a, b, v, cont, end]) => `${name}${a}=${b}${v}${cont.map(([sep, ind, cv]) => `${sep}${ind}${cv || 'x'}`).join('')}${end}`);

const mainLine = fc.oneof(
  { weight: 12, arbitrary: setting },
  { weight: 2, arbitrary: pick(['# a comment\n', '\n', '   \n', '#relayhost = [x]\n', '  # indented comment\n']) },
  {
    weight: 1,
    arbitrary: pick([
      'smtpd_restriction_classes = rc_class\n', 'rc_class = reject\n', 'empty =\n', 'baz = $baz\n',
      'smtpd_restriction_classes = ${queue_directory:rc_class}\n', 'smtpd_restriction_classes = $foo\n', 'foo_server_host = ldap.example.com\n',
    ]),
  },
);

export interface GeneratedCase {
  main: string;
  master: string;
}

/** A main.cf; `broken` adds one construct postconf refuses (a line without `=`, a bad expression, an orphan first line). */
export function mainCf(broken = fc.boolean()): fc.Arbitrary<string> {
  return fc.tuple(fc.array(mainLine, { minLength: 1, maxLength: 10 }), broken, pick(['nosep', 'expr', 'orphan', 'cycle']), brokenExpression).map(([lines, bad, how, expr]) => {
    let text = lines.join('');
    if (!bad) return text;
    if (how === 'nosep') text += 'just_a_name\n';
    if (how === 'expr') text += `myorigin = ${expr}\n`;
    if (how === 'orphan') text = `  orphan = 1\n${text}`;
    if (how === 'cycle') text += 'myorigin = $relayhost\nrelayhost = $myorigin\n';
    return text;
  });
}

const SERVICES = ['smtp', 'submission', 'relay', '127.0.0.1:10025', 'foo', 'smtpd', 'amavis'];
const COMMANDS = ['smtpd', 'smtp', 'pipe', 'local', 'cleanup', 'qmgr', 'postscreen'];

const override = fc.tuple(fc.oneof(pick(BUILTINS), pick(USER)), fc.oneof(pick(WORDS), expression(1))).chain(([n, v]) =>
  fc.constantFrom(
    `-o ${n}=${v.replace(/[\s{}]/g, '')}`,
    `-o${n}=${v.replace(/[\s{}]/g, '')}`,
    `-o { ${n} = ${v.replace(/[{}]/g, '')} }`,
    `-o {${n}=${v.replace(/[{}]/g, '')}}`,
    `-vo ${n}=${v.replace(/[\s{}]/g, '')}`,
  ),
);

const argument = fc.oneof(
  { weight: 5, arbitrary: override },
  { weight: 1, arbitrary: pick(['-v', '-vv', '-D', '--', '-', 'flags=R', 'user=nobody', 'argv=/usr/bin/x', '${recipient}', '{ a b }', '{x}', '{ a=b }', '{}', '{ -o foo=bar }', 'x{a b}']) },
);

const service = fc
  .tuple(
    pick(SERVICES),
    fc.constantFrom('inet', 'inet', 'unix', 'unix', 'pass', 'fifo', 'unix-dgram'),
    fc.array(fc.constantFrom('y', 'n', '-'), { minLength: 3, maxLength: 3 }),
    fc.constantFrom('-', '0', '60', '60?', '?'),
    fc.constantFrom('-', '0', '1', '100'),
    pick(COMMANDS),
    fc.array(fc.tuple(argument, fc.constantFrom(' ', '\n  ', '\n\t', '\n# comment\n  ')), { maxLength: 4 }),
    fc.constantFrom(' ', '  ', '\t'),
    eol,
  )
  .map(([name, type, yn, wakeup, maxproc, cmd, args, sep, end]) =>
    [name, type, ...yn, wakeup, maxproc, cmd].join(sep) + args.map(([a, s]) => `${s}${a}`).join('') + end,
  );

/** A master.cf; `broken` adds an entry postconf refuses (bad field count or a bad column). */
export function masterCf(broken = fc.boolean()): fc.Arbitrary<string> {
  const line = fc.oneof({ weight: 8, arbitrary: service }, { weight: 1, arbitrary: pick(['# comment\n', '\n', '  # indented\n']) });
  return fc.tuple(fc.array(line, { maxLength: 5 }), broken, pick(['smtp inet n - n - smtpd\n', 'smtp inet q - n - - smtpd\n', 'smtp tcp n - n - - smtpd\n', 'x unix - - n 1x - local\n'])).map(
    ([lines, bad, badLine]) => lines.join('') + (bad ? badLine : ''),
  );
}

/** A main.cf/master.cf pair, broken in about one case out of `1 / brokenRate`. */
export function configPair(brokenRate = 0.1): fc.Arbitrary<GeneratedCase> {
  // noBias: fast-check otherwise favours the ends of a range, which would break most cases.
  const rarely = fc.noBias(fc.integer({ min: 0, max: 999 })).map((x) => x < brokenRate * 500);
  return fc.record({ main: mainCf(rarely), master: masterCf(rarely) });
}
