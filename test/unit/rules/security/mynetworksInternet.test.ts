import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mynetworksInternet } from '../../../../server/src/analysis/rules/security/mynetworksInternet';
import { expectFindings, run } from './helpers';

describe('mynetworks-internet (SEC005)', () => {
  test('0.0.0.0/0 in main.cf, 0/0 and a /7 in a -o override', () => {
    const input = {
      main: 'mynetworks = 127.0.0.0/8 0.0.0.0/0\n',
      master: 'smtp inet n - n - - smtpd\n2525 inet n - n - - smtpd -o mynetworks=0/0,[::]/0,64.0.0.0/7\n',
    };
    const got = run(mynetworksInternet, input);
    expectFindings(input, got, [
      { file: 'main', text: '0.0.0.0/0', severity: 'error' },
      { file: 'master', text: '0/0', severity: 'error' },
      { file: 'master', text: '[::]/0', severity: 'error' },
      { file: 'master', text: '64.0.0.0/7', severity: 'error' },
    ]);
    assert.match(got[0].message, /anyone relay/);
  });
  test('mynetworks_style = class when mynetworks is not set', () => {
    const input = { main: 'mynetworks_style = class\n' };
    expectFindings(input, run(mynetworksInternet, input), [{ file: 'main', text: 'class', severity: 'error' }]);
  });
  test('no finding: a /8, loopback, a style that mynetworks overrides', () => {
    assert.deepEqual(run(mynetworksInternet, { main: 'mynetworks = 127.0.0.0/8 [::1]/128 10.0.0.0/8\n' }), []);
    assert.deepEqual(run(mynetworksInternet, { main: 'mynetworks_style = class\nmynetworks = 127.0.0.0/8\n' }), []);
  });
});
