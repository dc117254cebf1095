/**
 * Catalogue SEC044 (2.4): biff = yes (the default) notifies local users of new mail, which costs
 * performance on a server without interactive users. The default alone is reported only when the
 * host role says it is a server.
 */
import { defaultAnchor, hostRole } from '../../security/context';
import { setMainParameter } from '../../security/edits';
import { isYes, settingAt, valueText } from '../../security/words';
import type { Rule } from '../../types';
import { at, fix } from './common';

export const biffOn: Rule = {
  id: 'biff-on',
  defaultSeverity: 'hint',
  description: 'biff = yes (the default) on a server without interactive users wastes work.',
  check(ctx) {
    const { model } = ctx;
    if (!isYes(valueText(model, 'biff'))) return [];
    const written = settingAt(model, 'biff');
    if (!written && hostRole(ctx) === 'unknown') return [];
    return [
      at(written ?? defaultAnchor(model), `biff = yes${written ? '' : ' (the default)'} makes local delivery notify the biff service for every message, which a server without interactive users never needs. Set biff = no.`, undefined, fix('Set biff = no', [setMainParameter(model, 'biff', 'no')])),
    ];
  },
};
