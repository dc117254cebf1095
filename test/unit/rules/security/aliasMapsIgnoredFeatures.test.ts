import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { aliasMapsIgnoredFeatures } from '../../../../server/src/analysis/rules/security/aliasMapsIgnoredFeatures';
import { expectFindings, run } from './helpers';

describe('alias-maps-ignored-features (SEC084)', () => {
  test('proxy: and a regexp table with $1: info', () => {
    const input = { main: 'alias_maps = proxy:hash:/etc/aliases, regexp:/etc/postfix/aliases.re\n', files: { '/etc/postfix/aliases.re': '/^(.*)-owner$/ $1\n' } };
    expectFindings(input, run(aliasMapsIgnoredFeatures, input), [
      { file: 'main', text: 'proxy:hash:/etc/aliases', severity: 'info' },
      { file: 'main', text: 'regexp:/etc/postfix/aliases.re', severity: 'info' },
    ]);
  });
  test('no finding: plain tables, regexp without $n, unreadable regexp', () => {
    assert.deepEqual(run(aliasMapsIgnoredFeatures, { main: 'alias_maps = hash:/etc/aliases, regexp:/r\n', files: { '/r': '/^abuse$/ root\n' } }), []);
    assert.deepEqual(run(aliasMapsIgnoredFeatures, { main: 'alias_maps = regexp:/r\n' }), []);
  });
});
