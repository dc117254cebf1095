/** Catalogue SEC037 (2.3): smtpd_sasl_authenticated_header = yes puts the login name into Received: headers. */
import { isYes } from '../../security/words';
import type { Rule } from '../../types';
import { at, writtenSettings } from './common';

export const saslAuthenticatedHeader: Rule = {
  id: 'sasl-authenticated-header',
  defaultSeverity: 'hint',
  description: 'smtpd_sasl_authenticated_header = yes shows login names to every recipient.',
  check({ model }) {
    return writtenSettings(model, 'smtpd_sasl_authenticated_header')
      .filter((w) => isYes(w.value))
      .map((w) => at(w.valueLoc, 'smtpd_sasl_authenticated_header = yes writes the SMTP AUTH login name into the Received: header, where every recipient can read it. Leave it at no unless that is intended.'));
  },
};
