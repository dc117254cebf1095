/**
 * Keys, certificates and DH parameters generated at test time in a temporary directory: keys
 * with Node's crypto, certificates with the openssl command (skipped with a printed reason when
 * it is missing, a failure under CI=true), DH parameters from the RFC 2409/3526 MODP groups.
 */
import { execFileSync } from 'node:child_process';
import { getDiffieHellman, generateKeyPairSync } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localFileAccess } from '../../../../server/src/workspace/files';
import type { Input } from './helpers';

const files = localFileAccess();

/** The input with the local file access postfix-lint uses. */
export function withFiles(input: Input): Input {
  return { ...input, readFile: files.readFile, statFile: files.statFile };
}

/** Why certificates cannot be made here, or undefined. */
export function opensslUnavailable(): string | undefined {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return undefined;
  } catch {
    const reason = 'the openssl command is not installed; certificate file checks are skipped';
    if (process.env.CI) throw new Error(`${reason}, but CI must run them`);
    return reason;
  }
}

export interface Pki {
  dir: string;
  path: (name: string) => string;
  read: (name: string) => string;
  /** Writes `parts` (file names in dir) concatenated into `name`, with `mode`. */
  combine: (name: string, parts: string[], mode?: number) => string;
}

function ossl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

/**
 * root.crt/key (self-signed CA), inter.crt/key (CA issued by root), leaf.crt/key (issued by
 * inter), other.key (unrelated), self.crt/key (self-signed server certificate), enc.key
 * (passphrase-protected), dh1024.pem and dh2048.pem.
 */
export function makePki(): Pki {
  const dir = mkdtempSync(join(tmpdir(), 'postfix-tls-test-'));
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  const ca = join(dir, 'ca.ext');
  writeFileSync(ca, 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n');
  ossl(dir, ['req', '-x509', ...ec, '-keyout', 'root.key', '-out', 'root.crt', '-subj', '/CN=Test Root', '-days', '2']);
  ossl(dir, ['req', ...ec, '-keyout', 'inter.key', '-out', 'inter.csr', '-subj', '/CN=Test Intermediate']);
  ossl(dir, ['x509', '-req', '-in', 'inter.csr', '-CA', 'root.crt', '-CAkey', 'root.key', '-CAcreateserial', '-out', 'inter.crt', '-days', '2', '-extfile', ca]);
  ossl(dir, ['req', ...ec, '-keyout', 'leaf.key', '-out', 'leaf.csr', '-subj', '/CN=mail.example.org']);
  ossl(dir, ['x509', '-req', '-in', 'leaf.csr', '-CA', 'inter.crt', '-CAkey', 'inter.key', '-CAcreateserial', '-out', 'leaf.crt', '-days', '2']);
  ossl(dir, ['req', '-x509', ...ec, '-keyout', 'self.key', '-out', 'self.crt', '-subj', '/CN=self.example.org', '-days', '2']);
  const other = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  writeFileSync(join(dir, 'other.key'), other.privateKey.export({ type: 'pkcs8', format: 'pem' }));
  const enc = generateKeyPairSync('rsa', { modulusLength: 1024 });
  writeFileSync(join(dir, 'enc.key'), enc.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'secret' }));
  writeFileSync(join(dir, 'dh1024.pem'), dhPem(getDiffieHellman('modp2').getPrime()));
  writeFileSync(join(dir, 'dh2048.pem'), dhPem(getDiffieHellman('modp14').getPrime()));
  const path = (name: string) => join(dir, name);
  const read = (name: string) => readFileSync(path(name), 'utf8');
  return {
    dir,
    path,
    read,
    combine(name, parts, mode = 0o600) {
      writeFileSync(path(name), parts.map(read).join(''));
      chmodSync(path(name), mode);
      return path(name);
    },
  };
}

/** A PEM "DH PARAMETERS" block: SEQUENCE { INTEGER p, INTEGER 2 }. */
export function dhPem(prime: Buffer): string {
  const int = (b: Buffer) => der(0x02, b[0] & 0x80 ? Buffer.concat([Buffer.from([0]), b]) : b);
  const body = der(0x30, Buffer.concat([int(prime), int(Buffer.from([2]))]));
  const b64 = body.toString('base64').replace(/(.{64})/g, '$1\n').trimEnd();
  return `-----BEGIN DH PARAMETERS-----\n${b64}\n-----END DH PARAMETERS-----\n`;
}

function der(tag: number, content: Buffer): Buffer {
  const n = content.length;
  const len = n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), len, content]);
}
