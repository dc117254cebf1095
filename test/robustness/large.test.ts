/**
 * Large and adversarial inputs: a 1 MB single line, a 10 MB file, 10,000 continuation lines,
 * `${` and relational operands nested 10,000 deep, 10,000-long reference chains. Everything returns without throwing,
 * and the work grows linearly: each input is built at size n and 10n, and the time for 10n
 * must stay below 30 times the time for n (a quadratic step would give about 100). The ratio
 * is generous on purpose: it catches a change of complexity, not a slow machine.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkInvariants } from '../helpers/invariants';

/** Builders of an input of about `n` units (lines or characters), as main.cf and master.cf text. */
const SHAPES: Record<string, (n: number) => [string, string]> = {
  'single long line': (n) => ['myorigin = ' + 'a $b '.repeat(n / 5), 'smtp inet n - n - - smtpd ' + '-vo x=y '.repeat(n / 8)],
  'long line without =': (n) => ['x'.repeat(n), '{'.repeat(n)],
  'many continuation lines': (n) => ['relay_domains = a\n' + '  b,\n'.repeat(n / 5), 'smtp inet n - n - - smtpd\n' + '  -o a=b\n'.repeat(n / 9)],
  '${ nested deeply': (n) => ['myhostname = ' + '${mydomain?'.repeat(n / 11) + 'x' + '}'.repeat(n / 11), 'smtp inet n - n - - smtpd -o myorigin=' + '${a?{'.repeat(n / 5) + '}}'.repeat(n / 5)],
  // Relational operands count Postfix's nesting levels from 0 again: only a bound on the total depth stops these.
  'relational operands nested deeply': (n) => [
    'myorigin = ' + '${{'.repeat(n / 25) + 'x' + '} == {x} ? {a} : {b}}'.repeat(n / 25),
    'smtp inet n - n - - smtpd -o myorigin=' + '${{'.repeat(n / 12) + '} != {}}'.repeat(n / 12),
  ],
  'long reference chain': (n) => [
    'myorigin = $a0\n' + Array.from({ length: n / 12 }, (_, i) => `a${i} = $a${i + 1}\n`).join(''),
    'smtp inet n - n - - smtpd -o myorigin=$a0\n',
  ],
  'reference cycles': (n) => [Array.from({ length: n / 12 }, (_, i) => `a${i} = $a${(i + 7) % (n / 12)}\n`).join('') + 'myorigin = $a0\n', ''],
  'many settings, CRLF': (n) => [Array.from({ length: n / 20 }, (_, i) => `name_${i} = value ${i}\r\n`).join(''), ''],
  'CR only': (n) => ['myorigin = x\r  y\r'.repeat(n / 16), 'smtp inet n - n - - smtpd\r'.repeat(n / 26)],
  'disable comments and duplicates': (n) => [Array.from({ length: n / 60 }, (_, i) => `# postfix-lint: disable-next-line x${i}\nmyorigin = $myorigin\n`).join(''), ''],
};

function timeOf(main: string, master: string): number {
  const start = process.hrtime.bigint();
  checkInvariants(main, master);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Median of three runs, against noise from other work on the machine. */
function medianTime(main: string, master: string): number {
  const runs = [timeOf(main, master), timeOf(main, master), timeOf(main, master)].sort((a, b) => a - b);
  return runs[1];
}

describe('large inputs stay linear', () => {
  for (const [name, build] of Object.entries(SHAPES)) {
    test(name, () => {
      const small = build(10_000);
      const large = build(100_000);
      // Below a few milliseconds the clock and the garbage collector dominate: floor the base.
      const a = Math.max(medianTime(...small), 5);
      const b = medianTime(...large);
      assert.ok(b / a < 30, `${name}: 10 times the input took ${(b / a).toFixed(1)} times as long (${a.toFixed(1)} ms, ${b.toFixed(1)} ms)`);
    });
  }
  test('a 10 MB file and a 1 MB single line are read without error', () => {
    const line = 'smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination, $foo ${bar?{x}:{y}}\n';
    const big = line.repeat(Math.ceil((10 * 1024 * 1024) / line.length));
    checkInvariants(big, '');
    checkInvariants('myorigin = ' + 'x'.repeat(1024 * 1024), 'smtp inet n - n - - smtpd ' + 'a'.repeat(1024 * 1024));
  });
});
