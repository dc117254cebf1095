/** The README's rule table lists every registered rule with its default severity, and nothing else. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RULES } from '../../server/src/analysis/rules';
import { ROOT } from '../helpers/paths';

test('README rule table matches the registry', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const rows = [...readme.matchAll(/^\| `([a-z-]+)` \| (error|warning|info|hint) \| /gm)].map((m) => `${m[1]} ${m[2]}`);
  assert.deepEqual(rows.sort(), RULES.map((r) => `${r.id} ${r.defaultSeverity}`).sort());
});
