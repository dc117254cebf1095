/**
 * Catalogue SEC081 (2.7): myhostname is not a fully qualified name (no dot, or localhost); it is
 * the HELO name and the default of many other settings. A hint when mail for $myhostname would
 * not be delivered locally (it is in no address class while mydestination is not empty), which
 * can loop.
 */
import { settingValueLocation, valueText, valueWords } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at } from './common';

export const myhostnameNotFqdn: Rule = {
  id: 'myhostname-not-fqdn',
  defaultSeverity: 'warning',
  description: 'myhostname is not a fully qualified domain name, or mail for it is not delivered locally.',
  check({ model }) {
    const vw = valueWords(model, 'myhostname');
    const loc = settingValueLocation(vw.effective);
    if (!loc) return [];
    const raw = vw.effective?.text.trim() ?? '';
    // Template placeholders ($VAR, {{ x }}, <name>, HOST_NAME) are not names to judge.
    if (/[$<{]/.test(raw) || /^[A-Z0-9_]+$/.test(raw) && raw.includes('_')) return [];
    const name = valueText(model, 'myhostname').toLowerCase().replace(/\.$/, '');
    const out: Finding[] = [];
    if (!name.includes('.') || name === 'localhost.localdomain') {
      out.push(at(loc, `myhostname = ${name} is not a fully qualified domain name: it becomes the HELO name and the default of mydomain, myorigin and the banner, so receivers reject or distrust the host and replies can loop. Use the host's public name, e.g. mail.example.com.`, 'warning'));
      return out;
    }
    if (valueText(model, 'mydestination') === '') return out;
    const local = ['mydestination', 'virtual_alias_domains', 'virtual_mailbox_domains', 'relay_domains'].some((c) =>
      valueWords(model, c).words.some((w) => ['$myhostname', name].includes(w.text.toLowerCase().replace(/\.$/, '')) || w.text.includes(':')),
    );
    if (!local) out.push(at(loc, `Mail for ${name} itself is not delivered here: myhostname is in no address class (mydestination does not list $myhostname). Such mail goes to the MX of ${name}, which can be this host again: a mail loop. Add $myhostname to mydestination.`, 'hint'));
    return out;
  },
};
