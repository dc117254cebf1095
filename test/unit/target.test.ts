/** The target release: the setting, else a release-style compatibility_level, else the newest stable. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveTarget } from '../../server/src/model/target';
import { parseMainCf } from '../../server/src/parser/mainCf';

test('setting, then compatibility_level 3.6 or later, then 3.11', () => {
  const main = (text: string) => parseMainCf(text);
  assert.deepEqual(resolveTarget('2.11', main('compatibility_level = 3.6\n')), [2, 11]);
  assert.deepEqual(resolveTarget('3.7.11', undefined), [3, 7, 11]);
  assert.deepEqual(resolveTarget('', main('compatibility_level = 3.6\n')), [3, 6]);
  assert.deepEqual(resolveTarget(undefined, main('compatibility_level = 3.4\ncompatibility_level = 3.9\n')), [3, 9]);
  assert.deepEqual(resolveTarget(undefined, main('compatibility_level = 2\n')), [3, 11]);
  assert.deepEqual(resolveTarget(undefined, main('compatibility_level = 3.4\n')), [3, 11], 'release-style levels start at 3.6');
  assert.deepEqual(resolveTarget('not a version', main('')), [3, 11]);
});
