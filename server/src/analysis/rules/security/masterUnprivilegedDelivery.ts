/** Catalogue SEC091 (2.8): local, pipe, spawn, virtual or nbdb_reindexd with the unpriv column `y` or `-`: they need root and stop with "requires privileged operation". */
import { setServiceField } from '../../security/edits';
import type { Finding, Rule } from '../../types';
import { at, fix } from './common';

const PRIVILEGED = new Set(['local', 'pipe', 'spawn', 'virtual', 'nbdb_reindexd']);

export const masterUnprivilegedDelivery: Rule = {
  id: 'master-unprivileged-delivery',
  defaultSeverity: 'error',
  description: 'local, pipe, spawn, virtual or nbdb_reindexd marked unprivileged (y or -): it needs root.',
  check({ model }) {
    const out: Finding[] = [];
    for (const s of model.services) {
      if (!s.service.valid || !PRIVILEGED.has(s.command)) continue;
      const f = s.service.fields[3];
      if (f.text === 'n') continue;
      out.push(at({ file: 'master', start: f.start, end: f.end }, `'${s.name}' runs ${s.command} unprivileged (unpriv column '${f.text}'${f.text === '-' ? ', which means y' : ''}), but ${s.command} must switch to the recipient's or the configured user itself and stops with a fatal "requires privileged operation". Set the unpriv column to n.`, undefined, fix('Set unpriv to n', [setServiceField(s, 3, 'n')], true)));
    }
    return out;
  },
};
