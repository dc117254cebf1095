import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseSite, postscreenDnsblSites } from '../../../../server/src/analysis/rules/security/postscreenDnsblSites';
import { expectFindings, run } from './helpers';

describe('postscreen-dnsbl-sites (SEC075)', () => {
  test('entry syntax', () => {
    assert.deepEqual(parseSite('zen.spamhaus.org=127.0.0.[2..11]*3'), { weight: 3 });
    assert.deepEqual(parseSite('list.dnswl.org=127.0.[0..255].[2;3]*-4'), { weight: -4 });
    assert.ok('error' in parseSite('zen.spamhaus.org*x'));
    assert.ok('error' in parseSite('zen.spamhaus.org=127.0.0'));
  });
  test('a malformed weight (error), weights below the threshold (warning), negative weights with the allowlist off (hint)', () => {
    const input = { main: 'postscreen_dnsbl_sites = bad.example.org*two, zen.spamhaus.org*2, list.dnswl.org=127.0.[0..255].[1..3]*-2\npostscreen_dnsbl_threshold = 3\n', version: '3.7' };
    expectFindings(input, run(postscreenDnsblSites, input), [
      { file: 'main', text: 'bad.example.org*two', severity: 'error' },
      { file: 'main', text: 'bad.example.org*two, zen.spamhaus.org*2, list.dnswl.org=127.0.[0..255].[1..3]*-2', severity: 'hint' },
      { file: 'main', text: 'postscreen_dnsbl_threshold = 3', severity: 'warning' },
    ]);
  });
  test('no finding for well-formed sites that can reach the threshold', () => {
    assert.deepEqual(run(postscreenDnsblSites, { main: 'postscreen_dnsbl_sites = zen.spamhaus.org=127.0.0.[2..11]*3 bl.spamcop.net\npostscreen_dnsbl_threshold = 3\n' }), []);
  });
});
