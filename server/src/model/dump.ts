/**
 * `postfix-lint --dump`: what postconf makes of a file, in JSON, for differential testing
 * against `postconf -n` (main.cf) and `postconf -M` / `-P` (master.cf).
 */
import { parameterFact } from '../data/parameters';
import { normalizeWhitespace } from '../parser/lines';
import type { ConfigModel } from './config';
import { namespaceKey, overrideNamespaces } from './namespaces';

export interface MainDump {
  path: string;
  kind: 'main';
  parameters: Record<string, string>;
  errors: { line: number; message: string }[];
}

export interface MasterDump {
  path: string;
  kind: 'master';
  services: {
    name: string;
    type: string;
    private: string;
    unpriv: string;
    chroot: string;
    wakeup: string;
    maxproc: string;
    command: string;
    args: string[];
    overrides: Record<string, string>;
  }[];
  errors: { line: number; message: string }[];
}

function errorsOf(model: ConfigModel, file: 'main' | 'master') {
  const doc = file === 'main' ? model.main : model.master;
  const problems = [
    ...(doc?.problems ?? []).filter((p) => p.fatal),
    ...model.fatalExpressionProblems.filter((f) => f.file === file).map((f) => f.problem),
  ];
  return problems.sort((a, b) => a.start - b.start).map((p) => ({ line: p.line, message: p.message }));
}

export function dumpMain(model: ConfigModel, path: string): MainDump {
  const parameters: Record<string, string> = {};
  const names = [...model.effective.keys()].sort();
  for (const name of names) {
    const p = model.effective.get(name)!;
    if (parameterFact(name)?.status === 'read-only') continue;
    if (!model.usage.usedInMain(name)) continue;
    parameters[name] = p.value.normalized;
  }
  return { path, kind: 'main', parameters, errors: errorsOf(model, 'main') };
}

export function dumpMaster(model: ConfigModel, path: string): MasterDump {
  // Entries with the same name and type share one `-o` name space in postconf -P, which
  // shows the merged settings for each of them.
  const namespaces = new Map<string, Record<string, string>>();
  for (const [key, overrides] of overrideNamespaces(model).byService) {
    const merged: Record<string, string> = {};
    // postconf drops read-only parameters (process_name, ...) from a service as from main.cf.
    for (const [name, o] of overrides) if (parameterFact(name)?.status !== 'read-only') merged[name] = normalizeWhitespace(o.value);
    namespaces.set(key, merged);
  }
  // An entry sees the shared name space only once it exists: when it or an earlier entry of the
  // same name and type has an -o setting (postconf creates it on the first one).
  const created = new Set<string>();
  const services = model.services.map((s) => {
    const f = s.service.fields.map((x) => x.text);
    const key = namespaceKey(s);
    if (s.service.overrides.length > 0) created.add(key);
    const overrides = created.has(key) ? { ...namespaces.get(key) } : {};
    return {
      name: f[0],
      type: f[1],
      private: f[2],
      unpriv: f[3],
      chroot: f[4],
      wakeup: f[5],
      maxproc: f[6],
      command: f[7],
      args: s.service.args.map((a) => a.text),
      overrides,
    };
  });
  return { path, kind: 'master', services, errors: errorsOf(model, 'master') };
}
