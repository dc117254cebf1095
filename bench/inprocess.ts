/** Parse plus full analysis in process, warm, for growing inputs. */
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { analyze } from '../server/src/analysis/engine';
import { loadModel } from '../server/src/model/load';
import { mainCfOfLines, masterCfOfServices } from './inputs';
import { summarize, timeRuns, type Summary } from './stats';

export interface SizeResult {
  label: string;
  bytes: number;
  time: Summary;
  mbPerSecond: number;
  /** main.cf settings plus master.cf services: what most of the work is per. */
  entries: number;
  /** The diagnostics of one analysis: what the work produces. */
  findings: number;
  /** Median time of this size over the previous size's, and the input growth between them. */
  growth?: { time: number; input: number };
  /**
   * The share of the measured runs' time in which V8's collector held up the analysis (its
   * pauses on the main thread): what makes a large input cost more per setting than a small one.
   */
  gcShare: number;
}

/** The collector's pauses, as V8 reports them (delivered a little after they happen). */
const pauses: PerformanceEntry[] = [];

function measure(label: string, main: string | undefined, master: string | undefined, runs: number) {
  const bytes = Buffer.byteLength((main ?? '') + (master ?? ''));
  const window = { start: 0, end: 0 };
  const samples = timeRuns(() => analyze(loadModel({ main, master })), runs, undefined, window);
  const time = summarize(samples);
  const model = loadModel({ main, master });
  const entries = (model.main?.parameters.length ?? 0) + model.services.length;
  const findings = analyze(model).diagnostics.length;
  return { label, bytes, time, mbPerSecond: bytes / 1e6 / (time.median / 1000), entries, findings, window };
}

/** The share of `window` spent in the collector's pauses that started within it. */
function gcShare(window: { start: number; end: number }): number {
  let paused = 0;
  for (const p of pauses) if (p.startTime >= window.start && p.startTime < window.end) paused += p.duration;
  return paused / (window.end - window.start);
}

function withGrowth<R extends Omit<SizeResult, 'gcShare'>>(results: R[]): R[] {
  return results.map((r, i) =>
    i === 0 ? r : { ...r, growth: { time: r.time.median / results[i - 1].time.median, input: r.bytes / results[i - 1].bytes } },
  );
}

export async function inProcess(): Promise<SizeResult[]> {
  const observer = new PerformanceObserver((list) => pauses.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  const master100 = masterCfOfServices(100);
  const mains = withGrowth([
    measure('main.cf 1,000 lines', mainCfOfLines(1000), undefined, 200),
    measure('main.cf 10,000 lines', mainCfOfLines(10000), undefined, 40),
    measure('main.cf 100,000 lines', mainCfOfLines(100000), undefined, 20),
  ]);
  const masters = withGrowth([
    measure('master.cf 100 services', undefined, master100, 200),
    measure('master.cf 5,000 services', undefined, masterCfOfServices(5000), 20),
  ]);
  const both = measure('main.cf 1,000 lines + master.cf 100 services', mainCfOfLines(1000), master100, 200);
  // The observer hears of the last pauses on a later turn of the event loop.
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
  observer.disconnect();
  return [...mains, ...masters, both].map(({ window, ...r }) => ({ ...r, gcShare: gcShare(window) }));
}
