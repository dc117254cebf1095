/**
 * The server fixes V8's young generation once initialized (server/src/youngGeneration.ts): grown
 * to two 8 MB semi-spaces and kept there through a large job, where V8 alone grows it to 32 MB.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers/paths';

/** New-space size in MB after a job that keeps ~60 MB of small objects alive, with or without the fix. */
function newSpaceAfterLargeJob(fixed: boolean): number {
  const script = `
    const { getHeapSpaceStatistics } = require('node:v8');
    ${fixed ? `require(${JSON.stringify(join(ROOT, 'out/server/src/youngGeneration.js'))}).fixYoungGeneration();` : ''}
    const kept = [];
    for (let i = 0; i < 60000; i++) kept.push(new Array(128).fill(i));
    const size = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
    process.stdout.write(String(size / 1048576) + ' ' + kept.length);
  `;
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return Number(run.stdout.split(' ')[0]);
}

test('young generation: 16 MB (two 8 MB semi-spaces) after a large job, where V8 alone grows it further', () => {
  assert.equal(newSpaceAfterLargeJob(true), 16);
  assert.ok(newSpaceAfterLargeJob(false) > 16, 'without the fix V8 grows the space past 16 MB (else this test proves nothing)');
});
