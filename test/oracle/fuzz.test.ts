/**
 * Differential fuzzing: small main.cf/master.cf pairs generated from the grammar
 * (test/helpers/generate.ts) must give the same `postfix-lint --dump` as the real postconf:
 * the same decision to refuse the configuration and, when accepted, the same settings and
 * services. `npm test` uses a fixed seed, so CI is reproducible (FUZZ_SEED=N or FUZZ_SEED=random
 * picks another; the seed is always printed with its replay command) and runs 300 cases within a time budget (FUZZ_BUDGET_SECONDS, default 150: the cases left when it runs
 * out are skipped, and the count is printed); `npm run fuzz` runs 2000 cases without a budget.
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
import { fuzzSeed } from '../helpers/seed';

const skip = oracleUnavailable();
if (skip) console.log(`# SKIP differential fuzzing: ${skip}`);

// A fixed seed unless FUZZ_SEED says otherwise (npm run fuzz draws a new one); always printed.
const FIXED_SEED = 20261128;
const seed = fuzzSeed(process.env.FUZZ_SEED, FIXED_SEED);
const cases = Number(process.env.FUZZ_CASES ?? 300);
const budgetMs = Number(process.env.FUZZ_BUDGET_SECONDS ?? 150) * 1000;
const BATCH = 50;

describe('generated configurations agree with postconf 3.7', { skip }, () => {
  test(`${cases} generated main.cf/master.cf pairs (FUZZ_SEED=${seed})`, { timeout: 30 * 60_000 }, async () => {
    const replay = `FUZZ_SEED=${seed} FUZZ_CASES=${cases} FUZZ_BUDGET_SECONDS=0 node --test out/test/oracle/fuzz.test.js`;
    console.log(`# fuzz seed ${seed}, ${cases} cases; replay with ${replay}`);
    const started = Date.now();
    const samples = fc.sample(configPair(), { seed, numRuns: cases });
    const root = mkdtempSync(join(tmpdir(), 'pfx-fuzz-'));
    const failures: string[] = [];
    let done = 0;
    for (; done < samples.length; done += BATCH) {
      if (budgetMs > 0 && Date.now() - started > budgetMs) break;
      const batch = samples.slice(done, done + BATCH).map((c, k) => {
        const dir = join(root, String(done + k));
        mkdirSync(dir);
        writeFileSync(join(dir, 'main.cf'), c.main);
        writeFileSync(join(dir, 'master.cf'), c.master);
        return { index: done + k, main: join(dir, 'main.cf'), master: join(dir, 'master.cf') };
      });
      const oracles = await pool(batch, 8, (f) => runOracle(f.main, f.master));
      batch.forEach((f, k) => {
        const [main, master] = dump(['--postfix-version', '3.7', f.main, f.master]) as [MainDump, MasterDump];
        try {
          assertPairAgrees(main, master, oracles[k], `case ${f.index}`);
        } catch (e) {
          const c = samples[f.index];
          failures.push(`${(e as Error).message.slice(0, 1500)}\n--- main.cf:\n${c.main}--- master.cf:\n${c.master}`);
        }
      });
    }
    const ran = Math.min(done, samples.length);
    console.log(`# fuzz: ${ran} of ${cases} cases in ${Math.round((Date.now() - started) / 1000)} s${ran < cases ? ' (time budget reached)' : ''}`);
    if (failures.length) {
      const kinds = failures.map((f) => f.split('\n')[0].replace(/^case \d+: /, '').slice(0, 100));
      throw new Error(
        `${failures.length} of ${ran} cases disagree (replay: ${replay}; files kept in ${root}):\n${kinds.join('\n')}\n\n${failures.slice(0, 5).join('\n\n')}`,
      );
    }
  });
});
