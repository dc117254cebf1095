/**
 * Reading the TLS values that decide forward secrecy: protocol lists, cipher grades, EC group
 * lists and cipher exclusion lists, as Postfix splits them (whitespace, commas and colons).
 */
import type { Version } from '../../data/versions';
import { rangeSyntax } from './versions';

export const PROTOCOLS = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;
export const TLS1 = 2;
export const TLS12 = 4;
const TLS13 = 5;
const HEX: Record<string, number> = { '0x0002': 0, '0x0300': 1, '0x0301': 2, '0x0302': 3, '0x0303': 4, '0x0304': 5 };

function protocolIndex(name: string): number | undefined {
  const i = PROTOCOLS.findIndex((p) => p.toLowerCase() === name.toLowerCase());
  if (i >= 0) return i;
  return HEX[name.toLowerCase()];
}

/** Tokens of a list value with their offsets in the value. */
export function listTokens(value: string, separators = /[^\s,:]+/g): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  for (const m of value.matchAll(separators)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  return out;
}

/**
 * The protocol versions a list enables as OpenSSL applies it: one contiguous range from the
 * lowest enabled version (an excluded version in the middle cuts off everything above it).
 * Undefined when the list cannot be read for release `t` (unknown names, `>=` before 3.6).
 */
export function enabledProtocols(value: string, t: Version): { low: number; high: number } | null | undefined {
  let on = PROTOCOLS.map(() => true);
  const included: number[] = [];
  for (const { text } of listTokens(value)) {
    const bound = /^(>=|<=)(.+)$/.exec(text);
    if (bound) {
      const i = protocolIndex(bound[2]);
      if (i === undefined || !rangeSyntax(t)) return undefined;
      on = on.map((v, k) => v && (bound[1] === '>=' ? k >= i : k <= i));
      continue;
    }
    const excluded = text.startsWith('!');
    const i = protocolIndex(excluded ? text.slice(1) : text);
    if (i === undefined) return undefined;
    if (excluded) on[i] = false;
    else included.push(i);
  }
  if (included.length > 0) on = on.map((v, k) => v && included.includes(k));
  const low = on.indexOf(true);
  if (low < 0) return null;
  let high = low;
  while (high + 1 < on.length && on[high + 1]) high++;
  return { low, high };
}

/** True when a protocol list allows exactly `floor` up to TLS 1.3. */
export function protocolsAtLeast(value: string, floor: number, t: Version): boolean {
  const r = enabledProtocols(value, t);
  return !!r && r.low >= floor && r.high === TLS13;
}

/** The recommended value for a protocol floor in the syntax release `t` understands. */
export function protocolFloorValue(floor: number, t: Version, separator = ', '): string {
  if (rangeSyntax(t) && floor >= TLS1) return `>=${PROTOCOLS[floor]}`;
  return PROTOCOLS.slice(0, floor)
    .map((p) => `!${p}`)
    .join(separator);
}

/** Cipher grades that allow ciphers too weak to protect anything (before Postfix 3.8). */
export function isWeakGrade(value: string): boolean {
  const v = value.trim().toLowerCase();
  return v === 'export' || v === 'low';
}

/** Key-exchange classes whose exclusion removes forward secrecy from TLS 1.2 and older. */
export const FS_KEY_EXCHANGES = new Set(['kEECDH', 'EECDH', 'ECDHE', 'kECDHE', 'kEDH', 'EDH', 'DHE', 'kDHE']);

/** The forward-secret key exchanges a cipher exclusion list removes, with their offsets. */
export function excludedKeyExchanges(value: string): { text: string; start: number; end: number }[] {
  return listTokens(value).filter((t) => FS_KEY_EXCHANGES.has(t.text));
}

/**
 * What an EC group list lacks of X25519 and P-256 (a list naming DEFAULT lacks nothing).
 * X25519 counts only with `x25519` true: OpenSSL knows it from 1.1.0, which Postfix requires
 * from 3.6; older builds may not have it.
 */
export function missingCurves(value: string, x25519 = true): string[] {
  const names = listTokens(value, /[^\s,:/]+/g).map((t) => t.text.replace(/^[?*]+/, '').toLowerCase());
  if (names.includes('default')) return [];
  const missing: string[] = [];
  if (x25519 && !names.includes('x25519')) missing.push('X25519');
  if (!names.some((n) => n === 'prime256v1' || n === 'p-256' || n === 'secp256r1')) missing.push('P-256 (prime256v1)');
  return missing;
}
