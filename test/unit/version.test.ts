/** The version is written twice: package.json (VS Code, npm) and server/src/version.ts (postfix-lint, the server). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { PRODUCT_VERSION } from '../../server/src/version';
import { ROOT } from '../helpers/paths';

test('server/src/version.ts has package.json\'s version', () => {
  assert.equal(PRODUCT_VERSION, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
});
