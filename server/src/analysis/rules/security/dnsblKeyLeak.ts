/**
 * Catalogue SEC026 (2.2): a DNSBL domain that carries a private access key (Spamhaus DQS under
 * dq.spamhaus.net/.com, or a long key-like first label) while rbl_reply_maps (or
 * postscreen_dnsbl_reply_map) is unset: the domain appears in reject replies, revealing the key.
 */
import { dedupe } from '../../security/context';
import { valueText, valueWords } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { allSteps, at } from './common';

/** `text` up to the first `mark` (string operations, not a backtracking regex). */
function cutAt(text: string, mark: string): string {
  const i = text.indexOf(mark);
  return i < 0 ? text : text.slice(0, i);
}

export function hasKeyLabel(domain: string): boolean {
  const d = cutAt(cutAt(domain.toLowerCase(), '='), '*');
  if (/\.dq\.spamhaus\.(net|com)$/.test(d)) return true;
  const first = d.split('.')[0] ?? '';
  return first.length >= 20 && /[a-z]/.test(first) && /\d/.test(first) && /^[a-z0-9]+$/.test(first);
}

export const dnsblKeyLeak: Rule = {
  id: 'dnsbl-key-leak',
  defaultSeverity: 'hint',
  description: 'A DNSBL domain with a private access key and no reply map: the key shows up in reject replies.',
  check({ model }) {
    const out: Finding[] = [];
    const message = (domain: string, map: string) =>
      `${domain} contains what looks like a private DNSBL access key, and ${map} is not set: Postfix puts the DNSBL domain into its reject replies, so every rejected client learns the key. Set ${map} to map this domain to a public name.`;
    for (const v of allSteps(model)) {
      const { step } = v;
      if (!/^(reject_rbl_client|reject_rhsbl_.*|permit_dnswl_client|permit_rhswl_client)$/.test(step.name) || !step.arg?.loc) continue;
      if (!hasKeyLabel(step.arg.text) || valueText(model, 'rbl_reply_maps', v.receiver.service) !== '') continue;
      out.push(at(step.arg.loc, message(step.arg.text, 'rbl_reply_maps')));
    }
    if (valueText(model, 'postscreen_dnsbl_reply_map') === '') {
      for (const w of valueWords(model, 'postscreen_dnsbl_sites').words) {
        if (w.loc && hasKeyLabel(w.text)) out.push(at(w.loc, message(w.text, 'postscreen_dnsbl_reply_map')));
      }
    }
    return dedupe(out);
  },
};
