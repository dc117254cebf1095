// Writes the schema of the `postfix.rules` setting into package.json from the rule registry:
// one property per rule id (VS Code then completes the ids in settings.json, shows each rule's
// description on hover and flags an id that does not exist). Run after adding or renaming a
// rule: `npm run build && npm run generate:rules-schema`. test/unit/settings.test.ts fails while
// package.json and the registry disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { rulesSettingSchema } = require(join(root, 'out/server/src/rulesSchema.js'));
const path = join(root, 'package.json');
const manifest = JSON.parse(readFileSync(path, 'utf8'));
manifest.contributes.configuration.properties['postfix.rules'] = rulesSettingSchema();
// One line per severity list, not five: the 155 rules stay readable in package.json.
const severities = /"enum": \[\n\s+"off",\n\s+"hint",\n\s+"info",\n\s+"warning",\n\s+"error"\n\s+\]/g;
writeFileSync(path, JSON.stringify(manifest, null, 2).replace(severities, '"enum": ["off", "hint", "info", "warning", "error"]') + '\n');
console.log(`postfix.rules: ${Object.keys(manifest.contributes.configuration.properties['postfix.rules'].properties).length} rules written to package.json`);
