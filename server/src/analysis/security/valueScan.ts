/**
 * The few main.cf settings whose values the whole-file rules read closely, found in one pass
 * over main.cf per model: values that may name a table (`type:name` needs a colon) and values
 * that may name a client-certificate restriction (permit_tls_clientcerts,
 * permit_tls_all_clientcerts and check_ccert_access all contain `cert`).
 */
import type { ConfigModel } from '../../model/config';
import { Derived } from '../../model/derived';
import type { Parameter } from '../../parser/mainCf';

export interface ValueScan {
  /** Effective settings whose value as written contains a colon, in the order of model.effective. */
  withColon: readonly Parameter[];
  /** Effective settings whose value as written contains `cert`, in the order of model.effective. */
  withCert: readonly Parameter[];
}

const scans = new Derived<ValueScan>();

export function valueScan(model: ConfigModel): ValueScan {
  let scan = scans.get(model);
  if (!scan) {
    const withColon: Parameter[] = [];
    const withCert: Parameter[] = [];
    for (const p of model.effective.values()) {
      const text = p.value.text;
      if (text.includes(':')) withColon.push(p);
      if (text.includes('cert')) withCert.push(p);
    }
    scans.set(model, (scan = { withColon, withCert }));
  }
  return scan;
}

/** Effective main.cf settings that may name a client-certificate restriction. */
export function certMentions(model: ConfigModel): readonly Parameter[] {
  return valueScan(model).withCert;
}
