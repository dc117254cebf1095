/**
 * The benchmark's inputs (bench/inputs.ts) are what the issue asks for: the corpus concatenated
 * to an exact size, with names made unique so that duplicates do not dominate the findings.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fleetOfCorpus, mainCfOfLines, masterCfOfServices } from '../../bench/inputs';
import { analyze } from '../../server/src/analysis/engine';
import { dumpMain } from '../../server/src/model/dump';
import { loadModel } from '../../server/src/model/load';
import { corpusFiles, ROOT } from '../helpers/paths';

const { leastRead } = require(join(ROOT, 'bench/least-reader.cjs')) as { leastRead: (text: string) => string };

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

  test('fleet: every corpus main.cf Postfix accepts, as it is, each with a corpus master.cf', () => {
    const read = (kind: 'main' | 'master') => corpusFiles(kind).map((f) => readFileSync(f, 'utf8').replace(/\r\n/g, '\n'));
    const mains = read('main');
    const masters = new Set(read('master'));
    const refused = mains.filter((text) => dumpMain(loadModel({ main: text }), '').errors.length > 0);
    const fleet = fleetOfCorpus();
    assert.ok(fleet.length > 50, `${fleet.length} configurations`);
    assert.equal(fleet.length + refused.length, mains.length);
    assert.deepEqual(
      fleet.map((c) => c.main),
      mains.filter((text) => !refused.includes(text)),
    );
    for (const [i, c] of fleet.entries()) assert.ok(masters.has(c.master), `configuration ${i + 1}: its master.cf is not a corpus file`);
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

  test('the least reader, a floor: continuation lines joined, last value wins, sorted, comments and blank lines skipped', () => {
    const text = [
      'myorigin = $myhostname',
      'smtpd_recipient_restrictions =',
      '    permit_mynetworks,',
      '# a comment inside the value',
      '',
      '\treject_unauth_destination  ',
      'not a setting',
      '  ignored continuation of nothing',
      'alias_maps = hash:/etc/aliases',
      'myorigin=example.com',
    ].join('\n');
    assert.equal(
      leastRead(text),
      'alias_maps = hash:/etc/aliases\nmyorigin = example.com\nsmtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination\n',
    );
  });
});
