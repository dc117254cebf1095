/** Catalogue SEC077 (2.6): postscreen_access_list lacks permit_mynetworks, so local clients get the postscreen tests too. */
import { settingValueLocation, valueWords } from '../../security/words';
import type { Finding, Rule } from '../../types';
import { at, fix } from './common';
import { insertListWord } from '../../security/edits';
import { postscreens } from './postscreenCommon';

export const postscreenAccessNoMynetworks: Rule = {
  id: 'postscreen-access-no-mynetworks',
  defaultSeverity: 'hint',
  description: 'postscreen_access_list without permit_mynetworks: local clients are tested like strangers.',
  check({ model }) {
    const out: Finding[] = [];
    for (const p of postscreens(model)) {
      const vw = valueWords(model, 'postscreen_access_list', p.service);
      const loc = settingValueLocation(vw.effective);
      if (!loc || vw.words.some((w) => w.text.toLowerCase() === 'permit_mynetworks')) continue;
      out.push(at(loc, "postscreen_access_list does not contain permit_mynetworks, so this site's own clients must pass postscreen's tests like strangers. Add permit_mynetworks first, e.g. postscreen_access_list = permit_mynetworks, cidr:/etc/postfix/postscreen_access.cidr.", undefined, fix('Add permit_mynetworks first', [vw.words.length > 0 ? insertListWord(model, vw.words, 0, 'permit_mynetworks') : { ...loc, newText: 'permit_mynetworks' }])));
    }
    return out;
  },
};
