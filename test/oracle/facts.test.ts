/**
 * Hand-written cases for each fact of ../shared/postfix/syntax-facts.md and master-cf.md (and
 * the corners we found while building the parser), each read by `postfix-lint --dump` and by
 * the real postconf, which must agree.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { MainDump, MasterDump } from '../../server/src/model/dump';
import { assertMainAgrees, assertMasterAgrees } from '../helpers/compare';
import { dump } from '../helpers/dump';
import { oracleUnavailable, pool, runOracle, type OracleResult } from '../helpers/oracle';
import { MAIN_CASES, MASTER_CASES, PAIR_CASES } from './factCases';

const skip = oracleUnavailable();
if (skip) console.log(`# SKIP syntax fact cases: ${skip}`);

function write(name: string, main?: string, master?: string): { dir: string; main?: string; master?: string } {
  const dir = join(mkdtempSync(join(tmpdir(), 'pfx-fact-')), name.replace(/[^a-z0-9]+/gi, '-'));
  mkdirSync(dir);
  const out: { dir: string; main?: string; master?: string } = { dir };
  if (main !== undefined) writeFileSync((out.main = join(dir, 'main.cf')), main);
  if (master !== undefined) writeFileSync((out.master = join(dir, 'master.cf')), master);
  return out;
}

const cases = [
  ...Object.entries(MAIN_CASES).map(([name, text]) => ({ name, files: write(name, text) })),
  ...Object.entries(MASTER_CASES).map(([name, text]) => ({ name, files: write(name, undefined, text) })),
  ...Object.entries(PAIR_CASES).map(([name, [main, master]]) => ({ name, files: write(name, main, master) })),
];
// postconf takes about a second to exit after a fatal error: run the oracle concurrently.
const oracles: Promise<OracleResult[]> = skip ? Promise.resolve([]) : pool(cases, 8, (c) => runOracle(c.files.main, c.files.master));
const oracleFor = async (name: string) => (await oracles)[cases.findIndex((c) => c.name === name)];
const filesFor = (name: string) => cases.find((c) => c.name === name)!.files;

describe('syntax facts agree with postconf 3.7', { skip }, () => {
  for (const name of Object.keys(MAIN_CASES)) {
    test(`main.cf: ${name}`, async () => {
      const [ours] = dump(['--postfix-version', '3.7', filesFor(name).main!]);
      assertMainAgrees(ours as MainDump, await oracleFor(name), name);
    });
  }
  for (const name of Object.keys(MASTER_CASES)) {
    test(`master.cf: ${name}`, async () => {
      const [ours] = dump(['--postfix-version', '3.7', filesFor(name).master!]);
      assertMasterAgrees(ours as MasterDump, await oracleFor(name), name);
    });
  }
  for (const name of Object.keys(PAIR_CASES)) {
    test(`main.cf with master.cf: ${name}`, async () => {
      const f = filesFor(name);
      const [oursMain, oursMaster] = dump(['--postfix-version', '3.7', f.main!, f.master!]);
      const oracle = await oracleFor(name);
      assertMainAgrees(oursMain as MainDump, oracle, name);
      assertMasterAgrees(oursMaster as MasterDump, oracle, name);
    });
  }
});
