/**
 * Parity with postconf: for every corpus file (the templated ones too) and every hand-written case, the findings of our
 * parity rules (see server/src/analysis/postconf.ts) equal the warnings and errors of the
 * real postconf 3.7, judged with the target release set to 3.7.
 */
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { oracleUnavailable, pool, runOracle } from '../helpers/oracle';
import { analyzeForParity, parityDifference, postconfKeys } from '../helpers/parity';
import { corpusGroups } from '../helpers/paths';
import { PARITY_CASES } from './parityCases';
import { writeCase } from './caseFiles';

const skip = oracleUnavailable();
if (skip) console.log(`# SKIP parity tests: ${skip}`);

describe('parity rules agree with postconf 3.7', { skip }, () => {
  for (const { kind, files, group } of corpusGroups()) {
    test(`corpus ${group}: all ${files.length} files`, async () => {
      if (files.length === 0) throw new Error(`no corpus files found for ${kind}`);
      const oracles = await pool(files, 4, (f) => (kind === 'main' ? runOracle(f, undefined) : runOracle(undefined, f)));
      const failures: string[] = [];
      let compared = 0;
      files.forEach((f, i) => {
        const text = readFileSync(f, 'utf8');
        const ours = kind === 'main' ? analyzeForParity(text, '') : analyzeForParity('', text);
        const theirs = postconfKeys(oracles[i]);
        compared += theirs.keys.size;
        const diff = parityDifference(f, ours.keys, theirs);
        if (diff) failures.push(diff);
      });
      if (failures.length) throw new Error(`${failures.length} of ${files.length} files disagree:\n\n${failures.join('\n\n')}`);
      if (compared === 0) throw new Error('postconf reported nothing for the whole corpus: the oracle did not run');
    });
  }

  const cases = Object.entries(PARITY_CASES).map(([name, [main, master]]) => ({ name, main, master, files: writeCase(name, main, master) }));
  const oracles = skip ? Promise.resolve([]) : pool(cases, 8, (c) => runOracle(c.files.main, c.files.master));
  cases.forEach((c, i) => {
    test(`case: ${c.name}`, async () => {
      const theirs = postconfKeys((await oracles)[i]);
      const ours = analyzeForParity(c.main, c.master);
      if (theirs.keys.size === 0 && ours.keys.size === 0 && !c.name.startsWith('quiet:')) throw new Error('neither side reported anything: the case tests nothing');
      const diff = parityDifference(c.name, ours.keys, theirs);
      if (diff) throw new Error(diff);
    });
  });
});
