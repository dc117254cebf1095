/**
 * Relay control as smtpd evaluates it (design/security-rules.md sections 1 and 2.1):
 *
 * - the effective smtpd_relay_restrictions (R, from 2.10; empty by default on 3.3+ while
 *   compatibility_level < 1) and smtpd_recipient_restrictions (C) of each smtpd;
 * - smtpd's start-up check (`has_required`): R or C must hold a gate, searched inside
 *   restriction classes, not counting a restriction right after `warn_if_reject`, and stopping
 *   at a plain `permit` (seen in the 3.x source: the gate behind it is not reached);
 * - what happens to mail from an arbitrary unauthenticated client, with a HELO name and sender
 *   of its choosing, to an arbitrary remote domain: both lists run (a PERMIT in one does not
 *   skip the other; a REJECT in either ends it), in the order of the release and level.
 */
import type { ConfigModel, ServiceModel } from '../../model/config';
import { atLeast } from '../../data/versions';
import { compatibilityLevel, levelBelow, smtpdReceivers } from '../security/context';
import { ScopedCache } from '../security/scopedCache';
import { coversInternet, parseNetwork } from '../security/net';
import { isYes, valueText, valueWords, type Location } from '../security/words';
import { parseList, stepLocation, type ParsedList, type Step } from './parse';

const GATES_ALWAYS = new Set(['reject_unauth_destination', 'reject', 'defer', 'defer_if_permit']);

/** The restrictions smtpd's start-up check accepts as a relay gate in release `model.target`. */
export function isGate(model: ConfigModel, name: string): boolean {
  if (GATES_ALWAYS.has(name)) return true;
  if (name === 'defer_unauth_destination') return atLeast(model.target, '2.10');
  if (name === 'check_relay_domains') return !atLeast(model.target, '3.9');
  return false;
}

/** True when R exists in the target release. */
export function hasRelayList(model: ConfigModel): boolean {
  return atLeast(model.target, '2.10');
}

export interface GateSearch {
  found: boolean;
  /** The gate that counts, when found. */
  gate?: Step;
  /** The plain `permit` where the search stopped, if any. */
  stoppedAt?: Step;
}

/** smtpd's `has_required` over one list. */
export function findGate(model: ConfigModel, steps: Step[]): GateSearch {
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    if (s.name === 'warn_if_reject' && i + 1 < steps.length) {
      i++;
      continue;
    }
    if (s.name === 'permit') return { found: false, stoppedAt: s };
    if (isGate(model, s.name)) return { found: true, gate: s };
    if (s.classSteps) {
      const inner = findGate(model, s.classSteps);
      if (inner.found) return inner;
    }
  }
  return { found: false };
}

/** Like findGate, but ignoring `permit`: the gates that are written in the list at all. */
export function gateWritten(model: ConfigModel, steps: Step[]): Step | undefined {
  for (const s of steps) {
    if (isGate(model, s.name)) return s;
    if (s.classSteps) {
      const g = gateWritten(model, s.classSteps);
      if (g) return s;
    }
  }
  return undefined;
}

export interface RelayLists {
  service?: ServiceModel;
  /** Undefined before 2.10. */
  relay?: ParsedList;
  recipient: ParsedList;
  /** True when R is empty only because compatibility_level < 1 on 3.3+ and R is not set. */
  relayImplicitlyEmpty: boolean;
  /** The lists in the order smtpd evaluates them. */
  order: ParsedList[];
}

const lists = new ScopedCache<RelayLists>((model, _key, service) => findRelayLists(model, service));

/** The relay lists of `service` (main.cf's smtpd when absent), once per model. Treat them as read-only. */
export function relayLists(model: ConfigModel, service?: ServiceModel): RelayLists {
  return lists.get(model, '', service);
}

function findRelayLists(model: ConfigModel, service?: ServiceModel): RelayLists {
  const recipient = parseList(model, 'smtpd_recipient_restrictions', service);
  if (!hasRelayList(model)) return { service, recipient, relayImplicitlyEmpty: false, order: [recipient] };
  const relay = parseList(model, 'smtpd_relay_restrictions', service);
  const relayImplicitlyEmpty =
    relay.source === 'default' && relay.steps.length === 0 && atLeast(model.target, '3.3') && levelBelow(compatibilityLevel(model), '1');
  // While the empty default stands in for compatibility, smtpd always runs R last.
  const first = relayFirst(model, service) && !relayImplicitlyEmpty;
  return { service, relay, recipient, relayImplicitlyEmpty, order: first ? [relay, recipient] : [recipient, relay] };
}

/** True when R runs before C (3.6+ with smtpd_relay_before_recipient_restrictions = yes). */
export function relayFirst(model: ConfigModel, service?: ServiceModel): boolean {
  if (!atLeast(model.target, '3.6')) return false;
  return isYes(valueText(model, 'smtpd_relay_before_recipient_restrictions', service));
}

// ---------------------------------------------------------------------------------------------
// The stranger

export type Outcome = 'permit' | 'reject' | 'dunno' | 'depends';

export interface ListResult {
  outcome: Outcome;
  /** The step that decided (permit/reject) or that makes the result depend on data. */
  step?: Step;
}

