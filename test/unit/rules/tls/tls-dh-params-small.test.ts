/** TLS024 tls-dh-params-small: the DH parameter file holds a prime below 2048 bits (file check). */
import assert from 'node:assert/strict';
import { getDiffieHellman } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { at, expectFindings, run } from './helpers';
import { dhPem, withFiles } from './pki';

describe('TLS024 tls-dh-params-small', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'postfix-dh-test-'));
    writeFileSync(join(dir, 'dh1024.pem'), dhPem(getDiffieHellman('modp2').getPrime()));
    writeFileSync(join(dir, 'dh2048.pem'), dhPem(getDiffieHellman('modp14').getPrime()));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a 1024-bit file is an error; 2048 bits is fine', () => {
    const main = `smtpd_tls_dh1024_param_file = ${join(dir, 'dh1024.pem')}\n`;
    expectFindings(run('tls-dh-params-small', withFiles({ main, version: '3.6' })), [at('main', main, main.trimEnd(), 'error', /whose DH prime has only 1024 bits/)]);
    assert.match(run('tls-dh-params-small', withFiles({ main }))[0].message, /with Postfix 3\.7 or later built with OpenSSL 3, delete the line/);
    const master = `smtp inet n - y - - smtpd\n  -o smtpd_tls_dh1024_param_file=${join(dir, 'dh1024.pem')}\n`;
    expectFindings(run('tls-dh-params-small', withFiles({ main: '', master })), [at('master', master, `-o smtpd_tls_dh1024_param_file=${join(dir, 'dh1024.pem')}`, 'error')]);
    assert.deepEqual(run('tls-dh-params-small', withFiles({ main: `smtpd_tls_dh1024_param_file = ${join(dir, 'dh2048.pem')}\n` })), []);
  });

  test('no file access, a missing file, a relative path: no finding', () => {
    const main = `smtpd_tls_dh1024_param_file = ${join(dir, 'dh1024.pem')}\n`;
    assert.deepEqual(run('tls-dh-params-small', { main }), [], 'untrusted: no file access');
    assert.deepEqual(run('tls-dh-params-small', withFiles({ main: 'smtpd_tls_dh1024_param_file = /nonexistent/dh512.pem\n' })), []);
    assert.deepEqual(run('tls-dh-params-small', withFiles({ main: 'smtpd_tls_dh1024_param_file = dh1024.pem\n' })), []);
  });
});
