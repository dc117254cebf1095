/** TLS108 tls-private-key-file: the server private key file is passphrase-protected, or readable by group or others (file check). */
import assert from 'node:assert/strict';
import { chmodSync, rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { at, expectFindings, run } from './helpers';
import { makePki, opensslUnavailable, withFiles, type Pki } from './pki';

const skip = opensslUnavailable();
if (skip) console.log(`# SKIP certificate file checks: ${skip}`);

describe('TLS108 tls-private-key-file', { skip }, () => {
  let pki: Pki;
  before(() => {
    pki = makePki();
  });
  after(() => rmSync(pki.dir, { recursive: true, force: true }));

  test('world-readable key: error; group-readable: warning; 600: quiet', () => {
    const key = pki.combine('world.key', ['leaf.key'], 0o644);
    const main = `smtpd_tls_cert_file = ${pki.path('leaf.crt')}\nsmtpd_tls_key_file = ${key}\n`;
    expectFindings(run('tls-private-key-file', withFiles({ main })), [at('main', main, `smtpd_tls_key_file = ${key}`, 'error', /readable by every user \(mode 644\).*chmod 600/)]);
    chmodSync(key, 0o640);
    expectFindings(run('tls-private-key-file', withFiles({ main })), [at('main', main, `smtpd_tls_key_file = ${key}`, 'warning', /readable by its group \(mode 640\)/)]);
    chmodSync(key, 0o600);
    assert.deepEqual(run('tls-private-key-file', withFiles({ main })), []);
  });

  test('a passphrase-protected key in a chain file; the key defaulting to the cert file', () => {
    const chain = pki.combine('enc-chain.pem', ['enc.key', 'leaf.crt']);
    const main = `smtpd_tls_chain_files = ${chain}\n`;
    expectFindings(run('tls-private-key-file', withFiles({ main })), [at('main', main, main.trimEnd(), 'error', /protected by a passphrase/)]);
    const both = pki.combine('both.pem', ['leaf.crt', 'leaf.key'], 0o604);
    const m2 = `smtpd_tls_cert_file = ${both}\n`;
    expectFindings(run('tls-private-key-file', withFiles({ main: m2 })), [at('main', m2, m2.trimEnd(), 'error', /readable by every user/)]);
  });

  test('without file access nothing is read', () => {
    const key = pki.combine('world2.key', ['leaf.key'], 0o644);
    assert.deepEqual(run('tls-private-key-file', { main: `smtpd_tls_cert_file = ${pki.path('leaf.crt')}\nsmtpd_tls_key_file = ${key}\n` }), []);
  });
});
