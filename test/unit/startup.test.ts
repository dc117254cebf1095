/**
 * The corners of postconf's start-up evaluation that differential fuzzing found (model/startup.ts,
 * model/macro.ts, model/dbms.ts, parser/expression.ts); test/oracle/factCases.ts has the same
 * corners checked against the real postconf.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadModel } from '../../server/src/model/load';
import { MacroScope } from '../../server/src/model/macro';
import { parseExpression } from '../../server/src/parser/expression';

const fatal = (main: string, master?: string, hostName?: string) =>
  loadModel({ main, master, version: '3.7', hostName }).fatalExpressionProblems.map((f) => f.problem.message);
const deep = (n: number, inner: string) => `${'${a?'.repeat(n)}${inner}${'}'.repeat(n)}`;
const usedInMain = (main: string, name: string, version = '3.7') => loadModel({ main, version }).usage.usedInMain(name);

describe('relational operands', () => {
  const expand = (text: string) => new MacroScope((n) => (n === 'a' ? { text: 'x' } : undefined)).expand(text);
  test('are compared as expanded, whitespace included', () => {
    assert.equal(expand('${{ 10 } == {10} ? {eq} : {ne}}').value, 'ne');
    assert.equal(expand('${{10} == {10} ? {eq} : {ne}}').value, 'eq');
    assert.equal(expand('${{10$nothing} == {10} ? {eq} : {ne}}').value, 'eq');
    assert.deepEqual(expand('${{10 } <level {10} ? {a} : {b}}').error?.message, 'malformed compatibility level syntax: "10 "');
    assert.equal(expand('${{ 10} <level {10} ? {a} : {b}}').value, 'b');
  });
  test('count their nesting from 0: they are separate expansions in Postfix', () => {
    const text = deep(50, `\${{${deep(60, 'x')}} == {x} ? {t} : {f}}`);
    assert.equal(expand(text).value, 't');
    assert.deepEqual(parseExpression(text).problems, []);
    // The branches of that expression are still at level 101 when it sits at level 100.
    assert.match(expand(deep(100, `\${{${deep(5, 'x')}} == {x} ? {t} : {f}}`)).error?.message ?? '', /unreasonable macro call nesting: "t"/);
  });
  test('nested thousands deep: evaluated and parsed to a bounded depth, without error or exception', () => {
    let text = 'x';
    for (let i = 0; i < 10_000; i++) text = `\${{${text}} == {x} ? {a} : {b}}`;
    assert.equal(expand(text).error, undefined);
    assert.deepEqual(parseExpression(text).problems, []);
    assert.deepEqual(fatal(`myorigin = ${text}\n`), []);
  });
  test('a reference cycle through an operand is fatal (postconf 3.7 recurses until it crashes)', () => {
    assert.equal(fatal('myorigin = ${{$myorigin} == {x} ? {a} : {b}}\n').length, 1);
  });
});

describe('the nesting limit', () => {
  test('counts only what is evaluated: fatal in the branch taken, a warning in the other', () => {
    assert.equal(fatal(`a = x\nmyorigin = ${deep(101, 'x')}\n`).length, 1);
    assert.deepEqual(fatal(`a = x\nmyorigin = \${unset?${deep(120, 'x')}}\n`), []);
    assert.deepEqual(fatal(`a = x\nmyorigin = \${a:${deep(120, 'x')}}\n`), []);
    assert.deepEqual(fatal(`a =\nmyorigin = ${deep(120, 'x')}\n`), []);
    // postconf's scan of the value visits both branches and warns (the parser's problem).
    assert.match(parseExpression(`\${unset?${deep(120, 'x')}}`).problems[0]?.message ?? '', /^unreasonable macro call nesting/);
  });
  test('an empty branch at level 101 enters nothing there', () => {
    assert.deepEqual(parseExpression(deep(101, '')).problems, []);
    assert.deepEqual(fatal(`a = x\nmyorigin = ${deep(101, '')}\n`), []);
    assert.equal(parseExpression(deep(101, 'x')).problems.length, 1);
  });
});

describe('values postconf evaluates with main.cf settings alone', () => {
  test('smtpd_restriction_classes: the classes are the names of the result', () => {
    assert.equal(usedInMain('smtpd_restriction_classes = ${queue_directory:rc}\nrc = reject\n', 'rc'), true);
    assert.equal(usedInMain('smtpd_restriction_classes = ${queue_directory?rc}\nrc = reject\n', 'rc'), false);
    assert.equal(fatal('smtpd_restriction_classes = x ${queue_directory:$smtpd_restriction_classes}\n').length, 1);
  });
  test("a service's -o smtpd_restriction_classes: with its own -o settings alone", () => {
    const master = 'smtp inet n - n - - smtpd -o smtpd_restriction_classes=${queue_directory:rc},$more -o rc=reject -o more=in_main\n';
    const model = loadModel({ main: 'in_main = reject\nmore = other\nother = x\n', master, version: '3.7' });
    assert.equal(model.usage.usedInService(0, 'rc'), true);
    assert.equal(model.usage.usedInMain('in_main'), true);
    assert.equal(model.usage.usedInMain('other'), false);
    assert.equal(fatal('', 'smtp inet n - n - - smtpd -o smtpd_restriction_classes=x${queue_directory:$smtpd_restriction_classes}\n').length, 1);
  });
  test("myhostname when mydomain is not set; mydomain's default is the result after its first dot", () => {
    assert.equal(fatal('myhostname = x ${queue_directory:$myhostname}\n').length, 1);
    assert.deepEqual(fatal('myhostname = x ${queue_directory:$myhostname}\nmydomain = example.com\n'), []);
    // mydomain's default "example.com $" is expanded where $mydomain is used: a lone $ is fatal.
    assert.deepEqual(fatal('myhostname = mail.example.com $$\nsmtpd_banner = $mydomain\n'), ['macro processing error: empty macro name: "example.com $"']);
    assert.deepEqual(fatal('myhostname = mail.example.com\nsmtpd_banner = $mydomain\n'), []);
  });
  test('mydomain when myhostname is not set and the host name has no dot', () => {
    const main = 'mydomain = x ${queue_directory:$mydomain}\n';
    assert.equal(fatal(main, undefined, 'vm').length, 1);
    assert.deepEqual(fatal(main, undefined, 'vm.example.com'), []);
    assert.deepEqual(fatal(main), [], 'unknown host name: not judged');
    assert.deepEqual(fatal(`${main}myhostname = mail.example.com\n`, undefined, 'vm'), []);
  });
  test('inet_interfaces, mynetworks_style and inet_protocols when mynetworks is not set', () => {
    for (const name of ['inet_interfaces', 'mynetworks_style', 'inet_protocols']) {
      assert.equal(fatal(`${name} = \${queue_directory:$${name}}\n`).length, 1, name);
      assert.deepEqual(fatal(`${name} = \${queue_directory:$${name}}\nmynetworks = 127.0.0.0/8\n`), [], name);
    }
  });
});

describe("postconf's scan of a value with an expression problem", () => {
  test('meets only the names before the problem (a relational operand only after its operator is read)', () => {
    const main = 'foo = 1\nzoo = 2\nd = 3\nbar = $foo $ x $zoo\nq = ${{$d} =~ {x}}\nbaz = $bar $q\n';
    assert.deepEqual(['foo', 'zoo', 'd', 'bar', 'q'].map((n) => usedInMain(main, n)), [true, false, false, true, true]);
  });
});

describe('legacy database references', () => {
  test('are read from the expanded value of built-in parameters', () => {
    const main = 'alias_maps = ldap:$foo ${foo:ldap:a}${foo?ldap:b}\nfoo = myldap\nmyldap_server_host = x\na_server_host = 1\nb_server_host = 1\n';
    assert.equal(usedInMain(main, 'myldap_server_host'), true);
    assert.equal(usedInMain(main, 'a_server_host'), false, 'foo is set: ${foo:...} gives nothing');
    assert.equal(usedInMain(main, 'b_server_host'), true);
    assert.equal(usedInMain('my_maps = ldap:x\nx_server_host = 1\n', 'x_server_host'), false, 'not from user-defined parameters');
  });
  test('as postconf reads a table list: braces, proxy:, no name after a dot or in braces', () => {
    const main = 'alias_maps = {ldap:a} proxy:proxy:ldap:b inline:{ldap:c} ldap:.d ldap:{e} ldap:proxy:f\n';
    const used = (n: string) => usedInMain(main, n);
    assert.deepEqual(['a', 'b', 'c', '.d', 'e', '{e}', 'proxy:f'].map((p) => used(`${p}_server_host`)), [true, true, true, false, false, false, true]);
    assert.equal(used('a_bogus'), false);
  });
  test('regexp and pcre patterns in braces: read again before 3.8, not from 3.8', () => {
    assert.equal(usedInMain('alias_maps = pcre:{ {ldap:g} }\n', 'g_server_host', '3.7'), true);
    assert.equal(usedInMain('alias_maps = pcre:{ {ldap:g} }\n', 'g_server_host', '3.8'), false);
  });
  test("in a -o value they name the service's own setting first, else main.cf's (as $name does)", () => {
    const master = 'smtp inet n - n - - smtpd -o smtpd_banner=ldap:x -o x_server_host=2\nsmtp2 inet n - n - - smtpd -o smtpd_banner=ldap:y\n';
    const model = loadModel({ main: 'x_server_host = 1\ny_server_host = 2\n', master, version: '3.7' });
    assert.equal(model.usage.usedInService(0, 'x_server_host'), true);
    assert.equal(model.usage.usedInMain('x_server_host'), false);
    assert.equal(model.usage.usedInMain('y_server_host'), true);
    assert.equal(model.usage.usedInService(1, 'x_server_host'), false);
  });
  test('every client type is recognised (ldap, mysql, pgsql, sqlite, memcache, mongodb)', () => {
    const keyOf = { ldap: 'server_host', mysql: 'hosts', pgsql: 'hosts', sqlite: 'dbpath', memcache: 'memcache', mongodb: 'uri' };
    for (const [type, key] of Object.entries(keyOf)) assert.equal(usedInMain(`alias_maps = ${type}:t\n`, `t_${key}`, '3.9'), true, type);
  });
  test('mongodb clients from 3.9', () => {
    assert.equal(usedInMain('alias_maps = mongodb:x\n', 'x_uri', '3.7'), false);
    assert.equal(usedInMain('alias_maps = mongodb:x\n', 'x_uri', '3.9'), true);
  });
});

describe('entries with the same name and type share one -o name space (fuzzing, seed 1171129)', () => {
  // The later entry's -o of a name replaces the earlier entry's: postconf neither scans nor
  // evaluates the replaced value, while an -o the later entry does not set stays in the space.
  const master = (first: string, second: string) => `amavis unix - - n - - smtp\n  -o ${first}\namavis unix - - n - - smtp\n  -o ${second}\n`;
  test('a $name in a replaced -o value does not make a main.cf setting used', () => {
    const load = (m: string) => loadModel({ main: 'bar = x\n', master: m, version: '3.7' });
    assert.equal(load(master('my_ref=$bar', 'my_ref=plain')).usage.usedInMain('bar'), false);
    assert.equal(load(master('my_ref=plain', 'my_ref=$bar')).usage.usedInMain('bar'), true);
    assert.equal(load(master('other=$bar', 'my_ref=plain')).usage.usedInMain('bar'), true, 'not replaced: still scanned');
  });
  test('a replaced -o value is not evaluated: its expression problem is not fatal', () => {
    assert.deepEqual(fatal('', master('smtp_helo_name=${truncated', 'smtp_helo_name=mail.example.com')), []);
    assert.deepEqual(fatal('', master('smtp_helo_name=mail.example.com', 'smtp_helo_name=${truncated')), ['macro processing error: truncated macro reference: "${truncated"']);
  });
});
