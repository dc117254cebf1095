/**
 * Catalogue SEC025 (2.2): address verification pitfalls. (a) unverified_recipient_defer_code =
 * 250 accepts mail that could not be verified (warning); (b) a hash: address_verify_map
 * (warning); (c) reject_unverified_sender for all senders in smtpd_sender_restrictions (hint,
 * [care]); (d) reject_unverified_recipient without an earlier reject_unknown_recipient_domain
 * (hint).
 */
import { forEachStep, parseList } from '../../restrictions/parse';
import { dedupe, roleSeverity, smtpdReceivers } from '../../security/context';
import { parseTableRef } from '../../security/tables';
import { settingValueLocation, valueWords } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at, fix } from './common';

export const addressVerifyPitfalls: Rule = {
  id: 'address-verify-pitfalls',
  defaultSeverity: 'warning',
  description: 'Address verification mistakes: defer code 250, a hash: verify cache, verifying every sender, probing unknown domains.',
  check(ctx) {
    const { model } = ctx;
    const out: Finding[] = [];
    const code = valueWords(model, 'unverified_recipient_defer_code');
    const codeLoc = settingValueLocation(code.effective);
    if (codeLoc && code.words[0]?.text === '250') {
      out.push(at(codeLoc, 'unverified_recipient_defer_code = 250 accepts mail whose recipient could not be verified yet; under load the host then accepts mail for nonexistent users and bounces it later (backscatter). Use 450, the default.', 'warning', fix('Set 450', [{ ...codeLoc, newText: '450' }])));
    }
    const map = valueWords(model, 'address_verify_map');
    const mapLoc = settingValueLocation(map.effective);
    const ref = map.words[0] && parseTableRef(map.words[0].text);
    if (mapLoc && ref?.type === 'hash') {
      out.push(at(map.words[0].loc ?? mapLoc, 'address_verify_map uses hash:, which cannot be cleaned up while in use and grows without limit. Use btree: or lmdb: for this cache.', 'warning'));
    }
    const careHint = roleSeverity(ctx, 'SEC025', 'hint', true);
    for (const r of smtpdReceivers(model)) {
      for (const s of parseList(model, 'smtpd_sender_restrictions', r.service).steps) {
        if (s.name === 'reject_unverified_sender' && s.word.loc && careHint) {
          out.push(at(s.word.loc, 'reject_unverified_sender here probes the sender of every message: big senders notice the probes and may denylist this site. Verify only senders of often-forged domains, through check_sender_access with a table that returns reject_unverified_sender.', careHint));
        }
      }
      let domainChecked = false;
      for (const list of ['smtpd_relay_restrictions', 'smtpd_recipient_restrictions'] as const) {
        forEachStep(parseList(model, list, r.service).steps, (s) => {
          if (s.name === 'reject_unknown_recipient_domain') domainChecked = true;
          if (s.name === 'reject_unverified_recipient' && !domainChecked && s.word.loc) {
            out.push(at(s.word.loc, 'reject_unverified_recipient without an earlier reject_unknown_recipient_domain sends probes to domains that do not exist. Put reject_unknown_recipient_domain before it.', 'hint'));
          }
        });
      }
    }
    return dedupe(out);
  },
};
