/**
 * The benchmark's inputs (bench/inputs.ts) are what the issue asks for: the corpus concatenated
 * to an exact size, with names made unique so that duplicates do not dominate the findings.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { mainCfOfLines, masterCfOfServices } from '../../bench/inputs';
import { analyze } from '../../server/src/analysis/engine';
import { loadModel } from '../../server/src/model/load';
import { ROOT } from '../helpers/paths';

describe('benchmark inputs', () => {
  test('main.cf: exactly the lines asked for, every name set once', () => {
    const text = mainCfOfLines(30000);
    assert.equal(text.split('\n').length - 1, 30000);
    const model = loadModel({ main: text });
    const names = model.main!.parameters.map((p) => p.name);
    assert.ok(names.length > 5000, `${names.length} settings`);
    assert.equal(new Set(names).size, names.length, 'a name is set twice');
    const codes = analyze(model).diagnostics.map((d) => d.code);
    assert.equal(codes.filter((c) => c === 'duplicate-parameter').length, 0);
  });

  test('master.cf: exactly the services asked for, no service defined twice', () => {
    const model = loadModel({ master: masterCfOfServices(1500) });
    assert.equal(model.services.length, 1500);
    assert.equal(analyze(model).diagnostics.filter((d) => d.code === 'duplicate-service').length, 0);
  });

  test('without a corpus: a clear error, not an endless loop', () => {
    const inputs = join(ROOT, 'out/bench/inputs.js');
    for (const call of ['mainCfOfLines(10)', 'masterCfOfServices(10)']) {
      const run = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(inputs)}).${call}`], {
        env: { ...process.env, POSTFIX_SHARED_DIR: '/nonexistent' },
        encoding: 'utf8',
        timeout: 20000,
      });
      assert.equal(run.status, 1, `${call}: exit ${run.status} ${run.signal ?? ''}`);
      assert.match(run.stderr, /no usable (main|master)\.cf files in \/nonexistent\/corpus\/(main|master): the benchmark builds its inputs from the shared corpus/);
    }
  });
});
