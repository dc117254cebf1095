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

/** The earliest of the marks found in `text` from `from`: [index, mark length], or undefined. */
function earliest(text: string, marks: string[], from: number): [number, number] | undefined {
  let best: [number, number] | undefined;
  for (const m of marks) {
    const i = text.indexOf(m, from);
    if (i >= 0 && (!best || i < best[0])) best = [i, m.length];
  }
  return best;
}

/** The text between the first DH PARAMETERS begin line and the first end line after it. */
function dhBody(pem: string): string | undefined {
  const begin = earliest(pem, ['-----BEGIN DH PARAMETERS-----', '-----BEGIN X9.42 DH PARAMETERS-----'], 0);
  if (!begin) return undefined;
  const start = begin[0] + begin[1];
  const end = earliest(pem, ['-----END DH PARAMETERS-----', '-----END X9.42 DH PARAMETERS-----'], start);
  return end && pem.slice(start, end[0]);
}

/** Bits of the prime p, or undefined when `pem` holds no readable DH parameters. */
export function dhPrimeBits(pem: string): number | undefined {
  const body = dhBody(pem);
  if (body === undefined) return undefined;
  const der = Buffer.from(body.replace(/\s+/g, ''), 'base64');
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
