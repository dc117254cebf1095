/** Catalogue SEC066 (2.5): cleanup_replace_stray_cr_lf = no re-enables outbound smuggling of stray CR/LF and makes DKIM results depend on the receiver. */
import { deleteMainParameter, removeServiceOverride } from '../../security/edits';
import { strayCrLfSupported } from '../../security/smuggling';
import type { Rule } from '../../types';
import { at, fix, writtenSettings } from './common';

export const strayCrLfKept: Rule = {
  id: 'stray-cr-lf-kept',
  defaultSeverity: 'warning',
  description: 'cleanup_replace_stray_cr_lf = no lets stray CR/LF through to the next server (outbound smuggling).',
  check({ model }) {
    if (!strayCrLfSupported(model.target)) return [];
    return writtenSettings(model, 'cleanup_replace_stray_cr_lf').flatMap((w) =>
      /^no$/i.test(w.value)
        ? [
            at(
              w.loc,
              'cleanup_replace_stray_cr_lf = no passes stray <CR> and <LF> characters in messages on to other servers, which can let a sender smuggle mail through this host, and makes DKIM results depend on how the receiver reads them. Remove the setting (the default is yes).',
              undefined,
              fix('Remove the setting', [w.service ? removeServiceOverride(model, w.service, 'cleanup_replace_stray_cr_lf') : deleteMainParameter(model, 'cleanup_replace_stray_cr_lf')]),
            ),
          ]
        : [],
    );
  },
};
