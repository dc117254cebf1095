import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { headerBodyChecksOff } from '../../../../server/src/analysis/rules/security/headerBodyChecksOff';
import { expectFindings, run } from './helpers';

describe('header-body-checks-off (SEC067)', () => {
  test('in main.cf and on pickup, on an MX: warnings', () => {
    const input = {
      main: 'receive_override_options = no_header_body_checks\n',
      master: 'pickup unix n - n 60 1 pickup\n  -o receive_override_options=no_header_body_checks,no_milters\n',
      hostRole: 'internet-mx' as const,
    };
    const got = run(headerBodyChecksOff, input);
    expectFindings(input, got, [
      { file: 'main', text: 'receive_override_options = no_header_body_checks', severity: 'warning' },
      { file: 'master', text: 'receive_override_options=no_header_body_checks,no_milters', severity: 'warning' },
    ]);
    assert.deepEqual(
      got.map((d) => d.message.slice(0, d.message.indexOf(' skips'))),
      ["no_header_body_checks in main.cf, where it applies to every service,", "no_header_body_checks on 'pickup', which receives mail first-hand,"],
    );
  });
  test('no finding on the loopback reinjection service (the stock after-filter pattern)', () => {
    const master = '127.0.0.1:10025 inet n - n - - smtpd\n  -o content_filter=\n  -o receive_override_options=no_unknown_recipient_checks,no_header_body_checks\n';
    assert.deepEqual(run(headerBodyChecksOff, { main: 'biff = no\n', master, hostRole: 'internet-mx' }), []);
  });
});
