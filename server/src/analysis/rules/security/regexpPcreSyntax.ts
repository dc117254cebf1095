/** Catalogue SEC102 (2.9) [uncertain]: a regexp: table named *.pcre, or using PCRE-only syntax (\d, (?i), (?=, (?!, lazy *?), which POSIX regular expressions do not support reliably. */
import { tableEntries } from '../../security/tables';
import type { Finding, Rule } from '../../types';
import { at } from './common';
import { writtenTables } from './tableRefs';

const PCRE_ONLY = /\\d|\(\?i\)|\(\?=|\(\?!|\*\?|\+\?/;

export const regexpPcreSyntax: Rule = {
  id: 'regexp-pcre-syntax',
  defaultSeverity: 'hint',
  description: 'A regexp: table that is really PCRE (named .pcre, or using \\d, (?i), lookahead, lazy quantifiers).',
  check(ctx) {
    const out: Finding[] = [];
    for (const t of writtenTables(ctx.model)) {
      if (t.ref.type !== 'regexp') continue;
      if (t.ref.name.endsWith('.pcre')) {
        out.push(at(t.loc, `${t.ref.name} is named like a PCRE table but opened as regexp: (POSIX regular expressions), where PCRE constructs fail or depend on the C library. Use pcre: (check postconf -m), or rewrite the patterns in POSIX syntax.`));
        continue;
      }
      const e = tableEntries(ctx, `regexp:${t.ref.name}`)?.find((x) => PCRE_ONLY.test(x.key));
      if (e) out.push(at(t.loc, `${t.ref.name} uses PCRE-only syntax (${e.key}) in a regexp: table of POSIX regular expressions, where it fails or depends on the C library. Use pcre: (check postconf -m), or rewrite it in POSIX syntax.`));
    }
    return out;
  },
};
