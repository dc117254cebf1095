/**
 * Catalogue SEC003 (2.1): the only relay gate is in smtpd_recipient_restrictions, and before it
 * comes a check whose answer the client controls: check_helo_access, check_sender_access or
 * check_recipient_access with an OK-like entry (only when the table can be read), a policy
 * service (always), permit_naked_ip_address (before 3.9), or a class holding one of these.
 */
import { atLeast } from '../../../data/versions';
import type { ConfigModel } from '../../../model/config';
import { stepLocation, type Step } from '../../restrictions/parse';
import { evaluateForStranger, findGate, gateWritten, isGate, relayLists } from '../../restrictions/relay';
import { dedupe, smtpdReceivers } from '../../security/context';
import { isPermitAction, tableEntries } from '../../security/tables';
import type { Finding, Rule, RuleContext, SeverityName } from '../../types';
import { at } from './common';

const CLIENT_CHOSEN: Record<string, string> = {
  check_helo_access: 'HELO name',
  check_sender_access: 'envelope sender',
  check_recipient_access: 'recipient address',
};

interface Hit {
  step: Step;
  severity: SeverityName;
  why: string;
}

function permittingClasses(ctx: RuleContext, steps: Step[], out = new Set<string>()): Set<string> {
  for (const s of steps) {
    if (s.classSteps) {
      if (evaluateForStranger(ctx.model, s.classSteps).outcome === 'permit') out.add(s.word.text);
      permittingClasses(ctx, s.classSteps, out);
    }
  }
  return out;
}

function hitsBefore(ctx: RuleContext, steps: Step[], end: number, classes: Set<string>): Hit[] {
  const model: ConfigModel = ctx.model;
  const hits: Hit[] = [];
  for (let i = 0; i < end; i++) {
    const s = steps[i];
    if (s.name === 'warn_if_reject') {
      i++;
      continue;
    }
    const chosen = CLIENT_CHOSEN[s.name];
    if (chosen && s.arg) {
      const entries = tableEntries(ctx, s.arg.text);
      const ok = entries?.find((e) => isPermitAction(e.value, classes));
      if (ok) hits.push({ step: s, severity: 'error', why: `the client chooses its ${chosen}, so anyone claiming one that ${s.arg.text} accepts ('${ok.key} ${ok.value}') can relay` });
    } else if (s.name === 'check_policy_service') {
      hits.push({ step: s, severity: 'warning', why: 'whenever the policy server answers OK, the request skips the gate, so relay permission depends on it' });
    } else if (s.name === 'permit_naked_ip_address' && !atLeast(model.target, '3.9')) {
      hits.push({ step: s, severity: 'error', why: 'any client can send a bare IP address as its HELO name and so relay' });
    } else if (s.classSteps) {
      for (const h of hitsBefore(ctx, s.classSteps, s.classSteps.length, classes)) hits.push(h.step.word.loc ? h : { ...h, step: s });
    }
  }
  return hits;
}

export const relayClientControlledPermit: Rule = {
  id: 'relay-client-controlled-permit',
  defaultSeverity: 'warning',
  description: 'A check the client controls (HELO/sender/recipient access with OK, a policy service) comes before the only relay gate in smtpd_recipient_restrictions.',
  check(ctx) {
    const { model } = ctx;
    const out: Finding[] = [];
    for (const r of smtpdReceivers(model)) {
      const lists = relayLists(model, r.service);
      if (lists.relay && findGate(model, lists.relay.steps).found) continue;
      const steps = lists.recipient.steps;
      if (!gateWritten(model, steps)) continue;
      const end = steps.findIndex((s) => isGate(model, s.name) || (s.classSteps !== undefined && gateWritten(model, s.classSteps) !== undefined));
      const relayState = lists.relay ? 'smtpd_relay_restrictions does not check relaying' : `Postfix ${model.target.join('.')} has no smtpd_relay_restrictions`;
      for (const h of hitsBefore(ctx, steps, end, permittingClasses(ctx, steps))) {
        const loc = stepLocation(h.step);
        if (!loc) continue;
        const message =
          `\`${h.step.word.text}\` comes before the only relay gate in smtpd_recipient_restrictions of ${r.label}, and ${relayState}: ${h.why}. ` +
          'Move it after reject_unauth_destination (or into smtpd_helo_restrictions/smtpd_sender_restrictions), or set smtpd_relay_restrictions (Postfix 2.10 and later).';
        out.push(at(loc, message, h.severity));
      }
    }
    return dedupe(out);
  },
};
