/**
 * Catalogue SEC008 (2.1): mynetworks patterns Postfix misreads or never matches: (a) an IPv6
 * network without brackets (the `:` makes it `type:table`), (b) host bits set beyond the prefix
 * (Postfix logs "non-null host address bits" and ignores it), (c) CIDR patterns inside an
 * indexed table (hash:, lmdb:, ...), which only does exact lookups (when the file is readable).
 */
import { dedupe } from '../../security/context';
import { isBareIPv6, networkText, parseNetwork } from '../../security/net';
import { INDEXED_TYPES, looksLikeCidr, parseTableRef, tableEntries } from '../../security/tables';
import { valueWords } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at, fix } from './common';
import { networkContexts } from './mynetworksInternet';

export const mynetworksSyntax: Rule = {
  id: 'mynetworks-syntax',
  defaultSeverity: 'error',
  description: 'A mynetworks pattern Postfix misreads or never matches: IPv6 without [ ], host bits set, CIDR inside an indexed table.',
  check(ctx) {
    const { model } = ctx;
    const out: Finding[] = [];
    for (const service of networkContexts(model)) {
      for (const w of valueWords(model, 'mynetworks', service).words) {
        const loc = w.loc;
        if (!loc) continue;
        const text = w.text.replace(/^!/, '');
        const bang = w.text.length - text.length;
        if (isBareIPv6(text)) {
          const slash = text.indexOf('/');
          const fixed = slash < 0 ? `[${text}]` : `[${text.slice(0, slash)}]${text.slice(slash)}`;
          const fixes = w.exact ? fix(`Write it as ${fixed}`, [{ file: loc.file, start: loc.start + bang, end: loc.end, newText: fixed }], true) : [];
          out.push(at(loc, `IPv6 network ${text} without brackets: Postfix reads the ':' as a lookup table (type:name), so this network is never trusted and lookups may fail. Write ${fixed}.`, undefined, fixes));
          continue;
        }
        const n = parseNetwork(text);
        if (n?.hostBits) {
          const fixed = networkText(n);
          const fixes = w.exact ? fix(`Use the network address ${fixed}`, [{ file: loc.file, start: loc.start + bang, end: loc.end, newText: fixed }]) : [];
          out.push(at(loc, `${text} has address bits set beyond the /${n.length} prefix: Postfix logs "non-null host address bits" and the pattern does not match as intended. Write the network address, ${fixed} (or /${n.family === 4 ? 32 : 128} for the single host).`, undefined, fixes));
          continue;
        }
        const ref = parseTableRef(text);
        if (ref && INDEXED_TYPES.has(ref.type)) {
          const cidr = tableEntries(ctx, text)?.find((e) => looksLikeCidr(e.key));
          if (cidr) out.push(at(loc, `${text} is an indexed table, which only finds exact keys: its network pattern ${cidr.key} never matches. Use a cidr: table for address ranges.`));
        }
      }
    }
    return dedupe(out);
  },
};
