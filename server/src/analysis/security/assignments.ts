/**
 * Every main.cf assignment of a name, found by name: the effective (last) one from
 * model.effective and the earlier ones from model.overridden, indexed once per model, so no
 * rule walks all of main.cf to find the few assignments of one name.
 */
import type { ConfigModel } from '../../model/config';
import { Derived } from '../../model/derived';
import type { Parameter } from '../../parser/mainCf';

/** The assignments that a later one of the same name overrides, by name, in file order. */
const earlierOf = new Derived<Map<string, Parameter[]>>();

function earlierIndex(model: ConfigModel): Map<string, Parameter[]> {
  let index = earlierOf.get(model);
  if (!index) {
    index = new Map();
    for (const o of model.overridden) {
      const list = index.get(o.earlier.name);
      if (list) list.push(o.earlier);
      else index.set(o.earlier.name, [o.earlier]);
    }
    earlierOf.set(model, index);
  }
  return index;
}

/** All main.cf assignments of a name, in file order. */
export function assignments(model: ConfigModel, name: string): Parameter[] {
  const last = model.effective.get(name);
  if (!last) return [];
  const before = earlierIndex(model).get(name);
  return before ? [...before, last] : [last];
}
