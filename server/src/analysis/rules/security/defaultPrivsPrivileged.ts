/** Catalogue SEC045 (2.4): default_privs is root, uid 0, the mail_owner or another system account: commands and files of root-owned aliases run with those rights. */
import { valueText } from '../../security/words';
import type { Rule } from '../../types';
import { at, fix, writtenSettings } from './common';

const PRIVILEGED = new Set(['root', 'toor', '0', 'daemon', 'bin', 'sys', 'adm', 'wheel', 'mail', 'operator']);

export const defaultPrivsPrivileged: Rule = {
  id: 'default-privs-privileged',
  defaultSeverity: 'error',
  description: 'default_privs names root, the Postfix owner or another privileged account.',
  check({ model }) {
    const owner = valueText(model, 'mail_owner') || 'postfix';
    return writtenSettings(model, 'default_privs').flatMap((w) => {
      const user = w.value.trim();
      if (!PRIVILEGED.has(user.toLowerCase()) && user !== owner) return [];
      const who = user === owner ? 'the Postfix owner (mail_owner)' : 'a privileged account';
      return [
        at(
          w.valueLoc,
          `default_privs = ${user} is ${who}: local delivery runs commands and writes files from root-owned aliases and from mail to root with these rights, so whoever controls such mail controls the system or the mail queue. Use default_privs = nobody (the default).`,
          undefined,
          fix('Set default_privs = nobody', [{ ...w.valueLoc, newText: 'nobody' }]),
        ),
      ];
    });
  },
};
