/**
 * Catalogue SEC082 (2.7): virtual(8) delivers for virtual_mailbox_domains while
 * virtual_mailbox_base is empty or / (a bad map can then write anywhere), or virtual_minimum_uid
 * is below 100 (it can write as system accounts; a hint). Only when virtual(8) is the transport.
 */
import { settingAt, settingValueLocation, valueText, valueWords } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at } from './common';

export const virtualSafetyNets: Rule = {
  id: 'virtual-safety-nets',
  defaultSeverity: 'warning',
  description: 'virtual(8) delivery with virtual_mailbox_base empty or /, or virtual_minimum_uid below 100.',
  check({ model }) {
    if (valueText(model, 'virtual_mailbox_domains') === '' || !/^virtual(:|$)/.test(valueText(model, 'virtual_transport'))) return [];
    const out: Finding[] = [];
    const base = valueText(model, 'virtual_mailbox_base');
    if (base === '' || base === '/') {
      const loc = settingAt(model, 'virtual_mailbox_base') ?? settingAt(model, 'virtual_mailbox_domains');
      if (loc) out.push(at(loc, `virtual_mailbox_base is ${base === '' ? 'empty' : '/'} while virtual(8) delivers for virtual_mailbox_domains: a wrong entry in virtual_mailbox_maps can then write mail anywhere in the file system. Set virtual_mailbox_base = /var/mail/vhosts (or your mail directory).`, 'warning'));
    }
    const minUid = valueWords(model, 'virtual_minimum_uid');
    const uidLoc = settingValueLocation(minUid.effective);
    if (uidLoc && Number(valueText(model, 'virtual_minimum_uid')) < 100) {
      out.push(at(uidLoc, 'virtual_minimum_uid is below 100: a wrong uid in virtual_uid_maps can make virtual(8) write mail as a system account. Keep it at 100 or above.', 'hint'));
    }
    return out;
  },
};
