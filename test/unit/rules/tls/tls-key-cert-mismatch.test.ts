/** TLS109 tls-key-cert-mismatch: the server certificate does not match its private key (file check). */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { at, expectFindings, run } from './helpers';
import { makePki, opensslUnavailable, withFiles, type Pki } from './pki';

const skip = opensslUnavailable();
if (skip) console.log(`# SKIP certificate file checks: ${skip}`);

describe('TLS109 tls-key-cert-mismatch', { skip }, () => {
  let pki: Pki;
  before(() => {
    pki = makePki();
  });
  after(() => rmSync(pki.dir, { recursive: true, force: true }));

  test('legacy pair with an unrelated key: error at the cert, key related', () => {
    const main = `smtpd_tls_cert_file = ${pki.path('leaf.crt')}\nsmtpd_tls_key_file = ${pki.path('other.key')}\n`;
    const found = run('tls-key-cert-mismatch', withFiles({ main }));
    expectFindings(found, [at('main', main, `smtpd_tls_cert_file = ${pki.path('leaf.crt')}`, 'error', /does not match the private key in .*other\.key: smtpd logs the mismatch and runs without TLS/)]);
    assert.equal(found[0].related?.[0].message, 'the private key is named here');
  });

  test('chain file whose key is followed by another certificate; -o on a service', () => {
    const chain = pki.combine('bad-chain.pem', ['other.key', 'leaf.crt', 'inter.crt']);
    const master = `submission inet n - y - - smtpd\n  -o smtpd_tls_chain_files=${chain}\n`;
    expectFindings(run('tls-key-cert-mismatch', withFiles({ master })), [at('master', master, `-o smtpd_tls_chain_files=${chain}`, 'error', /Key number 1 .* does not match the certificate that follows it/)]);
  });

  test('matching pairs and chains are quiet; unreadable files too', () => {
    const chain = pki.combine('good-chain.pem', ['leaf.key', 'leaf.crt', 'inter.crt']);
    assert.deepEqual(run('tls-key-cert-mismatch', withFiles({ main: `smtpd_tls_chain_files = ${chain}\n` })), []);
    assert.deepEqual(run('tls-key-cert-mismatch', withFiles({ main: `smtpd_tls_cert_file = ${pki.path('leaf.crt')}\nsmtpd_tls_key_file = ${pki.path('leaf.key')}\n` })), []);
    assert.deepEqual(run('tls-key-cert-mismatch', withFiles({ main: 'smtpd_tls_cert_file = /etc/nonexistent/leaf.crt\nsmtpd_tls_key_file = /etc/nonexistent/leaf.key\n' })), []);
  });
});
