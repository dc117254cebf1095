import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { xclientHostsWide } from '../../../../server/src/analysis/rules/security/xclientHostsWide';
import { expectFindings, run } from './helpers';

describe('xclient-hosts-wide (SEC096)', () => {
  test('whole networks and static:all: warnings', () => {
    const input = { main: 'smtpd_authorized_xclient_hosts = 10.0.0.0/8\n', master: 'smtpd pass - - n - - smtpd -o smtpd_authorized_xforward_hosts=static:all\n' };
    expectFindings(input, run(xclientHostsWide, input), [
      { file: 'main', text: '10.0.0.0/8', severity: 'warning' },
      { file: 'master', text: 'static:all', severity: 'warning' },
    ]);
  });
  test('no finding: loopback and single proxy hosts', () => {
    assert.deepEqual(run(xclientHostsWide, { main: 'smtpd_authorized_xclient_hosts = 127.0.0.0/8, [::1]/128, 192.0.2.10\n' }), []);
  });
});
