/**
 * Network patterns as Postfix's address lists (mynetworks and friends) read them: `a.b.c.d`,
 * `a.b.c.d/len`, `[ipv6]` and `[ipv6]/len`, and the shorthand `0/0`. Everything is plain
 * arithmetic on BigInt, so any prefix length is exact.
 */

import { detached } from '../detached';

export interface Network {
  family: 4 | 6;
  /** The address as written (without brackets and length). */
  address: string;
  value: bigint;
  /** Prefix length; 32 or 128 for a single address. */
  length: number;
  /** True when bits beyond the prefix are set (Postfix refuses such patterns). */
  hostBits: boolean;
}

function parseIPv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let v = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    v = (v << 8n) | BigInt(Number(p));
  }
  return v;
}

function parseIPv6(text: string): bigint | undefined {
  let head = text;
  let tail4: bigint | undefined;
  // An embedded IPv4 address at the end (::ffff:127.0.0.1).
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    tail4 = parseIPv4(text.slice(lastColon + 1));
    if (tail4 === undefined) return undefined;
    head = text.slice(0, lastColon + 1) + '0:0';
  }
  const halves = head.split('::');
  if (halves.length > 2) return undefined;
  const group = (s: string) => (s === '' ? [] : s.split(':'));
  const left = group(halves[0]);
  const right = halves.length === 2 ? group(halves[1]) : [];
  const missing = 8 - left.length - right.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const all = [...left, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...right];
  let v = 0n;
  for (const g of all) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
    v = (v << 16n) | BigInt(parseInt(g, 16));
  }
  if (tail4 !== undefined) v = (v & ~0xffffffffn) | tail4;
  return v;
}

/** Entries already parsed (the same few networks are asked for by several rules); null: not a network. */
const parsed = new Map<string, Network | null>();
const MAX_PARSED = 20000;

/**
 * Parses one list entry as a network pattern; undefined when it is not one (a name, a table).
 * The result is shared (frozen).
 */
export function parseNetwork(entry: string): Network | undefined {
  let n = parsed.get(entry);
  if (n === undefined) {
    if (parsed.size >= MAX_PARSED) parsed.clear();
    // The network's address is part of the key: both are made from a copy that holds no document.
    const own = detached(entry);
    const read = readNetwork(own);
    parsed.set(own, (n = read ? Object.freeze(read) : null));
  }
  return n ?? undefined;
}

function readNetwork(entry: string): Network | undefined {
  if (entry === '0/0') return { family: 4, address: '0.0.0.0', value: 0n, length: 0, hostBits: false };
  const m = /^(\[([^\]]+)\]|([0-9.]+))(?:\/(\d{1,3}))?$/.exec(entry);
  if (!m) return undefined;
  const v6 = m[2] !== undefined;
  const address = v6 ? m[2] : m[3];
  const value = v6 ? parseIPv6(address) : parseIPv4(address);
  if (value === undefined) return undefined;
  const bits = v6 ? 128 : 32;
  const length = m[4] === undefined ? bits : Number(m[4]);
  if (length > bits) return undefined;
  const mask = length === 0 ? 0n : ((1n << BigInt(length)) - 1n) << BigInt(bits - length);
  return { family: v6 ? 6 : 4, address, value, length, hostBits: (value & ~mask & ((1n << BigInt(bits)) - 1n)) !== 0n };
}

/** A bare IPv6 network without brackets (`::1/128`): Postfix reads the `:` as `type:table`. */
export function isBareIPv6(entry: string): boolean {
  const m = /^([0-9a-fA-F:.]+)(\/\d{1,3})?$/.exec(entry);
  return m !== null && (m[1].match(/:/g)?.length ?? 0) >= 2 && parseIPv6(m[1]) !== undefined;
}

/** The network address of `n` written back in Postfix syntax (host bits cleared). */
export function networkText(n: Network): string {
  const bits = n.family === 6 ? 128 : 32;
  const mask = n.length === 0 ? 0n : ((1n << BigInt(n.length)) - 1n) << BigInt(bits - n.length);
  const v = n.value & mask;
  if (n.family === 4) {
    const parts = [24n, 16n, 8n, 0n].map((s) => String((v >> s) & 255n));
    return `${parts.join('.')}/${n.length}`;
  }
  const groups: string[] = [];
  for (let s = 112n; s >= 0n; s -= 16n) groups.push(((v >> s) & 0xffffn).toString(16));
  // Compress the longest run of zero groups.
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > bestLen && j - i > 1) (best = i), (bestLen = j - i);
    i = j;
  }
  const text =
    best < 0 ? groups.join(':') : `${groups.slice(0, best).join(':')}::${groups.slice(best + bestLen).join(':')}`;
  return `[${text}]/${n.length}`;
}

const block = (text: string): Network => readNetwork(text)!;

const PRIVATE_V4 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '127.0.0.0/8', '169.254.0.0/16', '100.64.0.0/10'].map(block);
const PRIVATE_V6 = ['[fc00::]/7', '[fe80::]/10', '[::1]/128'].map(block);
const LOOPBACK_V4 = block('127.0.0.0/8');
const LOOPBACK_V6 = block('[::1]/128');

function within(n: Network, b: Network): boolean {
  if (b.family !== n.family || n.length < b.length) return false;
  const bits = n.family === 6 ? 128 : 32;
  const shift = BigInt(bits - b.length);
  return n.value >> shift === b.value >> shift;
}

/** True when every address of `n` is private, loopback, link-local or shared (not routed publicly). */
export function isPrivate(n: Network): boolean {
  return (n.family === 4 ? PRIVATE_V4 : PRIVATE_V6).some((b) => within(n, b));
}

export function isLoopback(n: Network): boolean {
  return within(n, n.family === 4 ? LOOPBACK_V4 : LOOPBACK_V6);
}

/** True when `n` covers more than the largest public block a site plausibly owns. */
export function coversInternet(n: Network): boolean {
  return n.family === 4 ? n.length < 8 : n.length < 7;
}
