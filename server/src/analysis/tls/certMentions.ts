/**
 * The main.cf settings that may name a client-certificate restriction (permit_tls_clientcerts,
 * permit_tls_all_clientcerts, check_ccert_access): every such name contains `cert`, so one pass
 * over main.cf per model finds the few values the rules then read closely.
 */
import type { ConfigModel } from '../../model/config';
import type { Parameter } from '../../parser/mainCf';

const found = new WeakMap<ConfigModel, readonly Parameter[]>();

/** Effective main.cf settings whose value as written contains `cert`, in the order of model.effective. */
export function certMentions(model: ConfigModel): readonly Parameter[] {
  let list = found.get(model);
  if (!list) {
    const out: Parameter[] = [];
    for (const p of model.effective.values()) if (p.value.text.includes('cert')) out.push(p);
    found.set(model, (list = out));
  }
  return list;
}
