/**
 * Catalogue SEC024 (2.2): a table used by check_*_{a,mx,ns}_access or
 * check_reverse_client_hostname_access holds OK, which Postfix does not allow there (DNS data
 * is controlled by the other side); it is treated as an error. Quiet when the table is unreadable.
 */
import { dedupe } from '../../security/context';
import { tableEntries } from '../../security/tables';
import type { Finding, Rule } from '../../types';
import { allSteps, at } from './common';

const DNS_ACCESS = /^(check_(client|reverse_client_hostname|helo|sender|recipient)_(a|mx|ns)_access|check_reverse_client_hostname_access)$/;

export const dnsAccessOk: Rule = {
  id: 'dns-access-ok',
  defaultSeverity: 'info',
  description: 'OK in a table of check_*_{a,mx,ns}_access or check_reverse_client_hostname_access, where Postfix does not allow it.',
  check(ctx) {
    const out: Finding[] = [];
    for (const v of allSteps(ctx.model)) {
      const { step } = v;
      if (!DNS_ACCESS.test(step.name) || !step.arg?.loc) continue;
      const ok = tableEntries(ctx, step.arg.text)?.find((e) => /^ok$/i.test(e.value.trim().split(/\s+/)[0] ?? ''));
      if (!ok) continue;
      out.push(at(step.arg.loc, `${step.arg.text} answers OK for '${ok.key}', but ${step.name} does not allow OK: the other side controls the DNS data it looks up, so Postfix refuses the answer. Use DUNNO to exempt an entry.`));
    }
    return dedupe(out);
  },
};
