/**
 * The JSON schema of the `postfix.rules` setting, made from the rule registry: package.json
 * holds a copy (scripts/rules-schema.mjs writes it, test/unit/settings.test.ts compares).
 */
import { RULES, ruleIds } from './analysis/rules';
import { SEVERITY_SETTINGS } from './settings';

export function rulesSettingSchema(): object {
  const properties: Record<string, object> = {};
  for (const r of RULES) properties[r.id] = { type: 'string', enum: [...SEVERITY_SETTINGS], markdownDescription: `${r.description} Default severity: ${r.defaultSeverity}.` };
  return {
    type: 'object',
    default: {},
    properties,
    additionalProperties: false,
    markdownDescription: 'Severity per rule id, for example `{"default-value": "off"}`. `postfix-lint --list-rules` lists the rules.',
  };
}

/** The ids in a rules setting that name no rule (the server logs them; VS Code flags them too). */
export function unknownRuleIds(rules: Readonly<Record<string, unknown>>): string[] {
  const known = ruleIds();
  return Object.keys(rules).filter((id) => !known.has(id));
}
