/**
 * catalogue | rule
 * TLS006    | tls-protocol-syntax (a hole in the enabled range)
 * TLS007    | tls-protocol-syntax (range syntax before 3.6, blank after >=/<=, hex or unknown names)
 *
 * Both make Postfix use other protocols than the list seems to say, and share one fix: write
 * the intended floor the way the target release understands it.
 */
import { compactList, fix, replaceValue } from '../../tls/edits';
import { explicitSettings, onSubmissionService } from '../../tls/context';
import { findGap, floorValue, intendedFloor, parseProtocolList, supportsBounds, type Protocol, type ProtocolList } from '../../tls/protocols';
import { NEWEST_STABLE, parseVersion, type Version } from '../../../data/versions';
import { FindingSet, versionText } from '../../tls/report';
import type { Rule } from '../../types';
import { PROTOCOL_LISTS } from './protocolSsl';

/** `>= TLSv1.2` written without the blank, when that is the only problem. */
function joinBounds(value: string): string {
  return value.replace(/(>=|<=)\s+/g, '$1');
}

function describe(list: ProtocolList, target: number[]): string | undefined {
  const invalid = list.problems.find((p) => p.kind !== 'space-after-bound');
  if (invalid) {
    return `${invalid.message}. Postfix ${versionText(target)} rejects the whole list: the server then runs without TLS and the client gives up on TLS`;
  }
  const blank = list.problems.find((p) => p.kind === 'space-after-bound');
  if (blank) return `${blank.message}, so the list does not mean what it says`;
  const gap = findGap(list.enabled);
  if (gap) {
    return `The list turns ${gap.missing} off but keeps a lower version on. OpenSSL only uses a contiguous range of versions, so ${gap.lost.join(' and ')} ${gap.lost.length > 1 ? 'are' : 'is'} silently lost as well`;
  }
  return undefined;
}

export const tlsProtocolSyntax: Rule = {
  id: 'tls-protocol-syntax',
  defaultSeverity: 'error',
  description: 'A TLS protocol list Postfix rejects or misreads: `>=`/`<=` before 3.6, a blank after `>=`, hex or unknown names, or a hole that silently disables higher versions.',
  check({ model }) {
    const found = new FindingSet(model);
    for (const s of explicitSettings(model, PROTOCOL_LISTS)) {
      const list = parseProtocolList(s.value, model.target);
      const problem = describe(list, model.target);
      if (!problem) continue;
      const onlyBlank = list.problems.length > 0 && list.problems.every((p) => p.kind === 'space-after-bound');
      let value: string;
      if (onlyBlank) value = joinBounds(s.value);
      else if (!list.invalid) value = floorValue(intendedFloor(list.enabled), model.target);
      else value = floorValue(repairFloor(list, s.value, model.target), model.target);
      const advice = supportsBounds(model.target) ? `write '${value}'` : `before Postfix 3.6 write it as an exclusion list: '${value}'`;
      const edit = replaceValue(s, s.source === 'override' && s.override?.form !== 'long' ? compactList(value) : value);
      found.addAt(s, {
        message: `${s.name} = ${s.value}: ${problem}; ${advice}.`,
        fixes: fix(`Set ${s.name} to ${value}`, [edit], onSubmissionService(s), true),
      });
    }
    return found.list();
  },
};

/** A release that reads `>=` and `<=`. */
const RANGES = [3, 6];
/** The newest release, which also knows TLSv1.3. */
const NEWEST = parseVersion(NEWEST_STABLE)!;

/**
 * For a list Postfix rejects: the floor it means as the newest releases read it
 * (`TLSv1.2 TLSv1.3` on a release without TLSv1.3 still means TLSv1.2 and up), else the floor
 * its readable parts name (`>=TLSv1.2` means TLSv1.2), else TLSv1.
 */
function repairFloor(list: ProtocolList, value: string, target: Version): Protocol {
  const modern = parseProtocolList(value, NEWEST);
  if (!modern.invalid && modern.enabled.size > 0) {
    const floor = intendedFloor(modern.enabled);
    // A release without TLSv1.3 would be left with no protocol at all: TLSv1.2 is its best.
    return floor === 'TLSv1.3' && parseProtocolList('TLSv1.3', target).invalid ? 'TLSv1.2' : floor;
  }
  const floor = list.elements.find((e) => e.kind === 'floor');
  const named = floor && /^>=(.+)$/.exec(floor.text)?.[1];
  const enabled = new Set(list.enabled);
  if (named) {
    const repaired = parseProtocolList(`>=${named}`, RANGES);
    if (!repaired.invalid) return intendedFloor(repaired.enabled);
  }
  const excluded = list.elements.filter((e) => e.kind === 'exclude' && e.protocol).map((e) => e.protocol!);
  if (excluded.length > 0) {
    const relaxed = parseProtocolList(excluded.map((p) => `!${p}`).join(', '), RANGES);
    return intendedFloor(relaxed.enabled);
  }
  return intendedFloor(enabled);
}
