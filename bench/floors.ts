/**
 * Floors under the growth figure (round 17): how programs far simpler than the analysis grow
 * from the 10,000-line main.cf to the 100,000-line one, timed in process exactly as the analysis
 * is. Where even the least reader grows more than ten times, the growth target measures this
 * machine and these inputs, not the analysis.
 */
import { join } from 'node:path';
import { ROOT } from '../test/helpers/paths';
import { mainCfOfLines } from './inputs';
import { summarize, timeRuns, type Summary } from './stats';

export interface FloorResult {
  label: string;
  small: Summary;
  large: Summary;
  /** Median time of the large input over the small one's. */
  growth: number;
}

/** The pass of bench/least-reader.cjs (the floor of the whole-process comparison too), without its sort. */
const { lastValues } = require(join(ROOT, 'bench/least-reader.cjs')) as { lastValues: (text: string) => Map<string, string> };

/** Every character of the text read once, nothing kept: the machine's own growth for a plain pass. */
function readEveryCharacter(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  return hash;
}

/** Where each run's result goes (a module variable, which V8 must keep), so that the work is not dropped as unused. */
let sink = 0;

/** Each floor at 10,000 and 100,000 lines, with the runs and warm-up of the analysis's table. */
export function growthFloors(): FloorResult[] {
  const small = mainCfOfLines(10000);
  const large = mainCfOfLines(100000);
  const floors: [string, (text: string) => number][] = [
    ['every character read once', readEveryCharacter],
    ['least reader: last value of each name, one pass', (text) => lastValues(text).size],
  ];
  const results = floors.map(([label, fn]) => {
    const s = summarize(timeRuns(() => (sink ^= fn(small)), 40));
    const l = summarize(timeRuns(() => (sink ^= fn(large)), 20));
    return { label, small: s, large: l, growth: l.median / s.median };
  });
  return results;
}
