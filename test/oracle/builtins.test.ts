/** Our set of built-in parameter names for Postfix 3.7 equals what Debian's postconf 3.7 knows. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { allParameters, isBuiltin } from '../../server/src/data/parameters';
import { parseVersion } from '../../server/src/data/versions';
import { oracleUnavailable } from '../helpers/oracle';

const skip = oracleUnavailable();
if (skip) console.log(`# SKIP built-in name set check: ${skip}`);

test('built-in names of 3.7 equal postconf -d of Debian 3.7', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'pfx-d-'));
  writeFileSync(join(dir, 'main.cf'), '');
  writeFileSync(join(dir, 'master.cf'), '');
  const out = execFileSync('postconf', ['-c', dir, '-d'], { encoding: 'utf8', env: { ...process.env, PATH: `${process.env.PATH}:/usr/sbin` } });
  const theirs = new Set(out.split('\n').filter(Boolean).map((l) => l.slice(0, l.indexOf(' ='))));
  const v37 = parseVersion('3.7')!;
  // postconf -d lists neither the legacy (renamed) names it still accepts nor the read-only
  // names it sets per process; the fact cases check that legacy names count as used.
  const ours = new Set(
    allParameters()
      .filter((p) => isBuiltin(p.name, v37) && p.status !== 'read-only' && p.status !== 'renamed')
      .map((p) => p.name),
  );
  for (const n of ['process_name', 'process_id', 'service_name']) theirs.delete(n);
  assert.deepEqual([...ours].filter((n) => !theirs.has(n)).sort(), [], 'names we call built-in that postconf 3.7 does not know');
  assert.deepEqual([...theirs].filter((n) => !ours.has(n)).sort(), [], 'names postconf 3.7 knows that we do not');
});
