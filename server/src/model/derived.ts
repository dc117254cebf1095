/**
 * Values derived from one configuration model (the settings views, parsed lists, indexes that
 * several rules share), kept on the model itself so that they live exactly as long as it does.
 *
 * Why not a WeakMap keyed by the model: in Node 20's V8 the young-generation collector keeps
 * the values of a live WeakMap whose keys are young. Every model, with all that was derived from
 * it, then survived each scavenge and was promoted, to die later in a full collection: on
 * repeated analyses (every keystroke in the editor) about half of what the analysis allocated
 * was copied by the scavenger, and the old generation filled with dead models.
 */
import type { ConfigModel } from './config';

const SLOT = Symbol('derived');

type WithDerived = ConfigModel & { [SLOT]?: Map<Derived<unknown>, unknown> };

export class Derived<V> {
  get(model: ConfigModel): V | undefined {
    return (model as WithDerived)[SLOT]?.get(this) as V | undefined;
  }

  set(model: ConfigModel, value: V): void {
    const m = model as WithDerived;
    let values = m[SLOT];
    // Not enumerable: a model compared or printed in a test looks as it always did.
    if (!values) Object.defineProperty(m, SLOT, { value: (values = new Map()) });
    values.set(this, value);
  }

  delete(model: ConfigModel): void {
    (model as WithDerived)[SLOT]?.delete(this);
  }
}
