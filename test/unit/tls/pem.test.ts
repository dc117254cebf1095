/** PEM reading for the file checks: keys (plain and passphrase-protected), certificates, DH prime sizes. */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { dhPrimeBits, readPem, selfSigned } from '../../../server/src/analysis/tls/pem';
import { makePki, opensslUnavailable, type Pki } from '../rules/tls/pki';

const skip = opensslUnavailable();
if (skip) console.log(`# SKIP PEM reading tests: ${skip}`);

describe('PEM reading', { skip }, () => {
  let pki: Pki;
  before(() => {
    pki = makePki();
  });
  after(() => rmSync(pki.dir, { recursive: true, force: true }));

  test('keys, certificates and DH parameters, in file order', () => {
    const objects = readPem(Buffer.from(pki.read('leaf.key') + pki.read('leaf.crt') + pki.read('inter.crt')));
    assert.deepEqual(objects.map((o) => o.kind), ['key', 'cert', 'cert']);
    const [key, cert, inter] = objects;
    assert.ok(key.kind === 'key' && cert.kind === 'cert' && key.spki && cert.spki && key.spki.equals(cert.spki), 'the leaf key matches the leaf certificate');
    assert.ok(cert.kind === 'cert' && inter.kind === 'cert' && cert.cert!.checkIssued(inter.cert!), 'the intermediate issued the leaf');
    assert.deepEqual(readPem(Buffer.from(pki.read('enc.key'))), [{ kind: 'key', encrypted: true }]);
    assert.deepEqual(readPem(Buffer.from(pki.read('dh1024.pem'))), [{ kind: 'dh', primeBits: 1024 }]);
    assert.deepEqual(readPem(Buffer.from(pki.read('dh2048.pem'))), [{ kind: 'dh', primeBits: 2048 }]);
    assert.deepEqual(readPem(Buffer.from('-----BEGIN PKCS7-----\nMAA=\n-----END PKCS7-----\n')), [{ kind: 'other', label: 'PKCS7' }]);
  });

  test('self-signed certificates and DER prime sizes', () => {
    const self = readPem(Buffer.from(pki.read('self.crt')))[0];
    const leaf = readPem(Buffer.from(pki.read('leaf.crt')))[0];
    assert.ok(self.kind === 'cert' && selfSigned(self.cert!));
    assert.ok(leaf.kind === 'cert' && !selfSigned(leaf.cert!));
    assert.equal(dhPrimeBits(Buffer.from([0x30, 0x03, 0x02, 0x01, 0x05])), 3);
    assert.equal(dhPrimeBits(Buffer.from([0x30, 0x04, 0x02, 0x02, 0x00, 0x80])), 8, 'a leading zero byte does not count');
    assert.equal(dhPrimeBits(Buffer.from([0x31, 0x00])), undefined, 'not a SEQUENCE');
  });
});
