/** Catalogue SEC070 (2.6): postscreen runs on port 25 but there is no `<smtpd_service_name> pass ... smtpd` entry to hand clients to: mail is refused. */
import { insertAfterService } from '../../edits';
import type { Finding, Rule } from '../../types';
import { at, fix } from './common';
import { postscreens } from './postscreenCommon';

export const postscreenNoSmtpd: Rule = {
  id: 'postscreen-no-smtpd',
  defaultSeverity: 'error',
  description: 'postscreen without the `smtpd pass ... smtpd` service it hands clients to.',
  check({ model }) {
    const out: Finding[] = [];
    for (const p of postscreens(model)) {
      if (p.pass) continue;
      const f = p.service.service.fields[7];
      const line = `${p.passName.padEnd(9)} pass  -       -       n       -       -       smtpd`;
      out.push(
        at({ file: 'master', start: f.start, end: f.end }, `postscreen hands every client it accepts to the service private/${p.passName}, but master.cf has no '${p.passName} pass ... smtpd' entry: all mail is refused. Add '${line.replace(/ +/g, ' ')}' and move the smtpd -o settings there.`, undefined, fix(`Add the '${p.passName} pass' smtpd service`, [insertAfterService(model.master!, p.service, line)])),
      );
    }
    return out;
  },
};
