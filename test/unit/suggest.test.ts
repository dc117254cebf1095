/**
 * "Did you mean": suggestions for a few misspellings (suggestSameness.test.ts compares the lookup
 * with the definition over many thousands of names).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseVersion } from '../../server/src/data/versions';
import { closestParameters } from '../../server/src/analysis/suggest';

describe('closestParameters', () => {
  test('misspellings of known names: the closest ones, closest first', () => {
    const v = parseVersion('3.8')!;
    assert.deepEqual(closestParameters('myhostnam', v).map((s) => s.name), ['myhostname']);
    assert.deepEqual(closestParameters('MYHOSTNAME', v).map((s) => s.name), ['myhostname']);
    assert.deepEqual(closestParameters('smtpd_tls_cert_fil', v, 1).map((s) => s.name), ['smtpd_tls_cert_file']);
    assert.deepEqual(closestParameters('myhostname', v), [], 'a known name is not its own suggestion');
    assert.deepEqual(closestParameters('zzzzzzzzzzzz', v), []);
  });
});
