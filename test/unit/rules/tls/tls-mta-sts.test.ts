/** TLS066 tls-mta-sts: smtp_tls_enforce_sts_mx_patterns is set but no MTA-STS policy plugin (socketmap in smtp_tls_policy_maps) is configured. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { at, expectFindings, run } from './helpers';

describe('TLS066 tls-mta-sts', () => {
  test('STS MX patterns without an STS plugin: hint; with a socketmap policy table: quiet', () => {
    const main = 'smtp_tls_enforce_sts_mx_patterns = yes\n';
    expectFindings(run('tls-mta-sts', { main }), [at('main', main, 'smtp_tls_enforce_sts_mx_patterns = yes', 'hint', /Postfix has no built-in MTA-STS/)]);
    assert.deepEqual(run('tls-mta-sts', { main: main + 'smtp_tls_policy_maps = socketmap:inet:127.0.0.1:8461:postfix\n' }), []);
    assert.deepEqual(run('tls-mta-sts', { main: 'smtp_tls_security_level = may\n' }), []);
  });
});
