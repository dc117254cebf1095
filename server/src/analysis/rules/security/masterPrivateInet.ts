/** Catalogue SEC094 (2.8): an inet service with the private column `y` or `-`: master refuses it ("inet service cannot be private"). */
import { setServiceField } from '../../security/edits';
import type { Finding, Rule } from '../../types';
import { at, fix } from './common';

export const masterPrivateInet: Rule = {
  id: 'master-private-inet',
  defaultSeverity: 'error',
  description: 'An inet service marked private (y or -): master refuses it.',
  check({ model }) {
    const out: Finding[] = [];
    for (const s of model.services) {
      if (!s.service.valid || s.type !== 'inet') continue;
      const f = s.service.fields[2];
      if (f.text === 'n') continue;
      out.push(at({ file: 'master', start: f.start, end: f.end }, `inet service '${s.name}' has private = ${f.text}${f.text === '-' ? ' (the default, y)' : ''}: network services cannot be private, and master stops with "inet service cannot be private". Set the private column to n.`, undefined, fix('Set private to n', [setServiceField(s, 2, 'n')], true)));
    }
    return out;
  },
};
