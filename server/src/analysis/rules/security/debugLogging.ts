/** Catalogue SEC053 (2.4): verbose logging left on: debug_peer_list is set, or a master.cf command has -v or -D. */
import type { Finding, Rule } from '../../types';
import { at, fix, writtenSettings } from './common';

export const debugLogging: Rule = {
  id: 'debug-logging',
  defaultSeverity: 'hint',
  description: 'debug_peer_list set, or -v/-D on a master.cf command: troubleshooting logging left on.',
  check({ model }) {
    const out: Finding[] = [];
    for (const w of writtenSettings(model, 'debug_peer_list')) {
      if (w.value === '') continue;
      out.push(at(w.loc, 'debug_peer_list turns on verbose logging for these peers, which logs whole SMTP sessions; it is meant for troubleshooting. Remove it when done.'));
    }
    for (const s of model.services) {
      for (const a of s.service.args) {
        if (!/^-[vD]+$/.test(a.text)) continue;
        const master = model.master!.text;
        let start = a.start;
        while (start > 0 && /[ \t]/.test(master[start - 1])) start--;
        out.push(
          at({ file: 'master', start: a.start, end: a.end }, `${a.text} on '${s.name}' ${a.text.includes('D') ? 'runs the daemon under the debugger command' : 'makes the daemon log verbosely'}, which is meant for troubleshooting and can log message details. Remove it when done.`, undefined, fix(`Remove ${a.text}`, [{ file: 'master', start, end: a.end, newText: '' }])),
        );
      }
    }
    return out;
  },
};
