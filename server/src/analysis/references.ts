/**
 * Which names the configuration's own values refer to as `$name`, for fixes that must not
 * remove a setting something else still expands.
 */
import type { ConfigModel } from '../model/config';
import { Derived } from '../model/derived';
import { forEachRef } from '../parser/expression';
import { allSettings } from './settings';

const cache = new Derived<Set<string>>();

/** Every name referenced by an effective main.cf value or `-o` value. */
export function valueReferences(model: ConfigModel): Set<string> {
  let names = cache.get(model);
  if (!names) {
    names = new Set<string>();
    for (const s of allSettings(model)) if (s.effective && !s.plain) forEachRef(s.nodes, (r) => names!.add(r.name));
    cache.set(model, names);
  }
  return names;
}
