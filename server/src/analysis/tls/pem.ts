/**
 * PEM files as Postfix's TLS library loads them: private keys (plain or passphrase-protected),
 * certificates and DH parameters, in file order. Parsing uses Node's crypto; anything it
 * cannot read is kept as "unreadable" so rules can stay quiet about it.
 */
import { createPrivateKey, createPublicKey, X509Certificate, type KeyObject } from 'node:crypto';

export type PemObject =
  | { kind: 'key'; encrypted: boolean; /** SubjectPublicKeyInfo DER of the key's public half. */ spki?: Buffer }
  | { kind: 'cert'; cert?: X509Certificate; spki?: Buffer }
  | { kind: 'dh'; primeBits?: number }
  | { kind: 'other'; label: string };

const KEY_LABELS = new Set(['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'DSA PRIVATE KEY']);
const CERT_LABELS = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE']);
const DH_LABELS = new Set(['DH PARAMETERS', 'X9.42 DH PARAMETERS']);

function spkiOf(key: KeyObject): Buffer | undefined {
  try {
    const pub = key.type === 'public' ? key : createPublicKey(key);
    return pub.export({ type: 'spki', format: 'der' });
  } catch {
    return undefined;
  }
}

const isLabelChar = (c: number) => (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 32;

/**
 * `-----BEGIN label-----`, a line break, the body and the first `-----END label-----` after it,
 * found with string searches (linear, unlike a lazy regex with a back-reference).
 */
function* pemBlocks(text: string): Generator<[block: string, label: string, body: string]> {
  const missing = new Set<string>();
  for (let from = 0; ; ) {
    const begin = text.indexOf('-----BEGIN ', from);
    if (begin < 0) return;
    from = begin + 1;
    let labelEnd = begin + 11;
    while (labelEnd < text.length && isLabelChar(text.charCodeAt(labelEnd))) labelEnd++;
    const label = text.slice(begin + 11, labelEnd);
    if (label === '' || !text.startsWith('-----', labelEnd) || missing.has(label)) continue;
    let bodyStart = labelEnd + 5;
    if (text[bodyStart] === '\r') bodyStart++;
    if (text[bodyStart] !== '\n') continue;
    bodyStart++;
    const endMark = `-----END ${label}-----`;
    const end = text.indexOf(endMark, bodyStart);
    if (end < 0) {
      missing.add(label);
      continue;
    }
    yield [text.slice(begin, end + endMark.length), label, text.slice(bodyStart, end)];
    from = end + endMark.length;
  }
}

/** The PEM objects of a file, in order. */
export function readPem(data: Buffer): PemObject[] {
  const text = data.toString('latin1');
  const out: PemObject[] = [];
  for (const [block, label, body] of pemBlocks(text)) {
    if (label === 'ENCRYPTED PRIVATE KEY' || (KEY_LABELS.has(label) && /Proc-Type:\s*4,\s*ENCRYPTED/.test(body))) {
      out.push({ kind: 'key', encrypted: true });
    } else if (KEY_LABELS.has(label)) {
      let spki: Buffer | undefined;
      try {
        spki = spkiOf(createPrivateKey(block));
      } catch {
        spki = undefined;
      }
      out.push({ kind: 'key', encrypted: false, spki });
    } else if (CERT_LABELS.has(label)) {
      let cert: X509Certificate | undefined;
      try {
        cert = new X509Certificate(Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64'));
      } catch {
        cert = undefined;
      }
      out.push({ kind: 'cert', cert, spki: cert && spkiOf(cert.publicKey) });
    } else if (DH_LABELS.has(label)) {
      out.push({ kind: 'dh', primeBits: dhPrimeBits(Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64')) });
    } else {
      out.push({ kind: 'other', label });
    }
  }
  return out;
}

/** DER length at `at`: returns [length, offset of the content]. */
function derLength(der: Buffer, at: number): [number, number] | undefined {
  if (at >= der.length) return undefined;
  const first = der[at];
  if (first < 0x80) return [first, at + 1];
  const n = first & 0x7f;
  if (n === 0 || n > 4 || at + 1 + n > der.length) return undefined;
  let len = 0;
  for (let i = 0; i < n; i++) len = len * 256 + der[at + 1 + i];
  return [len, at + 1 + n];
}

/** Bits of the prime p in DHParameter ::= SEQUENCE { p INTEGER, g INTEGER, ... }. */
export function dhPrimeBits(der: Buffer): number | undefined {
  if (der[0] !== 0x30) return undefined;
  const seq = derLength(der, 1);
  if (!seq || der[seq[1]] !== 0x02) return undefined;
  const int = derLength(der, seq[1] + 1);
  if (!int) return undefined;
  let [len, start] = int;
  if (start + len > der.length) return undefined;
  while (len > 0 && der[start] === 0) (start++, len--);
  if (len === 0) return 0;
  return (len - 1) * 8 + (32 - Math.clz32(der[start]));
}

/** True when `cert` names itself as issuer and is signed by its own key. */
export function selfSigned(cert: X509Certificate): boolean {
  try {
    return cert.checkIssued(cert) && cert.verify(cert.publicKey);
  } catch {
    return false;
  }
}
