/**
 * Fixes V8's young generation at two 8 MB semi-spaces for the life of the server. By default it
 * doubles up to two 16 MB semi-spaces during any large job and keeps the pages until the
 * process has been idle for a while: 25-32 MB of the ~155 MB the benchmark measured. With 8 MB
 * typing latency stays where it was (p95; RSS 138-143 MB); 4 MB saved another ~8 MB but made
 * typing and completion slower (p95 +2 ms), 1 MB, where V8 starts, slower still.
 *
 * V8 reads `--semi-space-growth-factor` each time it would grow the space, so it is honoured
 * when set at run time (`--max-semi-space-size`, read once when the heap is set up, is not, and
 * would need a flag on every command line that starts the server). So the space is grown here,
 * by keeping small objects alive until V8 has doubled it enough, and then frozen. The server
 * does it once initialized (5-10 ms, after its answer to initialize): until then only loading
 * its code has grown the space, to two 1 or 2 MB semi-spaces.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

const MB = 1024 * 1024;
/** Both semi-spaces, committed: what V8 reports as the new space's size. */
const TARGET = 2 * 8 * MB;
/** At most this much is allocated to make the space grow (it takes a few MB, 5-10 ms). */
const BUDGET = 16 * MB;

function newSpaceSize(): number {
  return getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? TARGET;
}

export function fixYoungGeneration(): void {
  const survivors: number[][] = [];
  for (let allocated = 0; allocated < BUDGET && newSpaceSize() < TARGET; allocated += 64 * 1040) {
    // 64 arrays of 128 numbers (about 1 KB each) between two looks at the space's size.
    for (let i = 0; i < 64; i++) survivors.push(new Array<number>(128).fill(i));
  }
  setFlagsFromString('--semi-space-growth-factor=1');
}
