/** Catalogue SEC040 (2.4): smtpd_banner does not start with $myhostname or a fully qualified name, as the SMTP greeting must. */
import type { Rule } from '../../types';
import { at, fix, writtenSettings } from './common';

export const bannerHostname: Rule = {
  id: 'banner-hostname',
  defaultSeverity: 'warning',
  description: 'smtpd_banner does not start with the host name: the SMTP greeting must.',
  check({ model }) {
    return writtenSettings(model, 'smtpd_banner').flatMap((w) => {
      const first = w.raw.trim().split(/\s+/)[0] ?? '';
      if (/^\$(myhostname|\{myhostname\}|\(myhostname\))$/.test(first)) return [];
      const expanded = w.value.split(/\s+/)[0] ?? '';
      if (/^[a-z0-9-]+(\.[a-z0-9-]+)+\.?$/i.test(expanded)) return [];
      return [
        at(
          w.valueLoc,
          `smtpd_banner starts with '${first}' instead of the server's name: the SMTP greeting must begin with it, and clients and tests use it to identify the host. Start the banner with $myhostname, e.g. smtpd_banner = $myhostname ESMTP.`,
          undefined,
          fix('Start the banner with $myhostname', [{ file: w.valueLoc.file, start: w.valueLoc.start, end: w.valueLoc.start, newText: w.raw.trim() === '' ? '$myhostname ESMTP' : '$myhostname ' }]),
        ),
      ];
    });
  },
};
