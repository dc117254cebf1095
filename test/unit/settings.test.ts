/**
 * The settings are declared twice: in the server (DEFAULT_SETTINGS, HOST_ROLES) and in
 * package.json contributes.configuration, which VS Code reads. They must not drift apart.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { DEFAULT_SETTINGS, HOST_ROLES, isTrusted, normalizeSettings, SEVERITY_SETTINGS } from '../../server/src/settings';
import { ROOT } from '../helpers/paths';
import { RULES } from '../../server/src/analysis/rules';
import { rulesSettingSchema, unknownRuleIds } from '../../server/src/rulesSchema';

interface Property {
  type: string;
  default: unknown;
  enum?: string[];
  scope?: string;
  additionalProperties?: { enum?: string[] };
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const properties: Record<string, Property> = manifest.contributes.configuration.properties;
/** Settings that only the VS Code client reads. */
const CLIENT_ONLY = ['postfix.trace.server'];

/** `{inlayHints: {enabled: false}}` → `postfix.inlayHints.enabled`; an empty object (rules) is a leaf. */
function flatten(value: object, prefix: string, out: Map<string, unknown>): Map<string, unknown> {
  for (const [k, v] of Object.entries(value)) {
    const key = `${prefix}.${k}`;
    if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0) flatten(v, key, out);
    else out.set(key, v);
  }
  return out;
}

describe('settings: package.json and the server agree', () => {
  const server = flatten(DEFAULT_SETTINGS, 'postfix', new Map());

  test('the same keys, all under postfix., plus the client-only trace setting', () => {
    assert.deepEqual(Object.keys(properties).sort(), [...server.keys(), ...CLIENT_ONLY].sort());
    assert.ok(Object.keys(properties).every((k) => k.startsWith('postfix.')));
  });

  test('the same defaults and JSON types', () => {
    for (const [key, value] of server) {
      assert.deepEqual(properties[key].default, value, key);
      const type = typeof value === 'object' ? 'object' : typeof value;
      assert.equal(properties[key].type, type, key);
    }
  });

  test('the same value sets: host roles and rule severities', () => {
    assert.deepEqual(properties['postfix.hostRole'].enum, [...HOST_ROLES]);
    // package.json's copy of the rules schema is the registry's (npm run generate:rules-schema writes it).
    assert.deepEqual(properties['postfix.rules'], rulesSettingSchema());
    const rules = properties['postfix.rules'] as unknown as { properties: Record<string, { enum: string[] }>; additionalProperties: boolean };
    assert.deepEqual(Object.keys(rules.properties), RULES.map((r) => r.id));
    assert.ok(Object.values(rules.properties).every((p) => p.enum.join() === SEVERITY_SETTINGS.join()));
    assert.equal(rules.additionalProperties, false, 'an id that names no rule is flagged in settings.json');
  });

  test('postconfPath is machine-scoped and restricted in untrusted workspaces', () => {
    assert.equal(properties['postfix.postconfPath'].scope, 'machine');
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['postfix.postconfPath']);
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
  });

  test('the trace setting offers the levels the language client understands', () => {
    assert.deepEqual(properties['postfix.trace.server'].enum, ['off', 'messages', 'verbose']);
    assert.equal(properties['postfix.trace.server'].default, 'off');
  });

  test('the package.json defaults normalise to DEFAULT_SETTINGS', () => {
    const raw: Record<string, unknown> = {};
    for (const [key, p] of Object.entries(properties)) {
      const path = key.split('.').slice(1);
      let o = raw;
      for (const part of path.slice(0, -1)) o = (o[part] ??= {}) as Record<string, unknown>;
      o[path[path.length - 1]] = p.default;
    }
    assert.deepEqual(normalizeSettings(raw), DEFAULT_SETTINGS);
  });

  test('malformed values fall back to the defaults; bad severities are dropped', () => {
    const s = normalizeSettings({ version: 3, hostRole: 'mx', rules: { a: 'warning', b: 'loud' }, inlayHints: { enabled: 'yes' }, fileRoot: ['/srv'] });
    assert.deepEqual(s, { ...DEFAULT_SETTINGS, rules: { a: 'warning' } });
  });

  test('trust: only an explicit trusted: false restricts the server', () => {
    assert.equal(isTrusted({ trusted: false, settings: {} }), false);
    assert.equal(isTrusted({ trusted: true }), true);
    assert.equal(isTrusted(undefined), true);
    assert.equal(isTrusted({ settings: {} }), true);
  });

  test('unknown rule ids in the setting are found (the server logs them)', () => {
    assert.deepEqual(unknownRuleIds({ 'default-value': 'off', 'default-values': 'off', TLS002: 'error' }), ['default-values', 'TLS002']);
    assert.deepEqual(unknownRuleIds({}), []);
  });
});
