import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { postscreenRenamed } from '../../../../server/src/analysis/rules/security/postscreenRenamed';
import { applyFix, expectFindings, run } from './helpers';

describe('postscreen-renamed (SEC078)', () => {
  test('old names: info at the name, rename fix where the new name exists', () => {
    const input = { main: 'postscreen_blacklist_action = drop\npostscreen_dnsbl_ttl = 1h\n', version: '3.11' };
    const got = run(postscreenRenamed, input);
    expectFindings(input, got, [
      { file: 'main', text: 'postscreen_blacklist_action', severity: 'info' },
      { file: 'main', text: 'postscreen_dnsbl_ttl', severity: 'info' },
    ]);
    assert.equal(applyFix(input, got[0]).main, 'postscreen_denylist_action = drop\npostscreen_dnsbl_ttl = 1h\n');
    assert.equal(got[0].fixes?.[0].safe, true);
  });
  test('no rename fix when the new name is already set; nothing for new names', () => {
    const got = run(postscreenRenamed, { main: 'postscreen_blacklist_action = drop\npostscreen_denylist_action = enforce\n', version: '3.11' });
    assert.equal(got.length, 1);
    assert.equal(got[0].fixes, undefined);
    assert.deepEqual(run(postscreenRenamed, { main: 'postscreen_denylist_action = drop\n', version: '3.11' }), []);
  });
});

describe('postscreen-renamed before the new names existed', () => {
  test('no finding on 3.5 for the whitelist names (their new names arrived in 3.6)', () => {
    assert.deepEqual(run(postscreenRenamed, { main: 'postscreen_dnsbl_whitelist_threshold = -1\n', version: '3.5' }), []);
  });
});
