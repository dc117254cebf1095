/** TLS073 tls-chain-and-legacy-files: smtpd_tls_chain_files and a legacy smtpd_tls_cert_file/eccert/dcert file are both set; the legacy files are ignored. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyFix, at, expectFindings, run } from './helpers';

describe('TLS073 tls-chain-and-legacy-files', () => {
  test('both set: the legacy lines are ignored; safe fix deletes cert and key', () => {
    const main = 'smtpd_tls_chain_files = /etc/ssl/mail.pem\nsmtpd_tls_cert_file = /etc/ssl/mail.crt\nsmtpd_tls_key_file = /etc/ssl/mail.key\n';
    const found = run('tls-chain-and-legacy-files', { main });
    expectFindings(found, [at('main', main, 'smtpd_tls_cert_file = /etc/ssl/mail.crt', 'warning', /is ignored: smtpd_tls_chain_files is set too/)]);
    assert.deepEqual(found[0].tags, ['unnecessary']);
    const fixed = applyFix({ main }, found[0]);
    assert.equal(fixed.main, 'smtpd_tls_chain_files = /etc/ssl/mail.pem\n');
    assert.equal(fixed.safe, true);
  });

  test('quiet when a service without chain files still reads the legacy line', () => {
    const main = 'smtpd_tls_chain_files = /etc/ssl/mail.pem\nsmtpd_tls_cert_file = /etc/ssl/mail.crt\n';
    const master = 'smtp inet n - y - - smtpd\nold inet n - y - - smtpd\n  -o smtpd_tls_chain_files=\n';
    assert.deepEqual(run('tls-chain-and-legacy-files', { main, master }), []);
    assert.deepEqual(run('tls-chain-and-legacy-files', { main: 'smtpd_tls_cert_file = /etc/ssl/mail.crt\n' }), []);
  });
});
