/** Postfix's start-up evaluation of built-in values (model/macro.ts through the model), with exact ranges. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadModel } from '../../server/src/model/load';
import { MacroScope } from '../../server/src/model/macro';

const fatal = (main: string, master?: string) =>
  loadModel({ main, master, version: '3.7' }).fatalExpressionProblems.map((f) => [f.file, f.problem.start, f.problem.end, f.problem.message]);

describe('start-up evaluation of built-in values', () => {
  test('a reference cycle is fatal, reported at the value that closes it', () => {
    assert.deepEqual(fatal('myhostname = $myhostname\n'), [['main', 13, 24, 'macro processing error: unreasonable macro call nesting: "myhostname" ($myhostname refers to $myhostname)']]);
    assert.deepEqual(fatal('myorigin = $a\na = $b\nb = $a\n'), [['main', 25, 27, 'macro processing error: unreasonable macro call nesting: "a" ($a refers to $b refers to $a)']]);
    // Nothing evaluates user-defined a and b here: postconf accepts the file.
    assert.deepEqual(fatal('a = $b\nb = $a\n'), []);
  });
  test('nesting: 100 levels are accepted, 101 are not', () => {
    const nested = (d: number) => `myhostname = ${'${mydomain?'.repeat(d)}x${'}'.repeat(d)}\n`;
    assert.deepEqual(fatal(nested(100)), []);
    assert.equal(fatal(nested(101)).length, 1);
    assert.equal(fatal(nested(10_000)).length, 1);
  });
  test('only the branch taken is parsed; a conditional tests the unexpanded value', () => {
    assert.deepEqual(fatal('myhostname = ${relayhost?{x$}}\n'), []);
    assert.deepEqual(fatal('myhostname = h${mydomain?{x $ y}}\n'), [['main', 28, 29, 'macro processing error: empty macro name: "x $ y"']]);
    assert.equal(fatal('myorigin = ${b?{$}}\nb = $nothing\n').length, 1);
  });
  test('-o values are evaluated in their service: its own -o settings first, then main.cf', () => {
    assert.equal(fatal('', 'smtp inet n - n - - smtpd -o foo=$foo -o myorigin=$foo\n').length, 1);
    assert.deepEqual(fatal('myorigin = $foo\n', 'smtp inet n - n - - smtpd -o foo=${x\n'), []);
  });
  test('a malformed compatibility level is fatal', () => {
    assert.deepEqual(fatal('compatibility_level = 3.6.1\n'), []);
    assert.deepEqual(fatal('compatibility_level = no\n'), [['main', 22, 24, 'macro processing error: malformed compatibility level syntax: "no"']]);
  });
  test('expansion results are capped: doubling chains cannot grow exponentially', () => {
    const values = new Map(Array.from({ length: 40 }, (_, i) => [`a${i}`, `$a${i + 1}$a${i + 1}`]));
    values.set('a40', 'xy');
    const r = new MacroScope((n) => (values.has(n) ? { text: values.get(n)! } : undefined)).expand('$a0');
    assert.equal(r.error, undefined);
    assert.equal(r.value.length, 65536);
  });
  test('scan visits both branches and stops at the first error', () => {
    const scope = new MacroScope(() => undefined);
    assert.deepEqual(scope.scan('${a?{$b}:{$c}} ${{$d} == {x} ? {$e}}').names, ['a', 'b', 'c', 'd', 'e']);
    assert.deepEqual(scope.scan('$a ${b?{$c} junk} $d').names, ['a', 'b', 'c']);
  });
});
