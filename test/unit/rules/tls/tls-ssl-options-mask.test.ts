/** TLS080 tls-ssl-options-mask: tls_ssl_options / tls_disable_workarounds as a hex mask (or 0xFFFFFFFF), or tls_ssl_options with NO_TICKET. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

describe('TLS080 tls-ssl-options-mask', () => {
  test('hex masks and NO_TICKET', () => {
    const main = 'tls_ssl_options = 0x40000000\ntls_disable_workarounds = 0xFFFFFFFF\n';
    expectFindings(run('tls-ssl-options-mask', { main }), [
      at('main', main, 'tls_ssl_options = 0x40000000', 'warning', /hexadecimal bit mask\. Postfix does not promise/),
      at('main', main, 'tls_disable_workarounds = 0xFFFFFFFF', 'warning', /with every bit set/),
    ]);
    const ticket = 'tls_ssl_options = NO_COMPRESSION, NO_TICKET\n';
    const found = run('tls-ssl-options-mask', { main: ticket });
    expectFindings(found, [at('main', ticket, ticket.trimEnd(), 'warning', /includes NO_TICKET/)]);
    assert.equal(applyFix({ main: ticket }, found[0]).main, 'tls_ssl_options = NO_COMPRESSION\n');
  });

  test('quiet for named options and before the parameter existed', () => {
    assert.deepEqual(run('tls-ssl-options-mask', { main: 'tls_ssl_options = NO_COMPRESSION, NO_RENEGOTIATION\n' }), []);
    assert.deepEqual(run('tls-ssl-options-mask', { main: 'tls_ssl_options = 0x40000000\n', version: '2.10' }), []);
  });
});
