/**
 * Differential test: every real-world file of ../shared/corpus (main/ and master/) read by
 * `postfix-lint --dump` and by the real postconf must agree exactly. The templated/ files (Jinja,
 * ERB, placeholders) are not meant to be valid, but Postfix still reads them one way, and so
 * must we: the same comparison, with each file's kind from MANIFEST.tsv.
 */
import { describe, test } from 'node:test';
import type { MainDump, MasterDump } from '../../server/src/model/dump';
import { assertMainAgrees, assertMasterAgrees } from '../helpers/compare';
import { dump } from '../helpers/dump';
import { oracleUnavailable, pool, runOracle } from '../helpers/oracle';
import { corpusGroups } from '../helpers/paths';

const skip = oracleUnavailable();
if (skip) console.log(`# SKIP corpus differential tests: ${skip}`);

describe('corpus agrees with postconf 3.7', { skip }, () => {
  for (const { kind, files, group } of corpusGroups()) {
    test(`${group}: all ${files.length} files`, async () => {
      if (files.length === 0) throw new Error(`no corpus files found for ${kind}`);
      const ours = dump(['--kind', kind, '--postfix-version', '3.7', ...files]);
      const oracles = await pool(files, 4, (f) => (kind === 'main' ? runOracle(f, undefined) : runOracle(undefined, f)));
      const failures: string[] = [];
      files.forEach((f, i) => {
        try {
          if (kind === 'main') assertMainAgrees(ours[i] as MainDump, oracles[i], f);
          else assertMasterAgrees(ours[i] as MasterDump, oracles[i], f);
        } catch (e) {
          failures.push((e as Error).message.slice(0, 3000));
        }
      });
      if (failures.length) throw new Error(`${failures.length} of ${files.length} files disagree:\n\n${failures.join('\n\n')}`);
    });
  }
});
