/**
 * All of our parameter documentation at once. The bundles replace this module with one that
 * reads dist/docs.json (written from this one by scripts/bundle.mjs) on first use, so the
 * ~470 KB of text is data next to the JavaScript, loaded only when a feature needs it.
 */
import { docs as general1 } from './params-general-1';
import { docs as general2 } from './params-general-2';
import { docs as general3 } from './params-general-3';
import { docs as tls1 } from './params-tls-1';
import { docs as tls2 } from './params-tls-2';
import { docs as templates } from './service-templates';
import type { ParamDocs } from './types';

export interface AllDocs {
  /** Per parameter name. */
  params: ParamDocs;
  /** Per service template, keyed `<service>_suffix`. */
  templates: ParamDocs;
}

export function loadDocs(): AllDocs {
  return { params: { ...general1, ...general2, ...general3, ...tls1, ...tls2 }, templates };
}
