import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { relayDomainsLegacyDefault } from '../../../../server/src/analysis/rules/security/relayDomainsLegacyDefault';
import { applyFix, expectFindings, run } from './helpers';

describe('relay-domains-legacy-default (SEC012)', () => {
  test('explicit $mydestination: hint at the value, fix empties it', () => {
    const input = { main: 'relay_domains = $mydestination\n' };
    const got = run(relayDomainsLegacyDefault, input);
    expectFindings(input, got, [{ file: 'main', text: '$mydestination', severity: 'hint' }]);
    assert.equal(applyFix(input, got[0]).main, 'relay_domains = \n');
  });
  test('the default below level 2: at compatibility_level', () => {
    const input = { main: 'compatibility_level = 1\n', version: '3.11' };
    expectFindings(input, run(relayDomainsLegacyDefault, input), [{ file: 'main', text: 'compatibility_level = 1', severity: 'hint' }]);
  });
  test('no finding: level 2 default, an explicit list, empty mydestination', () => {
    assert.deepEqual(run(relayDomainsLegacyDefault, { main: 'compatibility_level = 2\n' }), []);
    assert.deepEqual(run(relayDomainsLegacyDefault, { main: 'relay_domains = example.com\n' }), []);
    assert.deepEqual(run(relayDomainsLegacyDefault, { main: 'relay_domains = $mydestination\nmydestination =\n' }), []);
  });
});