/** The stranger's fate at one step (without classes and warn_if_reject, handled by the caller). */
function stepOutcome(model: ConfigModel, step: Step, service: ServiceModel | undefined, readTable: TableReader | undefined): Outcome {
  const n = step.name;
  if (n === 'permit') return 'permit';
  if (isGate(model, n)) return 'reject';
  if (n === 'check_relay_domains') return 'reject'; // gone in 3.9: smtpd replies 451 (configuration error)
  switch (n) {
    case 'permit_mynetworks':
      return mynetworksCoversInternet(model, service) ? 'permit' : 'dunno';
    case 'permit_naked_ip_address':
      // Removed in 3.9; before, any client could claim an IP-address HELO.
      return atLeast(model.target, '3.9') ? 'reject' : 'permit';
    case 'permit_mx_backup':
      // The client can point the MX of a domain it controls at this host.
      return valueText(model, 'permit_mx_backup_networks', service) ? 'dunno' : 'depends';
    case 'check_policy_service':
      return 'depends';
    case 'check_helo_access':
    case 'check_sender_access':
    case 'check_recipient_access': {
      const verdict = step.arg && readTable ? readTable(step.arg.text) : undefined;
      if (verdict === 'permits') return 'permit';
      if (verdict === 'no-permit') return 'dunno';
      return 'depends';
    }
    default:
      return 'dunno';
  }
}

/** What a table can answer for an access check: `permits` (an OK-like entry), `no-permit`, or unknown. */
export type TableReader = (table: string) => 'permits' | 'no-permit' | undefined;

/** Evaluates one list for the stranger (mail from anyone to a remote domain). */
export function evaluateForStranger(model: ConfigModel, steps: Step[], service?: ServiceModel, readTable?: TableReader): ListResult {
  let pending: ListResult | undefined;
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    if (s.name === 'warn_if_reject' && i + 1 < steps.length) {
      i++;
      continue;
    }
    let r: ListResult;
    if (s.classSteps) {
      const inner = evaluateForStranger(model, s.classSteps, service, readTable);
      r = inner.outcome === 'dunno' ? inner : { outcome: inner.outcome, step: s };
    } else r = { outcome: stepOutcome(model, s, service, readTable), step: s };
    // A step that may permit (a table, a policy server) before the one that decides: the
    // stranger may never reach a later reject, but a later permit lets it through anyway.
    if (r.outcome === 'permit') return r;
    if (r.outcome === 'reject') return pending ?? r;
    if (r.outcome === 'depends' && !pending) pending = r;
  }
  return pending ?? { outcome: 'dunno' };
}

/** True when mynetworks (as `service` sees it) trusts the whole Internet. */
export function mynetworksCoversInternet(model: ConfigModel, service?: ServiceModel): boolean {
  const vw = valueWords(model, 'mynetworks', service);
  if (vw.effective?.source === 'default') return /^class$/i.test(valueText(model, 'mynetworks_style', service));
  return vw.words.some((w) => {
    const n = parseNetwork(w.text);
    return n !== undefined && coversInternet(n);
  });
}

// ---------------------------------------------------------------------------------------------
// The verdict for one service (also shown by the hover on a restriction list)

export interface RelayVerdict {
  /** 'fatal': smtpd refuses to start; 'yes': open relay; 'depends': on table or policy answers. */
  status: 'no' | 'yes' | 'depends' | 'fatal';
  relaysForStrangers: boolean;
  decidedBy?: Location;
  summary: string;
}

function where(step: Step | undefined): Location | undefined {
  return step ? stepLocation(step) : undefined;
}

/** Whether `service` (main.cf's smtpd when absent) relays mail from strangers, and why. */
export function relayVerdict(model: ConfigModel, service?: ServiceModel, readTable?: TableReader): RelayVerdict {
  const lists = relayLists(model, service);
  const gateOk = lists.order.some((l) => findGate(model, l.steps).found);
  if (!gateOk) {
    return {
      status: 'fatal',
      relaysForStrangers: false,
      summary: 'No relay gate in smtpd_relay_restrictions or smtpd_recipient_restrictions: smtpd refuses to start.',
    };
  }
  const results = lists.order.map((l) => ({ list: l.list, r: evaluateForStranger(model, l.steps, service, readTable) }));
  const blocked = results.find((x) => x.r.outcome === 'reject');
  if (blocked) {
    return {
      status: 'no',
      relaysForStrangers: false,
      decidedBy: where(blocked.r.step),
      summary: `Does not relay for strangers: \`${blocked.r.step?.word.text}\` in ${blocked.list} stops them.`,
    };
  }
  const depends = results.find((x) => x.r.outcome === 'depends');
  if (depends) {
    return {
      status: 'depends',
      relaysForStrangers: false,
      decidedBy: where(depends.r.step),
      summary: `May relay for strangers: it depends on what \`${depends.r.step?.word.text}\` in ${depends.list} answers.`,
    };
  }
  const permit = results.find((x) => x.r.outcome === 'permit');
  return {
    status: 'yes',
    relaysForStrangers: true,
    decidedBy: where(permit?.r.step),
    summary: permit
      ? `Relays for strangers: \`${permit.r.step?.word.text}\` in ${permit.list} accepts mail from anyone to any domain.`
      : 'Relays for strangers: no restriction rejects mail from anyone to any domain.',
  };
}

/** The verdict for every smtpd of the configuration. */
export function relayVerdicts(model: ConfigModel, readTable?: TableReader): { label: string; service?: ServiceModel; verdict: RelayVerdict }[] {
  return smtpdReceivers(model).map((r) => ({ label: r.label, service: r.service, verdict: relayVerdict(model, r.service, readTable) }));
}
