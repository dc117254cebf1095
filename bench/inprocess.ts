/** Parse plus full analysis in process, warm, for growing inputs. */
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
  /** Median time of this size over the previous size's, and the input growth between them. */
  growth?: { time: number; input: number };
}

function measure(label: string, main: string | undefined, master: string | undefined, runs: number): SizeResult {
  const bytes = Buffer.byteLength((main ?? '') + (master ?? ''));
  const time = summarize(timeRuns(() => analyze(loadModel({ main, master })), runs));
  const model = loadModel({ main, master });
  const entries = (model.main?.parameters.length ?? 0) + model.services.length;
  return { label, bytes, time, mbPerSecond: bytes / 1e6 / (time.median / 1000), entries };
}

function withGrowth(results: SizeResult[]): SizeResult[] {
  return results.map((r, i) =>
    i === 0 ? r : { ...r, growth: { time: r.time.median / results[i - 1].time.median, input: r.bytes / results[i - 1].bytes } },
  );
}

export function inProcess(): SizeResult[] {
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
  return [...mains, ...masters, both];
}
