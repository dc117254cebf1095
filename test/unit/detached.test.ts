/**
 * Memos that outlive a model (suggestions, unknown-parameter messages, cipher strings, networks)
 * must not keep the documents their keys were read from: in V8 a substring can hold its whole
 * parent text, and each keystroke makes a new text.
 */
import assert from 'node:assert/strict';
import { serialize, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/analysis/engine';
import { detached } from '../../server/src/analysis/detached';
import { loadModel } from '../../server/src/model/load';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapUsedAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** A main.cf of about 800 KB (two bytes per character: it quotes with typographic marks). */
function bigMainCf(i: number): string {
  return [
    `# “version ${i}” ${'x'.repeat(400_000)}`,
    `header_checks_misspelt_${i} = regexp:/etc/postfix/header_checks`,
    `mynetworks = 127.0.0.0/8 192.168.${i}.0/24`,
    `tls_medium_cipherlist = RC4-MD5:aNULL-${i}-SHA:HIGH`,
    '',
  ].join('\n');
}

describe('detached', () => {
  test('copies the text', () => {
    const text = `“${'a'.repeat(40)}”`;
    assert.equal(detached(text.slice(1, 30)), 'a'.repeat(29));
    assert.equal(detached(''), '');
    assert.equal(detached(text.slice(0, 12)), `“${'a'.repeat(11)}`);
    assert.equal(detached('a\u0000b\n"\\'), 'a\u0000b\n"\\');
  });

  test('an ASCII copy is one byte per character, even when cut from a two-byte text', () => {
    // V8's serializer tags a one-byte string '"' and a two-byte one 'c' (after its 2-byte header).
    const tag = (s: string) => String.fromCharCode(serialize(s)[2]);
    const text = `“${'alias_database_2'.repeat(3)}”`;
    const name = text.slice(1, 17);
    assert.equal(tag(name), 'c', 'the cut name shares the two-byte text');
    assert.equal(tag(detached(name)), '"');
    assert.equal(detached(name), 'alias_database_2');
    assert.equal(tag(detached(text.slice(0, 17))), 'c', 'text outside ASCII stays as it is');
  });

  test('analyses of many large documents leave none of them alive in the memos', () => {
    const runs = 40;
    // Warm-up: the first analysis loads the facts and compiles the rules.
    analyze(loadModel({ main: bigMainCf(-1) }));
    const before = heapUsedAfterGc();
    let findings = 0;
    for (let i = 0; i < runs; i++) findings += analyze(loadModel({ main: bigMainCf(i) })).diagnostics.length;
    const grown = heapUsedAfterGc() - before;
    assert.ok(findings >= runs * 2, `the names and values were analysed (${findings} findings)`);
    // Kept documents would be 40 x 800 KB = 32 MB.
    assert.ok(grown < 6 * 1024 * 1024, `heap grew by ${(grown / 1048576).toFixed(1)} MB`);
  });
});
