import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mynetworksPrivateRanges } from '../../../../server/src/analysis/rules/security/mynetworksPrivateRanges';
import { applyFix, expectFindings, run } from './helpers';

describe('mynetworks-private-ranges (SEC007)', () => {
  test('whole private blocks: hint; the 172.0.0.0/8 typo: warning on an MX, with a fix', () => {
    const input = { main: 'mynetworks = 127.0.0.0/8, 10.0.0.0/8, 172.0.0.0/8\n', hostRole: 'internet-mx' as const };
    const got = run(mynetworksPrivateRanges, input);
    expectFindings(input, got, [
      { file: 'main', text: '10.0.0.0/8', severity: 'hint' },
      { file: 'main', text: '172.0.0.0/8', severity: 'warning' },
    ]);
    assert.equal(applyFix(input, got[1]).main, 'mynetworks = 127.0.0.0/8, 10.0.0.0/8, 172.16.0.0/12\n');
  });
  test('role unknown caps the typo at info; an internal relay drops the hint', () => {
    const input = { main: 'mynetworks = 172.0.0.0/8 192.168.0.0/16\n' };
    expectFindings(input, run(mynetworksPrivateRanges, input), [
      { file: 'main', text: '172.0.0.0/8', severity: 'info' },
      { file: 'main', text: '192.168.0.0/16', severity: 'hint' },
    ]);
    assert.deepEqual(run(mynetworksPrivateRanges, { main: 'mynetworks = 192.168.0.0/16\n', hostRole: 'internal-relay' }), []);
  });
  test('no finding: exact container networks', () => {
    assert.deepEqual(run(mynetworksPrivateRanges, { main: 'mynetworks = 127.0.0.0/8 172.18.0.0/16 192.168.1.0/24\n' }), []);
  });
});
