/**
 * Postfix release numbers. A target written `X.Y` means the newest patch release of that line
 * (admins run the latest patch); `X.Y.Z` is exact.
 */
export type Version = number[];

export const NEWEST_STABLE = '3.11';
export const KNOWN_LINES = [
  '2.0', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9', '2.10', '2.11',
  '3.0', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '3.9', '3.10', '3.11',
];

/** Parsed versions by text (frozen: shared): the facts hold a few dozen distinct strings, asked for very often. */
const parsed = new Map<string, Version | undefined>();

export function parseVersion(text: string): Version | undefined {
  const hit = parsed.get(text);
  if (hit !== undefined || parsed.has(text)) return hit;
  const m = /^\s*(\d+)\.(\d+)(?:\.(\d+))?\s*$/.exec(text);
  const v = !m ? undefined : Object.freeze(m[3] === undefined ? [Number(m[1]), Number(m[2])] : [Number(m[1]), Number(m[2]), Number(m[3])]) as Version;
  if (parsed.size < 10000) parsed.set(text, v);
  return v;
}

/** Compares two versions; a missing patch number compares as "newest patch" (Infinity). */
export function compareVersions(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) {
    const x = a[i] ?? (i === 2 ? Infinity : 0);
    const y = b[i] ?? (i === 2 ? Infinity : 0);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** `since` strings as versions with patch 0 (frozen: shared), by text: a few dozen distinct strings. */
const sinceVersions = new Map<string, Version | null>();

function sinceVersion(since: string): Version | null {
  let v = sinceVersions.get(since);
  if (v === undefined) {
    const s = parseVersion(since.replace(/-dev$/, ''));
    v = s ? (Object.freeze([s[0], s[1], s[2] ?? 0]) as Version) : null;
    if (sinceVersions.size < 10000) sinceVersions.set(since, v);
  }
  return v;
}

/**
 * True when release `v` (X.Y or X.Y.Z) is at or after `since` (X.Y or X.Y.Z, as released; a
 * development snapshot `X.Y-dev` counts as X.Y.0, so no stable release before X.Y reaches it).
 */
export function atLeast(target: Version, since: string): boolean {
  // "since 3.7" means 3.7.0: compare patch numbers with 0 for the `since` side.
  const s = sinceVersion(since);
  return !s || compareVersions(target, s) >= 0;
}

/** Texts of the shared (frozen) versions parseVersion returns. */
const formatted = new WeakMap<Version, string>();

export function formatVersion(v: Version): string {
  if (!Object.isFrozen(v)) return v.join('.');
  let text = formatted.get(v);
  if (text === undefined) formatted.set(v, (text = v.join('.')));
  return text;
}
