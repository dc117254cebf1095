/** Catalogue SEC035 (2.3): broken_sasl_auth_clients = yes, only needed by Outlook 2003 and Outlook Express 6 or older. */
import { deleteMainParameter, removeServiceOverride } from '../../security/edits';
import { isYes } from '../../security/words';
import type { Rule } from '../../types';
import { at, fix, writtenSettings } from './common';

export const brokenSaslClients: Rule = {
  id: 'broken-sasl-clients',
  defaultSeverity: 'info',
  description: 'broken_sasl_auth_clients = yes: a workaround for Outlook 2003 / Outlook Express 6 and older.',
  check({ model }) {
    return writtenSettings(model, 'broken_sasl_auth_clients')
      .filter((w) => isYes(w.value))
      .map((w) =>
        at(
          w.loc,
          'broken_sasl_auth_clients = yes announces AUTH a second time in an obsolete form for Outlook 2003 and Outlook Express 6 or older. It does no harm, but those clients are long gone: remove it.',
          undefined,
          fix('Remove this setting', [w.service ? removeServiceOverride(model, w.service, 'broken_sasl_auth_clients') : deleteMainParameter(model, 'broken_sasl_auth_clients')], false),
        ),
      );
  },
};
