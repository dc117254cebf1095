import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { relayDomainsUnvalidated } from '../../../../server/src/analysis/rules/security/relayDomainsUnvalidated';
import { expectFindings, run } from './helpers';

describe('relay-domains-unvalidated (SEC011)', () => {
  test('relay domains without recipient validation on an MX: warning; unknown role: info', () => {
    const input = { main: 'compatibility_level = 3.6\nrelay_domains = example.com, example.net\n', hostRole: 'internet-mx' as const };
    const got = run(relayDomainsUnvalidated, input);
    expectFindings(input, got, [{ file: 'main', text: 'example.com, example.net', severity: 'warning' }]);
    assert.match(got[0].message, /backscatter/);
    expectFindings({ main: input.main }, run(relayDomainsUnvalidated, { main: input.main }), [{ file: 'main', text: 'example.com, example.net', severity: 'info' }]);
  });
  test('no finding: relay_recipient_maps set, reject_unverified_recipient, legacy $mydestination, null client', () => {
    assert.deepEqual(run(relayDomainsUnvalidated, { main: 'relay_domains = example.com\nrelay_recipient_maps = hash:/etc/postfix/relay_recipients\n', hostRole: 'internet-mx' }), []);
    assert.deepEqual(run(relayDomainsUnvalidated, { main: 'relay_domains = example.com\nsmtpd_recipient_restrictions = reject_unauth_destination, reject_unverified_recipient\n', hostRole: 'internet-mx' }), []);
    assert.deepEqual(run(relayDomainsUnvalidated, { main: 'relay_domains = $mydestination\n', hostRole: 'internet-mx' }), []);
    assert.deepEqual(run(relayDomainsUnvalidated, { main: 'relay_domains = example.com\n', hostRole: 'null-client' }), []);
  });
});
