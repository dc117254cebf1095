/** Catalogue SEC050 (2.4): a *_reject_code whose default is a permanent 5xx is set to 4xx, meant for testing: senders retry for days. */
import { allParameters } from '../../../data/parameters';
import type { ConfigModel } from '../../../model/config';
import type { Finding, Rule } from '../../types';
import { at, fix, writtenSettings } from './common';

/** The *_reject_code parameters whose default is a permanent 5xx code, with that default. */
let permanent: ReadonlyMap<string, string> | undefined;

function permanentCodes(): ReadonlyMap<string, string> {
  return (permanent ??= new Map(allParameters().filter((f) => f.name.endsWith('_reject_code') && /^5\d\d$/.test(f.default)).map((f) => [f.name, f.default])));
}

/**
 * The names of permanent-code parameters written anywhere: main.cf's in the order they are
 * first assigned, then those only master.cf sets, in the order its services set them.
 */
function writtenCodes(model: ConfigModel): string[] {
  const main: string[] = [];
  const rest = new Set<string>();
  for (const name of permanentCodes().keys()) {
    if (model.effective.has(name)) main.push(name);
    else if (model.services.some((s) => s.overrides.has(name))) rest.add(name);
  }
  const masterOnly: string[] = [];
  if (rest.size > 0) for (const s of model.services) for (const name of s.overrides.keys()) if (rest.delete(name)) masterOnly.push(name);
  return [...(main.length > 1 ? inEffectiveOrder(model, main) : main), ...masterOnly];
}

/** `names` (all set in main.cf) in the order of model.effective, looking no further than the last of them. */
function inEffectiveOrder(model: ConfigModel, names: string[]): string[] {
  const wanted = new Set(names);
  const out: string[] = [];
  for (const name of model.effective.keys()) {
    if (wanted.delete(name)) out.push(name);
    if (wanted.size === 0) break;
  }
  return out;
}

export const temporaryRejectCode: Rule = {
  id: 'temporary-reject-code',
  defaultSeverity: 'hint',
  description: 'A permanent reject code (unknown_local_recipient_reject_code and similar) set to 4xx, the testing setting.',
  check({ model }) {
    const out: Finding[] = [];
    for (const name of writtenCodes(model)) {
      const def = permanentCodes().get(name)!;
      for (const w of writtenSettings(model, name)) {
        if (!/^4\d\d$/.test(w.value)) continue;
        out.push(at(w.valueLoc, `${name} = ${w.value} turns a permanent rejection into a temporary one: senders keep retrying for days and never learn that the address is wrong. 4xx is meant only while testing the tables; use ${def}.`, undefined, fix(`Set ${def}`, [{ ...w.valueLoc, newText: def }])));
      }
    }
    return out;
  },
};
