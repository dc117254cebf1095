/**
 * The server's settings, declared once. `package.json` (contributes.configuration) must list
 * exactly these keys under `postfix.` with the same defaults; test/unit/settings.test.ts
 * checks that.
 */
import type { SeveritySetting } from './analysis/types';

export interface ServerSettings {
  /** Target Postfix release (`3.7`, `3.11.2`); empty means from compatibility_level, else the newest. */
  version: string;
  /** Per-rule severity overrides. */
  rules: Record<string, SeveritySetting>;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  version: '',
  rules: {},
};

const SEVERITIES = new Set(['off', 'hint', 'info', 'warning', 'error']);

/** Validates what a client sent; anything malformed falls back to the default. */
export function normalizeSettings(raw: unknown): ServerSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, SeveritySetting> = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [k, v] of Object.entries(r.rules as Record<string, unknown>)) {
      if (typeof v === 'string' && SEVERITIES.has(v)) rules[k] = v as SeveritySetting;
    }
  }
  return {
    version: typeof r.version === 'string' ? r.version : DEFAULT_SETTINGS.version,
    rules,
  };
}
