/**
 * TLS protocol lists (`*_tls_protocols`, `*_tls_mandatory_protocols`) read as Postfix's
 * tls_proto_mask_lims() reads them: elements separated by commas, whitespace or colons; a bare
 * name includes a protocol, `!name` excludes it, and from Postfix 3.6 `>=version` / `<=version`
 * set a floor and a ceiling (a name or a hexadecimal protocol number). When any name is
 * included, every protocol not included is excluded. Names are matched without regard to case.
 * One element Postfix does not understand makes the whole list invalid: the server then turns
 * TLS off and the client gives up on TLS for the session.
 */
import { atLeast, compareVersions, parseVersion, type Version } from '../../data/versions';

export const PROTOCOLS = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

/** Wire version numbers (SSLv2 is 0x0002), used to apply `>=` and `<=` bounds. */
const WIRE: Record<Protocol, number> = { SSLv2: 0x0002, SSLv3: 0x0300, TLSv1: 0x0301, 'TLSv1.1': 0x0302, 'TLSv1.2': 0x0303, 'TLSv1.3': 0x0304 };

export interface ProtocolElement {
  text: string;
  /** Offsets in the value text. */
  start: number;
  end: number;
  kind: 'include' | 'exclude' | 'floor' | 'ceiling';
  protocol?: Protocol;
  /** For bounds: the protocol number, 0 for "no bound". */
  wire?: number;
}

export type ProtocolProblemKind = 'unknown-name' | 'range-too-old' | 'space-after-bound' | 'tls13-too-old';

export interface ProtocolProblem {
  kind: ProtocolProblemKind;
  element: ProtocolElement;
  message: string;
}

export interface ProtocolList {
  elements: ProtocolElement[];
  /** True when Postfix rejects the list as a whole (TLS is then off for the server). */
  invalid: boolean;
  /** Protocols left enabled, before OpenSSL's contiguity rule (undefined when invalid). */
  enabled: Set<Protocol>;
  problems: ProtocolProblem[];
  /** The value is empty: every protocol the library supports. */
  empty: boolean;
  usesBounds: boolean;
}

/** True when release `target` knows the range syntax `>=`/`<=` (Postfix 3.6). */
export function supportsBounds(target: Version): boolean {
  return atLeast(target, '3.6');
}

/** True when release `target` knows the name TLSv1.3 (3.4, and the patch releases that gained it). */
export function knowsTls13(target: Version): boolean {
  if (atLeast(target, '3.4')) return true;
  return ['3.0.14', '3.1.10', '3.2.7', '3.3.2'].some((b) => {
    const v = parseVersion(b)!;
    return target[0] === v[0] && target[1] === v[1] && compareVersions(target, v) >= 0;
  });
}

function protocolNamed(name: string): Protocol | undefined {
  const lower = name.toLowerCase();
  return PROTOCOLS.find((p) => p.toLowerCase() === lower);
}

/** parse_tls_version(): a protocol name (SSLv3 or later, or None) or a hexadecimal number. */
function boundVersion(text: string): number | undefined {
  if (text.toLowerCase() === 'none') return 0;
  const named = protocolNamed(text);
  if (named && named !== 'SSLv2') return WIRE[named];
  // strtoul(..., 16) accepts leading blanks, a sign and a 0x prefix; none of those occur here.
  const m = /^(?:0[xX])?([0-9a-fA-F]*)$/.exec(text);
  if (!m) return undefined;
  return m[1] === '' ? 0 : parseInt(m[1], 16);
}

const SEPARATOR = /[\s,:]/;

export function splitElements(value: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && SEPARATOR.test(value[i])) i++;
    const start = i;
    while (i < value.length && !SEPARATOR.test(value[i])) i++;
    if (i > start) out.push({ text: value.slice(start, i), start, end: i });
  }
  return out;
}

/** What a release understands of a protocol list: the `>=`/`<=` bounds, the name TLSv1.3. */
interface Dialect {
  bounds: boolean;
  tls13: boolean;
  /** Lists already read in this dialect, by value (several rules read the same few values). */
  lists: Map<string, ProtocolList>;
}

const dialects = new WeakMap<Version, Dialect>();
const MAX_LISTS = 1000;

function dialectOf(target: Version): Dialect {
  let d = dialects.get(target);
  if (!d) dialects.set(target, (d = { bounds: supportsBounds(target), tls13: knowsTls13(target), lists: new Map() }));
  return d;
}

/** The list `value` as release `target` reads it. The result is shared: treat it as read-only. */
export function parseProtocolList(value: string, target: Version): ProtocolList {
  const d = dialectOf(target);
  let list = d.lists.get(value);
  if (!list) {
    if (d.lists.size >= MAX_LISTS) d.lists.clear();
    d.lists.set(value, (list = readProtocolList(value, d.bounds, d.tls13)));
  }
  return list;
}

