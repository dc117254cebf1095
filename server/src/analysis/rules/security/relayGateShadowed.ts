/**
 * Catalogue SEC002 (2.1): every list that holds a relay gate lets a `permit` (or a restriction
 * class that permits) through before it. The first match wins, so mail to any destination is
 * accepted: an open relay. A permit in the other list does not matter: both lists run.
 */
import type { ConfigModel } from '../../../model/config';
import type { ParsedList, Step } from '../../restrictions/parse';
import { evaluateForStranger, gateWritten, isGate, relayLists } from '../../restrictions/relay';
import { dedupe, smtpdReceivers } from '../../security/context';
import { removeListWord } from '../../security/edits';
import type { Finding, Rule } from '../../types';
import { at, fix } from './common';

/** The index of the top-level step that holds (or is) the first gate. */
function gateIndex(model: ConfigModel, steps: Step[]): number {
  return steps.findIndex((s) => isGate(model, s.name) || (s.classSteps !== undefined && gateWritten(model, s.classSteps) !== undefined));
}

/** The step before the gate that accepts every client, if any. */
export function shadowingPermit(model: ConfigModel, list: ParsedList): Step | undefined {
  const g = gateIndex(model, list.steps);
  if (g < 0) return undefined;
  for (let i = 0; i < g; i++) {
    const s = list.steps[i];
    if (s.name === 'warn_if_reject') {
      i++;
      continue;
    }
    if (s.name === 'permit') return s;
    if (s.classSteps && evaluateForStranger(model, s.classSteps).outcome === 'permit' && hasPlainPermit(s.classSteps)) return s;
  }
  return undefined;
}

function hasPlainPermit(steps: Step[]): boolean {
  return steps.some((s) => s.name === 'permit' || (s.classSteps !== undefined && hasPlainPermit(s.classSteps)));
}

export const relayGateShadowed: Rule = {
  id: 'relay-gate-shadowed',
  defaultSeverity: 'error',
  description: 'A `permit` (or a class that permits) comes before the relay gate in every list that has one: an open relay.',
  check({ model }) {
    const out: Finding[] = [];
    for (const r of smtpdReceivers(model)) {
      const lists = relayLists(model, r.service).order;
      const gated = lists.filter((l) => gateWritten(model, l.steps));
      if (gated.length === 0) continue;
      const shadows = gated.map((l) => ({ list: l, step: shadowingPermit(model, l) }));
      if (shadows.some((x) => !x.step)) continue;
      for (const { list, step } of shadows) {
        const loc = step!.word.loc;
        if (!loc) continue;
        const gate = gateWritten(model, list.steps)!;
        const what = step!.classSteps ? `restriction class \`${step!.word.text}\`, which permits,` : '`permit`';
        const message =
          `${what[0].toUpperCase()}${what.slice(1)} comes before the relay gate \`${gate.word.text}\` in ${list.list} of ${r.label}, and no other list stops relaying: ` +
          'the first match wins, so anyone can send mail through this host to any domain, an open relay (releases that notice a plain `permit` there refuse to start smtpd instead). ' +
          'Remove it or move it after the gate; put relay policy in smtpd_relay_restrictions.';
        const words = list.steps.flatMap((s) => (s.arg && !s.implicit ? [s.word, s.arg] : [s.word]));
        const fixes = step!.classSteps ? [] : fix('Remove this `permit`', [removeListWord(words, words.indexOf(step!.word))]);
        out.push(at(loc, message, undefined, fixes));
      }
    }
    return dedupe(out);
  },
};
