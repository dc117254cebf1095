/** Catalogue SEC046 (2.4) [care]: allow_mail_to_commands or allow_mail_to_files contains `include`, so :include: files may run commands or write files. */
import { roleSeverity } from '../../security/context';
import { removeListWord } from '../../security/edits';
import { valueWords } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at, fix } from './common';

export const includeDeliveryAllowed: Rule = {
  id: 'include-delivery-allowed',
  defaultSeverity: 'warning',
  description: 'allow_mail_to_commands/allow_mail_to_files include `include`: :include: files may run commands or write files.',
  check(ctx) {
    const { model } = ctx;
    const severity = roleSeverity(ctx, 'SEC046', 'warning', true);
    if (!severity) return [];
    const out: Finding[] = [];
    for (const name of ['allow_mail_to_commands', 'allow_mail_to_files']) {
      const vw = valueWords(model, name);
      if (vw.effective?.source !== 'main') continue;
      vw.words.forEach((w, i) => {
        if (w.text.toLowerCase() !== 'include' || !w.loc) return;
        const what = name === 'allow_mail_to_commands' ? 'run commands' : 'write to files';
        out.push(at(w.loc, `${name} contains include: any :include: file named in an alias or .forward may then ${what} with the recipient's rights, which is off by default for that reason. Remove include unless a list manager needs it.`, severity, fix('Remove include', [removeListWord(vw.words, i)])));
      });
    }
    return out;
  },
};
