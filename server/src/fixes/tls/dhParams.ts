/**
 * The size of the prime in a PEM "DH PARAMETERS" file (what `openssl dhparam` writes): the
 * DER is SEQUENCE { INTEGER p, INTEGER g [, INTEGER length] }.
 */

function readLength(der: Buffer, at: number): { length: number; next: number } | undefined {
  if (at >= der.length) return undefined;
  const first = der[at];
  if (first < 0x80) return { length: first, next: at + 1 };
  const n = first & 0x7f;
  if (n === 0 || n > 4 || at + 1 + n > der.length) return undefined;
  let length = 0;
  for (let i = 0; i < n; i++) length = length * 256 + der[at + 1 + i];
  return { length, next: at + 1 + n };
}

/** Bits of the prime p, or undefined when `pem` holds no readable DH parameters. */
export function dhPrimeBits(pem: string): number | undefined {
  const m = /-----BEGIN (?:X9\.42 )?DH PARAMETERS-----([\s\S]*?)-----END (?:X9\.42 )?DH PARAMETERS-----/.exec(pem);
  if (!m) return undefined;
  const der = Buffer.from(m[1].replace(/\s+/g, ''), 'base64');
  if (der[0] !== 0x30) return undefined;
  const seq = readLength(der, 1);
  if (!seq || der[seq.next] !== 0x02) return undefined;
  const int = readLength(der, seq.next + 1);
  if (!int || int.next + int.length > der.length) return undefined;
  let i = int.next;
  const end = int.next + int.length;
  while (i < end && der[i] === 0) i++;
  if (i === end) return 0;
  return (end - i) * 8 - (Math.clz32(der[i]) - 24);
}
