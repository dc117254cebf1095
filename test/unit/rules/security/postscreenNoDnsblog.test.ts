import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { postscreenNoDnsblog } from '../../../../server/src/analysis/rules/security/postscreenNoDnsblog';
import { applyFix, expectFindings, run } from './helpers';

describe('postscreen-no-dnsblog (SEC071)', () => {
  test('DNSBL sites without dnsblog: error at the setting, fix adds the service', () => {
    const master = 'smtp inet n - n - 1 postscreen\nsmtpd pass - - n - - smtpd\n';
    const input = { main: 'postscreen_dnsbl_sites = zen.spamhaus.org\n', master };
    const got = run(postscreenNoDnsblog, input);
    expectFindings(input, got, [{ file: 'main', text: 'postscreen_dnsbl_sites = zen.spamhaus.org', severity: 'error' }]);
    assert.equal(applyFix(input, got[0]).master, master + 'dnsblog   unix  -       -       n       -       0       dnsblog\n');
  });
  test('no finding: dnsblog present; no DNSBL sites', () => {
    assert.deepEqual(run(postscreenNoDnsblog, { main: 'postscreen_dnsbl_sites = zen.spamhaus.org\n', master: 'smtp inet n - n - 1 postscreen\ndnsblog unix - - n - 0 dnsblog\n' }), []);
    assert.deepEqual(run(postscreenNoDnsblog, { main: 'biff = no\n', master: 'smtp inet n - n - 1 postscreen\n' }), []);
  });
});
