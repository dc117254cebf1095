import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mynetworksSubnetTrust } from '../../../../server/src/analysis/rules/security/mynetworksSubnetTrust';
import { applyFix, expectFindings, run } from './helpers';

describe('mynetworks-subnet-trust (SEC006)', () => {
  test('explicit subnet on an Internet MX: warning, fixed in place', () => {
    const input = { main: 'compatibility_level = 2\nmynetworks_style = subnet\n', hostRole: 'internet-mx' as const };
    const got = run(mynetworksSubnetTrust, input);
    expectFindings(input, got, [{ file: 'main', text: 'subnet', severity: 'warning' }]);
    assert.equal(applyFix(input, got[0]).main, 'compatibility_level = 2\nmynetworks_style = host\n');
  });
  test('implicit subnet (level below 2): at compatibility_level; role unknown caps at info; the fix appends', () => {
    const input = { main: 'compatibility_level = 1\n', version: '3.7' };
    const got = run(mynetworksSubnetTrust, input);
    expectFindings(input, got, [{ file: 'main', text: 'compatibility_level = 1', severity: 'info' }]);
    assert.equal(applyFix(input, got[0]).main, 'compatibility_level = 1\nmynetworks_style = host\n');
  });
  test('a public /16 in mynetworks; an internal relay softens to info', () => {
    const input = { main: 'mynetworks = 127.0.0.0/8 198.51.0.0/16 10.1.0.0/16\n', hostRole: 'internal-relay' as const };
    expectFindings(input, run(mynetworksSubnetTrust, input), [{ file: 'main', text: '198.51.0.0/16', severity: 'info' }]);
  });
  test('no finding: host style, level 2 default, null client, small public network', () => {
    assert.deepEqual(run(mynetworksSubnetTrust, { main: 'mynetworks_style = host\n', hostRole: 'internet-mx' }), []);
    assert.deepEqual(run(mynetworksSubnetTrust, { main: 'compatibility_level = 2\n', hostRole: 'internet-mx' }), []);
    assert.deepEqual(run(mynetworksSubnetTrust, { main: 'mynetworks_style = subnet\n', hostRole: 'null-client' }), []);
    assert.deepEqual(run(mynetworksSubnetTrust, { main: 'mynetworks = 198.51.100.0/28\n', hostRole: 'internet-mx' }), []);
  });
});
