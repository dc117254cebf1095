/**
 * The server's settings, declared once. `package.json` (contributes.configuration) must list
 * exactly these keys under `postfix.` with the same defaults; test/unit/settings.test.ts
 * checks that.
 */
import type { HostRole, SeveritySetting } from './analysis/types';

export interface ServerSettings {
  /** Target Postfix release (`3.7`, `3.11.2`); empty means from compatibility_level, else the newest. */
  version: string;
  /** Per-rule severity overrides. */
  rules: Record<string, SeveritySetting>;
  /** What this host is for (rules about relaying and exposure read it). */
  hostRole: HostRole;
  /** Inlay hints: expanded values and defaults after values. */
  inlayHints: { enabled: boolean };
  /** Path of the local postconf for the optional features that run it (machine-scoped). */
  postconfPath: string;
  /**
   * Where the files a configuration names (tables, keys, certificates) are read, in a trusted
   * workspace: '' where it names them, 'none' nowhere, else a directory read as if it were /.
   */
  fileRoot: string;
}

export const HOST_ROLES: readonly HostRole[] = ['unknown', 'internet-mx', 'internal-relay', 'null-client', 'submission-only'];

export const DEFAULT_SETTINGS: ServerSettings = {
  version: '',
  rules: {},
  hostRole: 'unknown',
  inlayHints: { enabled: false },
  postconfPath: '',
  fileRoot: '',
};

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];
const SEVERITIES = new Set<string>(SEVERITY_SETTINGS);

/** Validates what a client sent; anything malformed falls back to the default. */
export function normalizeSettings(raw: unknown): ServerSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, SeveritySetting> = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [k, v] of Object.entries(r.rules as Record<string, unknown>)) {
      if (typeof v === 'string' && SEVERITIES.has(v)) rules[k] = v as SeveritySetting;
    }
  }
  const hints = (r.inlayHints && typeof r.inlayHints === 'object' ? r.inlayHints : {}) as Record<string, unknown>;
  return {
    version: typeof r.version === 'string' ? r.version : DEFAULT_SETTINGS.version,
    rules,
    hostRole: HOST_ROLES.includes(r.hostRole as HostRole) ? (r.hostRole as HostRole) : DEFAULT_SETTINGS.hostRole,
    inlayHints: { enabled: typeof hints.enabled === 'boolean' ? hints.enabled : DEFAULT_SETTINGS.inlayHints.enabled },
    postconfPath: typeof r.postconfPath === 'string' ? r.postconfPath : DEFAULT_SETTINGS.postconfPath,
    fileRoot: typeof r.fileRoot === 'string' ? r.fileRoot : DEFAULT_SETTINGS.fileRoot,
  };
}

/**
 * `initializationOptions.trusted`: false when the editor runs the workspace in restricted mode
 * (VS Code's workspace trust). An untrusted server never runs a program and never reads a file
 * besides the documents the client sends. Editors without a trust model omit it: trusted.
 */
export function isTrusted(initializationOptions: unknown): boolean {
  const o = (initializationOptions && typeof initializationOptions === 'object' ? initializationOptions : {}) as Record<string, unknown>;
  return o.trusted !== false;
}
