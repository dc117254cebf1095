/** TLS110 tls-certificate-chain: no intermediates, out of order, or a chain file that does not start with its key (file check). */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { at, expectFindings, run } from './helpers';
import { makePki, opensslUnavailable, withFiles, type Pki } from './pki';

const skip = opensslUnavailable();
if (skip) console.log(`# SKIP certificate file checks: ${skip}`);

describe('TLS110 tls-certificate-chain', { skip }, () => {
  let pki: Pki;
  before(() => {
    pki = makePki();
  });
  after(() => rmSync(pki.dir, { recursive: true, force: true }));

  test('leaf without intermediates; wrong order; chain file starting with a certificate', () => {
    const main = `smtpd_tls_cert_file = ${pki.path('leaf.crt')}\nsmtpd_tls_key_file = ${pki.path('leaf.key')}\n`;
    expectFindings(run('tls-certificate-chain', withFiles({ main })), [at('main', main, `smtpd_tls_cert_file = ${pki.path('leaf.crt')}`, 'warning', /holds only the server certificate, without the intermediate certificates/)]);
    const reversed = pki.combine('reversed.pem', ['inter.crt', 'leaf.crt']);
    const m2 = `smtpd_tls_cert_file = ${reversed}\nsmtpd_tls_key_file = ${pki.path('leaf.key')}\n`;
    expectFindings(run('tls-certificate-chain', withFiles({ main: m2 })), [at('main', m2, `smtpd_tls_cert_file = ${reversed}`, 'warning', /out of order: certificate 2 did not issue certificate 1/)]);
    const keyLast = pki.combine('key-last.pem', ['leaf.crt', 'inter.crt', 'leaf.key']);
    const m3 = `smtpd_tls_chain_files = ${keyLast}\n`;
    expectFindings(run('tls-certificate-chain', withFiles({ main: m3 })), [at('main', m3, m3.trimEnd(), 'error', /starts with a certificate, but smtpd_tls_chain_files needs each private key first/)]);
  });

  test('complete chains, a root at the end, self-signed certificates: quiet', () => {
    const full = pki.combine('full.pem', ['leaf.key', 'leaf.crt', 'inter.crt', 'root.crt']);
    assert.deepEqual(run('tls-certificate-chain', withFiles({ main: `smtpd_tls_chain_files = ${full}\n` })), []);
    const bundle = pki.combine('bundle.crt', ['leaf.crt', 'inter.crt']);
    assert.deepEqual(run('tls-certificate-chain', withFiles({ main: `smtpd_tls_cert_file = ${bundle}\nsmtpd_tls_key_file = ${pki.path('leaf.key')}\n` })), []);
    assert.deepEqual(run('tls-certificate-chain', withFiles({ main: `smtpd_tls_cert_file = ${pki.path('self.crt')}\nsmtpd_tls_key_file = ${pki.path('self.key')}\n` })), []);
  });
});
