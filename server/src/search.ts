/** Binary searches over lists kept in document order (lines, pieces, settings, edits). */

/** The first index whose item passes `test`, for a test that fails on a prefix of `items` and passes after it. */
export function firstIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(items[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The last of `items` (in order of their starts) that starts at or before `offset`. */
export function lastStartingAtOrBefore<T>(items: readonly T[], offset: number, startOf: (item: T) => number): T | undefined {
  const i = firstIndex(items, (item) => startOf(item) > offset);
  return i > 0 ? items[i - 1] : undefined;
}
