/**
 * The README's general rule table lists every registered rule with its default severity, and
 * nothing else; the TLS and security rules have tables of their own (with catalogue ids),
 * checked by test/unit/rules/tls/catalogue.test.ts and test/unit/rules/security/registry.test.ts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RULES } from '../../server/src/analysis/rules';
import { SECURITY_RULES } from '../../server/src/analysis/rules/security';
import { TLS_RULES } from '../../server/src/analysis/rules/tls';
import { ROOT } from '../helpers/paths';

test('README rule table matches the registry', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const rows = [...readme.matchAll(/^\| `([a-z0-9-]+)` \| (error|warning|info|hint)\b[^|]*\| /gm)].map((m) => `${m[1]} ${m[2]}`);
  const own = new Set<unknown>([...TLS_RULES, ...SECURITY_RULES]);
  const general = RULES.filter((r) => !own.has(r));
  assert.deepEqual(rows.sort(), general.map((r) => `${r.id} ${r.defaultSeverity}`).sort());
});