function readProtocolList(value: string, bounds: boolean, tls13: boolean): ProtocolList {
  const elements: ProtocolElement[] = [];
  const problems: ProtocolProblem[] = [];
  const raw = splitElements(value);
  raw.forEach((tok, index) => {
    const problem = (kind: ProtocolProblemKind, element: ProtocolElement, message: string) => problems.push({ kind, element, message });
    if (tok.text.startsWith('>=') || tok.text.startsWith('<=')) {
      const element: ProtocolElement = { ...tok, kind: tok.text[0] === '>' ? 'floor' : 'ceiling' };
      elements.push(element);
      if (!bounds) {
        problem('range-too-old', element, `'${tok.text}' needs Postfix 3.6 or later; older releases reject the whole list`);
        return;
      }
      const wire = boundVersion(tok.text.slice(2));
      if (wire === undefined) {
        problem('unknown-name', element, `'${tok.text.slice(2)}' is not a protocol version Postfix knows`);
        return;
      }
      element.wire = wire;
      if (tok.text.length === 2 && index + 1 < raw.length) {
        problem('space-after-bound', element, `'${tok.text}' is followed by whitespace: Postfix reads it as "no bound" and '${raw[index + 1].text}' as a separate protocol`);
      }
      return;
    }
    const exclude = tok.text.startsWith('!');
    const name = exclude ? tok.text.slice(1) : tok.text;
    const element: ProtocolElement = { ...tok, kind: exclude ? 'exclude' : 'include', protocol: protocolNamed(name) };
    elements.push(element);
    if (!element.protocol) {
      const hex = /^(?:0[xX])?[0-9a-fA-F]+$/.test(name) && /\d/.test(name);
      problem('unknown-name', element, hex ? `'${tok.text}': hexadecimal versions are only allowed after '>=' or '<='` : `'${name}' is not a protocol name Postfix knows`);
    } else if (element.protocol === 'TLSv1.3' && !tls13) {
      problem('tls13-too-old', element, `'${tok.text}' needs Postfix 3.4 or later (or 3.0.14, 3.1.10, 3.2.7, 3.3.2); older releases reject the whole list`);
    }
  });
  const invalid = problems.some((p) => p.kind !== 'space-after-bound');
  const enabled = new Set<Protocol>();
  if (!invalid) {
    const included = elements.filter((e) => e.kind === 'include').map((e) => e.protocol!);
    const excluded = new Set(elements.filter((e) => e.kind === 'exclude').map((e) => e.protocol!));
    if (included.length > 0) for (const p of PROTOCOLS) if (!included.includes(p)) excluded.add(p);
    let floor = 0;
    let ceiling = 0;
    for (const e of elements) {
      if (e.kind === 'floor') floor = e.wire!;
      if (e.kind === 'ceiling') ceiling = e.wire!;
    }
    for (const p of PROTOCOLS) {
      if (excluded.has(p)) continue;
      if (floor && WIRE[p] < floor) continue;
      if (ceiling && WIRE[p] > ceiling) continue;
      enabled.add(p);
    }
  }
  return {
    elements,
    invalid,
    enabled,
    problems,
    empty: raw.length === 0,
    usesBounds: elements.some((e) => e.kind === 'floor' || e.kind === 'ceiling'),
  };
}

/**
 * A hole in the enabled range: a version that is off while both a lower and a higher one are on.
 * OpenSSL only negotiates a contiguous range starting at the lowest enabled version, so every
 * version above the hole is lost. Returns the lowest missing version and what is lost, or
 * undefined. SSLv2 is left out: no OpenSSL that Postfix supports today has it.
 */
export function findGap(enabled: Set<Protocol>): { missing: Protocol; lost: Protocol[] } | undefined {
  const order = PROTOCOLS.slice(1);
  const on = order.map((p) => enabled.has(p));
  const lo = on.indexOf(true);
  if (lo < 0) return undefined;
  const hole = on.indexOf(false, lo);
  if (hole < 0) return undefined;
  const lost = order.slice(hole).filter((p) => enabled.has(p));
  return lost.length > 0 ? { missing: order[hole], lost } : undefined;
}

/** The lowest enabled version of SSLv3 or later. */
export function lowestEnabled(enabled: Set<Protocol>): Protocol | undefined {
  return PROTOCOLS.slice(1).find((p) => enabled.has(p));
}

export function protocolIndex(p: Protocol): number {
  return PROTOCOLS.indexOf(p);
}

/**
 * The recommended way to write "`floor` and everything above it" for release `target`:
 * `>=floor` from 3.6, else an exclusion list of everything below. `compact` joins with commas
 * only (for a short-form master.cf `-o`).
 */
export function floorValue(floor: Protocol, target: Version, compact = false): string {
  if (supportsBounds(target)) return `>=${floor}`;
  const below = PROTOCOLS.slice(0, Math.max(2, protocolIndex(floor))).map((p) => `!${p}`);
  return below.join(compact ? ',' : ', ');
}

/**
 * The floor a list was meant to set: the version just above the highest one it turns off below
 * an enabled version (a list with a hole meant to exclude everything up to the hole), and at
 * least TLSv1.
 */
export function intendedFloor(enabled: Set<Protocol>): Protocol {
  const top = PROTOCOLS.reduce((hi, p, i) => (enabled.has(p) ? i : hi), -1);
  let floor = protocolIndex('TLSv1');
  for (let i = 1; i < top; i++) if (!enabled.has(PROTOCOLS[i])) floor = Math.max(floor, i + 1);
  return PROTOCOLS[Math.min(floor, PROTOCOLS.length - 1)];
}
