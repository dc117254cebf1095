/** TLS091 tls-received-header: smtpd_tls_received_header = yes: TLS details in Received: headers (useful, but unauthenticated once relayed). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { at, expectFindings, run } from './helpers';

describe('TLS091 tls-received-header', () => {
  test('yes: a hint on the line that wins; no: quiet', () => {
    const main = 'smtpd_tls_received_header = yes\nsmtpd_tls_received_header = yes\n';
    expectFindings(run('tls-received-header', { main }), [at('main', main, 'smtpd_tls_received_header = yes', 'hint', /readers downstream cannot verify/, 1)]);
    assert.deepEqual(run('tls-received-header', { main: 'smtpd_tls_received_header = no\n' }), []);
  });
});
