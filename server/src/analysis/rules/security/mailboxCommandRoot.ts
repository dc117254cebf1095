/**
 * Catalogue SEC047 (2.4): mailbox_command is set. It does not run as root: it runs as the
 * recipient, and mail for root runs it as default_privs. When the alias file can be read and has
 * no root: alias, a hint suggests one.
 */
import { parseTableRef, tableEntries } from '../../security/tables';
import { settingValueLocation, valueWords } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at } from './common';

export const mailboxCommandRoot: Rule = {
  id: 'mailbox-command-root',
  defaultSeverity: 'info',
  description: 'mailbox_command runs as the recipient, and for root as default_privs: mail for root should go to a person.',
  check(ctx) {
    const { model } = ctx;
    const vw = valueWords(model, 'mailbox_command');
    const loc = settingValueLocation(vw.effective);
    if (!loc || vw.words.length === 0) return [];
    const out: Finding[] = [
      at(loc, 'mailbox_command runs with the rights of the recipient, not as root; for mail to root it runs as default_privs. Make sure mail for root is aliased to a real person (root: admin in the aliases file).'),
    ];
    for (const w of valueWords(model, 'alias_maps').words) {
      const ref = parseTableRef(w.text);
      if (!ref || !w.loc) continue;
      const entries = tableEntries(ctx, w.text);
      if (entries && !entries.some((e) => /^root:?$/i.test(e.key))) {
        out.push(at(w.loc, `${w.text} has no alias for root: root's mail is delivered through mailbox_command with default_privs rights, where nobody reads it. Add root: <admin> and run newaliases.`, 'hint'));
      }
    }
    return out;
  },
};
