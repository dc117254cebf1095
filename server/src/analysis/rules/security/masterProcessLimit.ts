/**
 * Catalogue SEC090 (2.8): daemons that master refuses to run with another process limit: 1 for
 * qmgr, oqmgr, nqmgr, pickup, tlsmgr, anvil, scache, verify, postlogd, postscreen and
 * nbdb_reindexd; 0 for cleanup, bounce (also as defer/trace), flush, dnsblog and tlsproxy (3.4+).
 * Matched on the command column; `-` means $default_process_limit.
 */
import { atLeast } from '../../../data/versions';
import { setServiceField } from '../../security/edits';
import { targetName } from '../../security/context';
import { valueText } from '../../security/words';
import type { Finding, Rule, SeverityName } from '../../types';
import { at, fix } from './common';

const ONE = new Set(['qmgr', 'oqmgr', 'nqmgr', 'pickup', 'tlsmgr', 'anvil', 'scache', 'verify', 'postlogd', 'postscreen', 'nbdb_reindexd']);
const ZERO = new Set(['cleanup', 'bounce', 'flush', 'dnsblog', 'tlsproxy']);

export const masterProcessLimit: Rule = {
  id: 'master-process-limit',
  defaultSeverity: 'error',
  description: 'A daemon with a process limit master refuses (1 for qmgr, pickup, tlsmgr, anvil, ...; 0 for cleanup, bounce, flush, ...).',
  check({ model }) {
    const out: Finding[] = [];
    const dflt = valueText(model, 'default_process_limit') || '100';
    for (const s of model.services) {
      if (!s.service.valid) continue;
      const required = ONE.has(s.command) ? '1' : ZERO.has(s.command) ? '0' : undefined;
      if (!required) continue;
      const f = s.service.fields[6];
      const actual = f.text === '-' ? dflt : f.text;
      if (String(Number(actual)) === required) continue;
      let severity: SeverityName | undefined;
      let version = '';
      if (s.command === 'tlsproxy') {
        if (!atLeast(model.target, '3.4')) continue;
        if (model.targetAssumed) severity = 'info';
        version = ` (Postfix 3.4 and later; judged for ${targetName(model)})`;
      }
      const shown = f.text === '-' ? `- (default_process_limit, ${dflt})` : f.text;
      out.push(at({ file: 'master', start: f.start, end: f.end }, `'${s.name}' runs ${s.command} with process limit ${shown}, but master requires ${required} for ${s.command}${version}: it stops with "service ${s.name} requires a process limit of ${required}". Set the maxproc column to ${required}.`, severity, fix(`Set maxproc to ${required}`, [setServiceField(s, 6, required)], true)));
    }
    return out;
  },
};
