/** Catalogue SEC041 (2.4): smtpd_banner shows $mail_version or the operating system to every client. */
import type { Rule } from '../../types';
import { at, fix, writtenSettings } from './common';

const OS = /\b(debian|ubuntu|centos|red ?hat|rhel|fedora|freebsd|openbsd|netbsd|suse|opensuse|alpine|gentoo|arch ?linux|linux|windows|macos|darwin|raspbian)\b/i;

export const bannerSoftware: Rule = {
  id: 'banner-software',
  defaultSeverity: 'hint',
  description: 'smtpd_banner reveals the Postfix version or the operating system.',
  check({ model }) {
    return writtenSettings(model, 'smtpd_banner').flatMap((w) => {
      const version = /\$(\{|\()?mail_version\b/.test(w.raw);
      const os = OS.exec(w.value);
      if (!version && !os) return [];
      const what = version ? 'the exact Postfix version ($mail_version)' : `the platform ('${os![0]}')`;
      return [
        at(
          w.valueLoc,
          `smtpd_banner tells every client ${what}, which helps attackers pick exploits; by default Postfix shows neither. Use smtpd_banner = $myhostname ESMTP (optionally without $mail_name).`,
          undefined,
          fix('Use $myhostname ESMTP $mail_name', [{ ...w.valueLoc, newText: '$myhostname ESMTP $mail_name' }], false, false),
        ),
      ];
    });
  },
};
