import { atLeast, formatVersion } from '../../data/versions';
import { deleteSetting } from '../edits';
import { postconfData } from '../postconf';
import { allSettings, isUsed, keptByPostconf } from '../settings';
import { replacementAdvice } from '../status';
import type { Finding, Rule } from '../types';

/**
 * A parameter the target release no longer has. postconf reports it as unused: no program
 * reads it (unless a value refers to it as `$name`, which makes it a user-defined name).
 */
export const removedParameter: Rule = {
  id: 'removed-parameter',
  defaultSeverity: 'warning',
  description: 'A parameter removed before the target release (postconf: unused parameter); the setting has no effect. Names the replacement.',
  check(ctx) {
    const { model } = ctx;
    const out: Finding[] = [];
    for (const s of allSettings(model)) {
      const fact = s.fact;
      if (!fact?.removedIn || !atLeast(model.target, fact.removedIn) || isUsed(model, s)) continue;
      out.push({
        file: s.file,
        start: s.nameStart,
        end: s.nameEnd,
        message: `${s.name} was removed in Postfix ${fact.removedIn}; Postfix ${formatVersion(model.target)} ignores this setting (postconf: unused parameter). ${replacementAdvice(fact)}`,
        tags: ['deprecated'],
        // Nothing reads the setting, so removing it changes nothing.
        fixes: [{ title: `Remove ${s.name} (removed in Postfix ${fact.removedIn})`, edits: [deleteSetting(model, s)], safe: true, preferred: true }],
        data: keptByPostconf(model, s) ? postconfData(`unused parameter: ${s.name}=${s.value}`) : undefined,
      });
    }
    return out;
  },
};
