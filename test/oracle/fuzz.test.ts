/**
 * Differential fuzzing: small main.cf/master.cf pairs generated from the grammar
 * (test/helpers/generate.ts) must give the same `postfix-lint --dump` as the real postconf:
 * the same decision to refuse the configuration and, when accepted, the same settings and
 * services. `npm test` runs 200 cases of a fixed seed; `npm run fuzz` runs 2000 cases of a new
 * seed each time. The seed is printed; replay a failure with FUZZ_SEED=<seed> FUZZ_CASES=<n>.
 */
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { MainDump, MasterDump } from '../../server/src/model/dump';
import { assertPairAgrees } from '../helpers/compare';
import { dump } from '../helpers/dump';
import { configPair } from '../helpers/generate';
import { oracleUnavailable, pool, runOracle } from '../helpers/oracle';

const skip = oracleUnavailable();
if (skip) console.log(`# SKIP differential fuzzing: ${skip}`);

// A fixed seed in `npm test` (the same cases every run); `npm run fuzz` draws a new one.
const seed = process.env.FUZZ_SEED === 'random' ? Date.now() % 2147483647 : Number(process.env.FUZZ_SEED ?? 3);
const cases = Number(process.env.FUZZ_CASES ?? 200);

describe('generated configurations agree with postconf 3.7', { skip }, () => {
  test(`${cases} generated main.cf/master.cf pairs (FUZZ_SEED=${seed})`, { timeout: 30 * 60_000 }, async () => {
    console.log(`# fuzz seed ${seed}, ${cases} cases; replay with FUZZ_SEED=${seed} FUZZ_CASES=${cases}`);
    const samples = fc.sample(configPair(), { seed, numRuns: cases });
    const root = mkdtempSync(join(tmpdir(), 'pfx-fuzz-'));
    const files = samples.map((c, i) => {
      const dir = join(root, String(i));
      mkdirSync(dir);
      writeFileSync(join(dir, 'main.cf'), c.main);
      writeFileSync(join(dir, 'master.cf'), c.master);
      return { main: join(dir, 'main.cf'), master: join(dir, 'master.cf') };
    });
    const oracles = await pool(files, 8, (f) => runOracle(f.main, f.master));
    const failures: string[] = [];
    files.forEach((f, i) => {
      const [main, master] = dump(['--postfix-version', '3.7', f.main, f.master]) as [MainDump, MasterDump];
      try {
        assertPairAgrees(main, master, oracles[i], `case ${i}`);
      } catch (e) {
        failures.push(`${(e as Error).message.slice(0, 1500)}\n--- main.cf:\n${samples[i].main}--- master.cf:\n${samples[i].master}`);
      }
    });
    if (failures.length) {
      const kinds = failures.map((f) => f.split('\n')[0].replace(/^case \d+: /, '').slice(0, 100));
      throw new Error(
        `${failures.length} of ${cases} cases disagree (FUZZ_SEED=${seed}; files kept in ${root}):\n${kinds.join('\n')}\n\n${failures.slice(0, 5).join('\n\n')}`,
      );
    }
  });
});
