/**
 * Whether JSON.stringify writes two values as the same text, for what a publish holds: plain
 * objects, arrays, strings, numbers, booleans and null. Anything else (a class instance, a Date,
 * an object with a `toJSON` of its own, NaN, a cycle) counts as different unless it is the very
 * same value, which can only make the caller encode it afresh. The same object counts as the
 * same: a message is not changed once it is handed to the transport. Nothing is allocated: this
 * runs for every diagnostic of every publish.
 */

/** Deeper than any LSP message: past it (a cycle, say) values count as different. */
const MAX_DEPTH = 32;
/** The keys of the object compared at each depth, in order (reused: one array per depth). */
const keysAt: string[][] = [];

/**
 * An object JSON.stringify writes key by key: made by `{...}` (no class, no null prototype: those
 * count as different) and without a `toJSON`, which would decide instead. Property loads: on
 * the objects of a publish V8 answers them from its caches, faster than Object.getPrototypeOf.
 */
function isPlainObject(value: { constructor?: unknown; toJSON?: unknown }): boolean {
  return value.constructor === Object && value.toJSON === undefined;
}

export function sameJson(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth > MAX_DEPTH) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i], depth + 1)) return false;
    return true;
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  // The values first, by the keys of `a`: most differences show in the first one (a
  // diagnostic's range), and then nothing else is looked at.
  const keys = (keysAt[depth] ??= []);
  let count = 0;
  for (const k in x) {
    if (!sameJson(x[k], y[k], depth + 1)) return false;
    keys[count++] = k;
  }
  // Then the keys of `b`: the same ones in the same order, which JSON.stringify follows.
  let i = 0;
  for (const k in y) if (i >= count || keys[i++] !== k) return false;
  return i === count;
}
