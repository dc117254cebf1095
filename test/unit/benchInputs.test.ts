/**
 * The benchmark's inputs (bench/inputs.ts) are what the issue asks for: the corpus concatenated
 * to an exact size, with names made unique so that duplicates do not dominate the findings.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mainCfOfLines, masterCfOfServices } from '../../bench/inputs';
import { analyze } from '../../server/src/analysis/engine';
import { loadModel } from '../../server/src/model/load';

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
});
