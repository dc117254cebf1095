/** Small helpers shared by the security rules: findings at locations, fixes, list iteration. */
import type { ConfigModel, ServiceModel } from '../../../model/config';
import { Derived } from '../../../model/derived';
import { ALL_LISTS, forEachStep, parseList, type ListName, type Step } from '../../restrictions/parse';
import { smtpdReceivers, type Receiver } from '../../security/context';
import { valueText, type Location } from '../../security/words';
import type { Finding, Fix, RelatedInfo, SeverityName, TextEditSpec } from '../../types';

export function at(loc: Location, message: string, severity?: SeverityName, fixes?: Fix[], related?: RelatedInfo[]): Finding {
  const f: Finding = { file: loc.file, start: loc.start, end: loc.end, message };
  if (severity) f.severity = severity;
  if (fixes && fixes.length > 0) f.fixes = fixes;
  if (related && related.length > 0) f.related = related;
  return f;
}

/** A receiver's label at the start of a message: "the port-25 smtpd ..." becomes "The port-25 smtpd ...". */
export function labelFirst(r: Receiver): string {
  return r.label.charAt(0).toUpperCase() + r.label.slice(1);
}

/** A fix from edits that may be missing (a fix is offered only when every edit exists). */
export function fix(title: string, edits: (TextEditSpec | undefined)[], safe = false, preferred = true): Fix[] {
  if (edits.length === 0 || edits.some((e) => e === undefined)) return [];
  return [{ title, edits: edits as TextEditSpec[], safe, preferred }];
}

export interface StepVisit {
  receiver: Receiver;
  list: ListName;
  step: Step;
  /** The class reference the step was reached through. */
  viaClass?: Step;
}

const stepCache = new Derived<StepVisit[]>();

/** Every step of every restriction list of every smtpd (steps shared through main.cf repeat per service). */
export function allSteps(model: ConfigModel): StepVisit[] {
  const hit = stepCache.get(model);
  if (hit) return hit;
  const out: StepVisit[] = [];
  stepCache.set(model, out);
  for (const receiver of smtpdReceivers(model)) {
    for (const list of ALL_LISTS) {
      forEachStep(parseList(model, list, receiver.service).steps, (step, viaClass) => out.push({ receiver, list, step, viaClass }));
    }
  }
  return out;
}

/** The location of a step's name word, or of the class that holds it. */
export function wordLoc(v: StepVisit): Location | undefined {
  return v.step.word.loc ?? v.viaClass?.word.loc;
}

export function serviceName(service?: ServiceModel): string {
  return service ? `'${service.name}'` : 'smtpd';
}

export interface WrittenSetting {
  /** The service whose `-o` sets it; undefined for main.cf. */
  service?: ServiceModel;
  /** The setting's value, expanded. */
  value: string;
  /** The value as written. */
  raw: string;
  valueLoc: Location;
  /** `name = value` or `-o name=value`. */
  loc: Location;
}

/** Every place `name` is written: its effective main.cf line and each service's `-o`. */
export function writtenSettings(model: ConfigModel, name: string): WrittenSetting[] {
  const out: WrittenSetting[] = [];
  const p = model.effective.get(name);
  if (p) out.push({ value: valueText(model, name), raw: p.value.text, valueLoc: { file: 'main', start: p.value.start, end: p.value.end }, loc: { file: 'main', start: p.nameStart, end: p.value.end } });
  for (const s of model.services) {
    const o = s.overrides.get(name);
    if (o) out.push({ service: s, value: valueText(model, name, s), raw: o.value, valueLoc: { file: 'master', start: o.valueStart, end: o.valueEnd }, loc: { file: 'master', start: o.nameStart, end: o.valueEnd } });
  }
  return out;
}
