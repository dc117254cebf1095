/**
 * File checks over keys and certificates generated at test time: TLS024 tls-dh-params-small,
 * TLS108 tls-private-key-file, TLS109 tls-key-cert-mismatch, TLS110 tls-certificate-chain. The
 * files are read through the same local file access postfix-lint uses.
 */
import assert from 'node:assert/strict';
import { chmodSync, rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { dhPrimeBits, readPem } from '../../../../server/src/analysis/tls/pem';
import { localFileAccess } from '../../../../server/src/workspace/files';
import { at, expectFindings, run, type Input } from './helpers';
import { makePki, opensslUnavailable, type Pki } from './pki';

const skip = opensslUnavailable();
if (skip) console.log(`# SKIP certificate file checks: ${skip}`);

describe('TLS file checks', { skip }, () => {
  let pki: Pki;
  const files = localFileAccess();
  const withFiles = (input: Input): Input => ({ ...input, readFile: files.readFile, statFile: files.statFile });
  before(() => {
    pki = makePki();
  });
  after(() => rmSync(pki.dir, { recursive: true, force: true }));

  test('PEM reading: keys, certificates, DH prime sizes', () => {
    const objects = readPem(Buffer.from(pki.read('leaf.key') + pki.read('leaf.crt') + pki.read('inter.crt')));
    assert.deepEqual(objects.map((o) => o.kind), ['key', 'cert', 'cert']);
    const [key, cert] = objects;
    assert.ok(key.kind === 'key' && cert.kind === 'cert' && key.spki && cert.spki && key.spki.equals(cert.spki), 'the leaf key matches the leaf certificate');
    assert.deepEqual(readPem(Buffer.from(pki.read('enc.key'))), [{ kind: 'key', encrypted: true }]);
    assert.deepEqual(readPem(Buffer.from(pki.read('dh1024.pem'))), [{ kind: 'dh', primeBits: 1024 }]);
    assert.deepEqual(readPem(Buffer.from(pki.read('dh2048.pem'))), [{ kind: 'dh', primeBits: 2048 }]);
    assert.equal(dhPrimeBits(Buffer.from([0x30, 0x03, 0x02, 0x01, 0x05])), 3);
  });

  describe('TLS024 tls-dh-params-small', () => {
    test('a 1024-bit file is an error; 2048 bits is fine', () => {
      const main = `smtpd_tls_dh1024_param_file = ${pki.path('dh1024.pem')}\n`;
      expectFindings(run('tls-dh-params-small', withFiles({ main, version: '3.6' })), [at('main', main, main.trimEnd(), 'error', /whose DH prime has only 1024 bits/)]);
      assert.match(run('tls-dh-params-small', withFiles({ main }))[0].message, /with Postfix 3\.7 or later built with OpenSSL 3, delete the line/);
      assert.deepEqual(run('tls-dh-params-small', withFiles({ main: `smtpd_tls_dh1024_param_file = ${pki.path('dh2048.pem')}\n` })), []);
    });

    test('no file access, a missing file, a relative path: no finding', () => {
      const main = `smtpd_tls_dh1024_param_file = ${pki.path('dh1024.pem')}\n`;
      assert.deepEqual(run('tls-dh-params-small', { main }), [], 'untrusted: no file access');
      assert.deepEqual(run('tls-dh-params-small', withFiles({ main: 'smtpd_tls_dh1024_param_file = /nonexistent/dh512.pem\n' })), []);
      assert.deepEqual(run('tls-dh-params-small', withFiles({ main: 'smtpd_tls_dh1024_param_file = dh1024.pem\n' })), []);
    });
  });

  describe('TLS108 tls-private-key-file', () => {
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

  describe('TLS109 tls-key-cert-mismatch', () => {
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

  describe('TLS110 tls-certificate-chain', () => {
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
});

describe('local file access', () => {
  test('regular files only, absolute paths only, bounded size', () => {
    const files = localFileAccess();
    assert.equal(files.readFile('/etc', 1000), undefined, 'a directory');
    assert.equal(files.readFile('relative/path.pem', 1000), undefined, 'a relative path');
    assert.equal(files.readFile('/nonexistent/x.pem', 1000), undefined, 'a missing file');
    assert.equal(files.readFile('/dev/null', 1000), undefined, 'a device');
    assert.equal(files.statFile('/dev/null'), undefined);
    const self = __filename;
    assert.ok(files.readFile(self, 1_000_000)!.length > 0);
    assert.equal(files.readFile(self, 10), undefined, 'larger than the bound');
    assert.equal(typeof files.statFile(self)?.mode, 'number');
  });
});
