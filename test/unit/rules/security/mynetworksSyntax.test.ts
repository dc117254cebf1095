import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mynetworksSyntax } from '../../../../server/src/analysis/rules/security/mynetworksSyntax';
import { applyFix, expectFindings, run } from './helpers';

describe('mynetworks-syntax (SEC008)', () => {
  test('bare IPv6 and host bits: errors with exact fixes', () => {
    const input = { main: 'mynetworks = 127.0.0.0/8 ::1/128 192.168.1.5/24\n' };
    const got = run(mynetworksSyntax, input);
    expectFindings(input, got, [
      { file: 'main', text: '::1/128', severity: 'error' },
      { file: 'main', text: '192.168.1.5/24', severity: 'error' },
    ]);
    assert.equal(applyFix(input, got[0]).main, 'mynetworks = 127.0.0.0/8 [::1]/128 192.168.1.5/24\n');
    assert.equal(got[0].fixes?.[0].safe, true);
    assert.equal(applyFix(input, got[1]).main, 'mynetworks = 127.0.0.0/8 ::1/128 192.168.1.0/24\n');
  });
  test('CIDR patterns inside a readable hash: table; an IPv6 host-bits case in a -o override', () => {
    const input = {
      main: 'mynetworks = hash:/etc/postfix/nets\n',
      master: 'smtp inet n - n - - smtpd -o mynetworks=[2001:db8::1]/64\n',
      files: { '/etc/postfix/nets': '10.1.0.0/16 OK\n' },
    };
    const got = run(mynetworksSyntax, input);
    expectFindings(input, got, [
      { file: 'main', text: 'hash:/etc/postfix/nets', severity: 'error' },
      { file: 'master', text: '[2001:db8::1]/64', severity: 'error' },
    ]);
    assert.equal(applyFix(input, got[1]).master, 'smtp inet n - n - - smtpd -o mynetworks=[2001:db8::]/64\n');
  });
  test('no finding: well-formed patterns, cidr: tables, unreadable hash: tables', () => {
    assert.deepEqual(run(mynetworksSyntax, { main: 'mynetworks = 127.0.0.0/8 [::1]/128 [2001:db8::]/32 cidr:/etc/postfix/n hash:/etc/postfix/h\n' }), []);
  });
});
