/**
 * master.cf `-o` name spaces as postconf keeps them: entries with the same name and type share
 * one (postconf_user.c), in which the last `-o` of a name wins. Made once per model: the dump,
 * the effective configuration and undefined-reference all look names up in them.
 */
import type { Override } from '../parser/masterCf';
import type { ConfigModel } from './config';
import { Derived } from './derived';

export interface OverrideNamespaces {
  /** By `name/type`: each name's winning `-o`, in the order the names first appear. */
  byService: ReadonlyMap<string, ReadonlyMap<string, Override>>;
  /** Every name some service sets with `-o`. */
  anywhere: ReadonlySet<string>;
}

/** The key of a service's name space. */
export function namespaceKey(s: { name: string; type: string }): string {
  return `${s.name}/${s.type}`;
}

const made = new Derived<OverrideNamespaces>();

/** The name spaces of `services` (buildModel needs them before the model exists). */
export function namespacesOf(services: readonly { name: string; type: string; overrides: ReadonlyMap<string, Override> }[]): OverrideNamespaces {
  const byService = new Map<string, Map<string, Override>>();
  const anywhere = new Set<string>();
  for (const s of services) {
    const key = namespaceKey(s);
    let own = byService.get(key);
    if (!own) byService.set(key, (own = new Map()));
    for (const [name, o] of s.overrides) (own.set(name, o), anywhere.add(name));
  }
  return { byService, anywhere };
}

export function overrideNamespaces(model: ConfigModel): OverrideNamespaces {
  let out = made.get(model);
  if (!out) made.set(model, (out = namespacesOf(model.services)));
  return out;
}
