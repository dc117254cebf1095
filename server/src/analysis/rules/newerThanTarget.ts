import { existsIn } from '../../data/parameters';
import { atLeast, formatVersion } from '../../data/versions';
import { postconfData } from '../postconf';
import { allSettings, isUsed } from '../settings';
import type { Finding, Rule } from '../types';

/**
 * A parameter introduced after the target release (and not backported to its line): that
 * release does not know it, so the setting has no effect there (postconf: unused parameter).
 */
export const newerThanTarget: Rule = {
  id: 'newer-than-target',
  defaultSeverity: 'warning',
  description: 'A parameter introduced after the target Postfix release (postconf of that release: unused parameter); it has no effect there.',
  check(ctx) {
    const { model } = ctx;
    const version = formatVersion(model.target);
    const out: Finding[] = [];
    for (const s of allSettings(model)) {
      const fact = s.fact;
      if (!fact?.since || atLeast(model.target, fact.since) || existsIn(fact, model.target)) continue;
      if (fact.status === 'service-defined' || isUsed(model, s)) continue;
      const backports = fact.backportedTo?.length ? ` (and ${fact.backportedTo.join(', ')})` : '';
      out.push({
        file: s.file,
        start: s.nameStart,
        end: s.nameEnd,
        message: `${s.name} was introduced in Postfix ${fact.since}${backports}; Postfix ${version} does not know it, so this setting has no effect there (postconf: unused parameter). Remove it, or set the target release (postfix.version, --postfix-version) to the one you run.`,
        data: s.effective ? postconfData(`unused parameter: ${s.name}=${s.value}`) : undefined,
      });
    }
    return out;
  },
};
