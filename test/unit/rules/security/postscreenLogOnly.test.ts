import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { postscreenLogOnly } from '../../../../server/src/analysis/rules/security/postscreenLogOnly';
import { expectFindings, run } from './helpers';

describe('postscreen-log-only (SEC074)', () => {
  test('DNSBL sites with the ignore action, and the default greet action: info', () => {
    const input = { main: 'postscreen_dnsbl_sites = zen.spamhaus.org\n', master: 'smtp inet n - n - 1 postscreen\n' };
    expectFindings(input, run(postscreenLogOnly, input), [
      { file: 'main', text: 'postscreen_dnsbl_sites = zen.spamhaus.org', severity: 'info' },
      { file: 'master', text: 'smtp', severity: 'info' },
    ]);
  });
  test('no finding when both enforce', () => {
    assert.deepEqual(run(postscreenLogOnly, { main: 'postscreen_dnsbl_sites = zen.spamhaus.org\npostscreen_dnsbl_action = enforce\npostscreen_greet_action = enforce\n', master: 'smtp inet n - n - 1 postscreen\n' }), []);
  });
});
