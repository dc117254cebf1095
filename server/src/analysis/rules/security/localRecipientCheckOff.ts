/**
 * Catalogue SEC049 (2.4) [care]: local_recipient_maps is set empty while mydestination names
 * domains, mail arrives from the Internet and luser_relay is unset: mail for any local name is
 * accepted and bounced later (backscatter). Not on a null client.
 */
import { dedupe, port25Receivers, roleSeverity } from '../../security/context';
import { deleteMainParameter } from '../../security/edits';
import { valueText } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at, fix, writtenSettings } from './common';

export const localRecipientCheckOff: Rule = {
  id: 'local-recipient-check-off',
  defaultSeverity: 'warning',
  description: 'local_recipient_maps is empty on a host that receives mail from the Internet: unknown users are accepted and bounced later.',
  check(ctx) {
    const { model } = ctx;
    const severity = roleSeverity(ctx, 'SEC049', 'warning', true);
    if (!severity || valueText(model, 'luser_relay') !== '') return [];
    const receivers = port25Receivers(ctx);
    if (receivers.length === 0) return [];
    const out: Finding[] = [];
    for (const w of writtenSettings(model, 'local_recipient_maps')) {
      if (w.value !== '' || valueText(model, 'mydestination', w.service) === '') continue;
      if (w.service && !receivers.some((r) => r.service === w.service)) continue;
      const instead = valueText(model, 'local_transport').startsWith('virtual') ? 'list the real recipients ($virtual_mailbox_maps)' : 'remove the setting to restore the default';
      out.push(
        at(w.loc, 'local_recipient_maps is empty, so mail for any name in the local domains is accepted and bounced later when delivery fails; forged senders receive those bounces (backscatter). Do not do this on a host that receives mail from the Internet: ' + instead + '.', severity, w.service ? [] : fix('Remove the setting (use the default)', [deleteMainParameter(model, 'local_recipient_maps')])),
      );
    }
    return dedupe(out);
  },
};
