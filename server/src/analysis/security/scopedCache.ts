/**
 * Values that many rules derive from one configuration (effective settings, list words, parsed
 * restriction lists), computed once per model and scope: main.cf alone, or one master.cf
 * service with its `-o` settings. Looked up by name; nothing is keyed on the whole text.
 */
import type { ConfigModel, ServiceModel } from '../../model/config';
import { Derived } from '../../model/derived';

export class ScopedCache<V> {
  /** Per model: main.cf's values at [0], each service's at [service.index + 1], by key. */
  private readonly byModel = new Derived<(Map<string, V> | undefined)[]>();

  constructor(private readonly compute: (model: ConfigModel, key: string, service: ServiceModel | undefined) => V) {}

  get(model: ConfigModel, key: string, service?: ServiceModel): V {
    let scopes = this.byModel.get(model);
    if (!scopes) this.byModel.set(model, (scopes = []));
    const values = (scopes[service ? service.index + 1 : 0] ??= new Map());
    let v = values.get(key);
    if (v === undefined && !values.has(key)) values.set(key, (v = this.compute(model, key, service)));
    return v as V;
  }
}
