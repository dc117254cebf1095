/** Catalogue SEC050 (2.4): a *_reject_code whose default is a permanent 5xx is set to 4xx, meant for testing: senders retry for days. */
import { parameterFact } from '../../../data/parameters';
import type { Finding, Rule } from '../../types';
import { at, fix, writtenSettings } from './common';

export const temporaryRejectCode: Rule = {
  id: 'temporary-reject-code',
  defaultSeverity: 'hint',
  description: 'A permanent reject code (unknown_local_recipient_reject_code and similar) set to 4xx, the testing setting.',
  check({ model }) {
    const out: Finding[] = [];
    const names = new Set([...model.effective.keys(), ...model.services.flatMap((s) => [...s.overrides.keys()])]);
    for (const name of names) {
      if (!name.endsWith('_reject_code')) continue;
      const def = parameterFact(name)?.default ?? '';
      if (!/^5\d\d$/.test(def)) continue;
      for (const w of writtenSettings(model, name)) {
        if (!/^4\d\d$/.test(w.value)) continue;
        out.push(at(w.valueLoc, `${name} = ${w.value} turns a permanent rejection into a temporary one: senders keep retrying for days and never learn that the address is wrong. 4xx is meant only while testing the tables; use ${def}.`, undefined, fix(`Set ${def}`, [{ ...w.valueLoc, newText: def }])));
      }
    }
    return out;
  },
};
