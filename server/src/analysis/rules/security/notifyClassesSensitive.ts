/** Catalogue SEC052 (2.4): notify_classes sends the postmaster copies that can contain message content or SASL passwords. */
import { valueWords } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at } from './common';

const SENSITIVE = new Set(['bounce', '2bounce', 'policy', 'protocol', 'data', 'delay']);

export const notifyClassesSensitive: Rule = {
  id: 'notify-classes-sensitive',
  defaultSeverity: 'info',
  description: 'notify_classes includes classes whose postmaster copies hold message content or passwords.',
  check({ model }) {
    const vw = valueWords(model, 'notify_classes');
    if (vw.effective?.source !== 'main') return [];
    const out: Finding[] = [];
    for (const w of vw.words) {
      if (!SENSITIVE.has(w.text.toLowerCase()) || !w.loc) continue;
      out.push(at(w.loc, `notify_classes includes ${w.text}: the postmaster then receives copies of ${w.text === 'protocol' || w.text === 'policy' ? 'SMTP sessions, which can contain SASL passwords' : 'messages or their headers, which can be confidential'}. Make sure postmaster reaches a trusted person, or drop ${w.text}.`));
    }
    return out;
  },
};
