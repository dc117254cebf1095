/**
 * Catalogue SEC080 (2.7): the same literal domain in two address classes (mydestination,
 * virtual_alias_domains, virtual_mailbox_domains, relay_domains), after expanding $myhostname
 * and $mydomain. The mydestination/relay_domains pair is allowed (the legacy default). Tables
 * are not compared.
 */
import { valueWords, type Word } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at } from './common';

const CLASSES = ['mydestination', 'virtual_alias_domains', 'virtual_mailbox_domains', 'relay_domains'];

function literalDomains(words: Word[]): Word[] {
  return words.filter((w) => /^(\$[a-z_]+|[a-z0-9-]+(\.[a-z0-9$-]+)*\.?)$/i.test(w.text) || /^[a-z0-9-]+(\.[a-z0-9-]+)*\.\$[a-z_]+$/i.test(w.text));
}

export const domainInTwoClasses: Rule = {
  id: 'domain-in-two-classes',
  defaultSeverity: 'error',
  description: 'A domain listed in two address classes (mydestination, virtual alias/mailbox domains, relay_domains).',
  check({ model }) {
    const seen = new Map<string, { cls: string; word: Word }>();
    const out: Finding[] = [];
    for (const cls of CLASSES) {
      for (const w of literalDomains(valueWords(model, cls).words)) {
        const key = w.text.toLowerCase().replace(/\.$/, '');
        const first = seen.get(key);
        if (!first) {
          seen.set(key, { cls, word: w });
          continue;
        }
        if (first.cls === cls || (first.cls === 'mydestination' && cls === 'relay_domains')) continue;
        if (!w.loc) continue;
        const shown = key.startsWith('$') ? key : `'${key}'`;
        const related = first.word.loc ? [{ ...first.word.loc, message: `also in ${first.cls}` }] : [];
        out.push(at(w.loc, `The domain ${shown} is in both ${first.cls} and ${cls}: which delivery it gets then depends on internals (trivial-rewrite logs "do not list domain ... in BOTH"). Keep every domain in exactly one address class.`, undefined, undefined, related));
      }
    }
    return out;
  },
};
