/** Catalogue SEC048 (2.4): a pipe or spawn service runs its command as root or as the mail_owner (pipe refuses root; spawn dies with "request to deliver as root"). */
import { valueText } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at } from './common';

export const pipeUserPrivileged: Rule = {
  id: 'pipe-user-privileged',
  defaultSeverity: 'error',
  description: 'A pipe or spawn service with user=root or user=<mail_owner>.',
  check({ model }) {
    const owner = valueText(model, 'mail_owner') || 'postfix';
    const out: Finding[] = [];
    for (const s of model.services) {
      if (s.command !== 'pipe' && s.command !== 'spawn') continue;
      for (const a of s.service.args) {
        const m = /^user=([^:\s]+)/.exec(a.text);
        if (!m || (m[1] !== 'root' && m[1] !== owner && m[1] !== '0')) continue;
        out.push(at({ file: 'master', start: a.start, end: a.end }, `${s.command} service '${s.name}' runs its command as ${m[1]}: ${s.command} refuses root and the Postfix owner, and a delivery command with those rights could take over the system or the queue. Use a dedicated unprivileged user.`));
      }
    }
    return out;
  },
};
