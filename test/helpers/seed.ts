/** Seeds of the generated tests: FUZZ_SEED=N replays a run, `random` (or unset, where a test wants a new seed each run) draws one. */
export function fuzzSeed(env: string | undefined, fallback: number | undefined, random = Math.random): number {
  if (env === undefined || env === '') {
    if (fallback !== undefined) return fallback;
  } else if (env !== 'random' && Number.isInteger(Number(env))) {
    return Number(env);
  }
  return Math.floor(random() * 2 ** 31);
}
