/**
 * Values derived from a model live on the model (model/derived.ts), and repeated analyses leave
 * little for V8's young-generation collector to copy: the model of one keystroke must die young.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { describe, test } from 'node:test';
import { Derived } from '../../server/src/model/derived';
import { loadModel } from '../../server/src/model/load';
import { ROOT } from '../helpers/paths';

describe('Derived', () => {
  test('one value per model and per Derived; delete forgets only its own', () => {
    const a = loadModel({ main: 'myhostname = a.example\n' });
    const b = loadModel({ main: 'myhostname = a.example\n' });
    const first = new Derived<string>();
    const second = new Derived<number>();
    assert.equal(first.get(a), undefined);
    first.set(a, 'a');
    first.set(b, 'b');
    second.set(a, 1);
    assert.deepEqual([first.get(a), first.get(b), second.get(a), second.get(b)], ['a', 'b', 1, undefined]);
    first.delete(a);
    assert.deepEqual([first.get(a), first.get(b), second.get(a)], [undefined, 'b', 1]);
  });

  test('a model with derived values compares and prints as before', () => {
    const a = loadModel({ main: 'myhostname = a.example\n' });
    const before = inspect(a, { depth: Infinity });
    const keys = Reflect.ownKeys(a).filter((k) => Object.prototype.propertyIsEnumerable.call(a, k));
    new Derived<string>().set(a, 'kept');
    assert.equal(inspect(a, { depth: Infinity }), before);
    assert.deepStrictEqual(Reflect.ownKeys(a).filter((k) => Object.prototype.propertyIsEnumerable.call(a, k)), keys);
  });
});

/** Scavenges of `node --trace-gc-nvp` over repeated analyses of the 1,000-line benchmark input. */
function scavengeStats(): { count: number; promotedRatio: number } {
  const script = `
    const { analyze } = require(${JSON.stringify(join(ROOT, 'out/server/src/analysis/engine.js'))});
    const { loadModel } = require(${JSON.stringify(join(ROOT, 'out/server/src/model/load.js'))});
    const { mainCfOfLines } = require(${JSON.stringify(join(ROOT, 'out/bench/inputs.js'))});
    const text = mainCfOfLines(1000);
    for (let i = 0; i < 600; i++) analyze(loadModel({ main: text }));
  `;
  const run = spawnSync(process.execPath, ['--trace-gc-nvp', '-e', script], { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(run.status, 0, run.stderr);
  let allocated = 0;
  let promoted = 0;
  let count = 0;
  for (const line of run.stdout.split('\n')) {
    if (!line.includes(' gc=s ')) continue;
    count++;
    allocated += Number(/ allocated=(\d+)/.exec(line)?.[1] ?? 0);
    promoted += Number(/ promoted=(\d+)/.exec(line)?.[1] ?? 0) + Number(/ new_space_survived=(\d+)/.exec(line)?.[1] ?? 0);
  }
  return { count, promotedRatio: allocated ? promoted / allocated : NaN };
}

test('repeated analyses: the scavenger keeps under a tenth of what was allocated (more than half while models were WeakMap keys)', () => {
  const { count, promotedRatio } = scavengeStats();
  assert.ok(count >= 5, `only ${count} scavenges: the run allocates too little to judge`);
  assert.ok(promotedRatio < 0.1, `scavenges kept ${(promotedRatio * 100).toFixed(0)} % of the allocation`);
});
